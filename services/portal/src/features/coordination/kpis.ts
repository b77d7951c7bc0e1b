import type { KpiName, KpiValue } from './types.ts';

/** The programme's funnel, in order: nominated → accepted → enrolled → graduated → engaged. */
export const FUNNEL: readonly KpiName[] = [
  'KPI_NOMINATIONS_SUBMITTED',
  'KPI_NOMINATIONS_ACCEPTED',
  'KPI_TRAINEES_ENROLLED',
  'KPI_TRAINEES_GRADUATED',
  'KPI_EXPERTS_ENGAGED',
];

export const FIGURES: readonly KpiName[] = [
  'KPI_SUPPORT_REQUESTS_RECEIVED',
  'KPI_SUPPORT_REQUESTS_FULFILLED',
  'KPI_MEDIAN_DAYS_TO_MATCH',
  'KPI_EXPERT_UTILISATION',
];

export function kpiOf(values: readonly KpiValue[], kpi: KpiName): KpiValue | undefined {
  return values.find((value) => value.kpi === kpi);
}

export const valueOf = (values: readonly KpiValue[], kpi: KpiName): number =>
  kpiOf(values, kpi)?.value ?? 0;

/** One organisation's figure of a KPI; 0 when the breakdown does not name it. */
export function organisationValue(
  values: readonly KpiValue[],
  kpi: KpiName,
  organisation: string,
): number {
  return (
    kpiOf(values, kpi)?.breakdown?.find((part) => part.organisation?.code === organisation)
      ?.value ?? 0
  );
}

/** Every organisation any KPI breaks down by, once, in first-seen order. */
export function organisationsOf(values: readonly KpiValue[]): string[] {
  const codes = new Set<string>();
  for (const value of values) {
    for (const part of value.breakdown ?? []) {
      const code: string = part.organisation?.code ?? '';
      if (code !== '') codes.add(code);
    }
  }
  return [...codes];
}

/** Per organisation: nominated against planned (the quota floors), those short of it first. */
export function plannedVsActual(
  values: readonly KpiValue[],
): { readonly organisation: string; readonly planned: number; readonly actual: number }[] {
  return organisationsOf(values)
    .map((organisation) => ({
      organisation,
      planned: organisationValue(values, 'KPI_NOMINEES_PLANNED', organisation),
      actual: organisationValue(values, 'KPI_NOMINATIONS_SUBMITTED', organisation),
    }))
    .filter((row) => row.planned > 0 || row.actual > 0)
    .sort((a, b) => a.actual - a.planned - (b.actual - b.planned));
}

/** Utilisation as a whole percentage: the service sends a ratio (0..1), or already a percentage. */
export function percent(value: number): number {
  return Math.round(value <= 1 ? value * 100 : value);
}

/** The export's link for the same filter as the screen. */
export function exportHref(organisation: string): string {
  const query = new URLSearchParams({ breakDownByOrganisation: 'true' });
  if (organisation !== '') query.append('organisations.code', organisation);
  return `/api/v1/kpis/export.xlsx?${query.toString()}`;
}

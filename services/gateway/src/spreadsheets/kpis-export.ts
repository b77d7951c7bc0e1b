import { Kpi, type KpiValue } from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import type { Bilingual } from './messages.ts';
import { sheetName } from './style.ts';
import { tableToXlsx, type ExportColumn } from './table.ts';

/**
 * The programme's KPIs as .xlsx: one row per KPI for the whole of what the caller may see, then,
 * when asked for a breakdown, one row per organisation under it. Labels and units come from the
 * service (Vietnamese); a KPI the service names without a label falls back to its enum name.
 */
export const KPI_EXPORT_LABELS = {
  sheet: { vi: 'Chỉ số', en: 'KPIs' },
  kpi: { vi: 'Chỉ số', en: 'KPI' },
  code: { vi: 'Mã chỉ số', en: 'KPI code' },
  organisation: { vi: 'Mã cơ quan', en: 'Organisation code' },
  organisationName: { vi: 'Cơ quan', en: 'Organisation' },
  value: { vi: 'Giá trị', en: 'Value' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  unit: { vi: 'Đơn vị tính', en: 'Unit' },
  whole: { vi: 'Toàn mạng lưới', en: 'Whole network' },
} as const satisfies Record<string, Bilingual>;

export interface KpiExportOptions {
  readonly organisationName?: (code: string) => string | undefined;
}

interface KpiRow {
  readonly kpi: KpiValue;
  /** Undefined on the KPI's own row (the whole of what the caller may see). */
  readonly organisation: string | undefined;
  readonly value: number;
}

export function kpiRows(values: readonly KpiValue[]): KpiRow[] {
  return values.flatMap((kpi) => [
    { kpi, organisation: undefined, value: kpi.value },
    ...kpi.breakdown.map((part) => ({
      kpi,
      organisation: part.organisation?.code ?? '',
      value: part.value,
    })),
  ]);
}

/** "KPI_EXPERTS_ENGAGED", as the contract names it; a KPI newer than the gateway as its number. */
function kpiCode(kpi: KpiValue): string {
  const member = Object.entries(Kpi).find(([, value]) => value === kpi.kpi)?.[0];
  return member === undefined ? String(kpi.kpi) : `KPI_${member}`;
}

function kpiName(kpi: KpiValue): string {
  const label = kpi.label?.vi ?? '';
  return label === '' ? kpiCode(kpi) : label;
}

function columns(options: KpiExportOptions): ExportColumn<KpiRow>[] {
  const { organisationName } = options;
  return [
    { label: KPI_EXPORT_LABELS.kpi, width: 40, value: (row) => kpiName(row.kpi) },
    {
      label: KPI_EXPORT_LABELS.code,
      width: 30,
      value: (row) => kpiCode(row.kpi),
    },
    {
      label: KPI_EXPORT_LABELS.organisation,
      width: 14,
      value: (row) => row.organisation ?? KPI_EXPORT_LABELS.whole.vi,
    },
    ...(organisationName === undefined
      ? []
      : [
          {
            label: KPI_EXPORT_LABELS.organisationName,
            width: 32,
            value: (row: KpiRow) =>
              row.organisation === undefined ? undefined : organisationName(row.organisation),
          },
        ]),
    { label: KPI_EXPORT_LABELS.value, width: 14, value: (row) => row.value },
    {
      label: KPI_EXPORT_LABELS.target,
      width: 14,
      // Only the whole's row carries the target; 0 means the KPI has none.
      value: (row) =>
        row.organisation === undefined && row.kpi.target > 0 ? row.kpi.target : undefined,
    },
    { label: KPI_EXPORT_LABELS.unit, width: 14, value: (row) => row.kpi.unit?.vi },
  ];
}

export function kpisToXlsx(
  values: readonly KpiValue[],
  options: KpiExportOptions = {},
): Promise<Buffer> {
  return tableToXlsx(sheetName(KPI_EXPORT_LABELS.sheet), columns(options), kpiRows(values));
}

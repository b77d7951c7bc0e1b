import { describe, expect, it } from 'vitest';
import {
  exportHref,
  organisationsOf,
  organisationValue,
  percent,
  plannedVsActual,
  valueOf,
} from './kpis.ts';
import type { KpiValue } from './types.ts';

const VALUES: KpiValue[] = [
  {
    kpi: 'KPI_NOMINATIONS_SUBMITTED',
    value: 50,
    breakdown: [
      { organisation: { code: 'P01' }, value: 20 },
      { organisation: { code: 'BTC' }, value: 30 },
    ],
  },
  {
    kpi: 'KPI_NOMINEES_PLANNED',
    value: 70,
    breakdown: [
      { organisation: { code: 'P01' }, value: 30 },
      { organisation: { code: 'BTC' }, value: 30 },
      { organisation: { code: 'P79' }, value: 10 },
    ],
  },
  { kpi: 'KPI_EXPERT_UTILISATION', value: 0.426 },
];

describe('the KPI dashboard', () => {
  it('reads a KPI whole and per organisation, 0 where it is not named', () => {
    expect(valueOf(VALUES, 'KPI_NOMINATIONS_SUBMITTED')).toBe(50);
    expect(valueOf(VALUES, 'KPI_EXPERTS_ENGAGED')).toBe(0);
    expect(organisationValue(VALUES, 'KPI_NOMINATIONS_SUBMITTED', 'BTC')).toBe(30);
    expect(organisationValue(VALUES, 'KPI_NOMINATIONS_SUBMITTED', 'P79')).toBe(0);
  });

  it('lists every organisation of any breakdown once', () => {
    expect(organisationsOf(VALUES)).toEqual(['P01', 'BTC', 'P79']);
  });

  it('puts the organisations furthest below plan first', () => {
    expect(plannedVsActual(VALUES)).toEqual([
      { organisation: 'P01', planned: 30, actual: 20 },
      { organisation: 'P79', planned: 10, actual: 0 },
      { organisation: 'BTC', planned: 30, actual: 30 },
    ]);
  });

  it('shows utilisation as a whole percentage, whether sent as a ratio or a percentage', () => {
    expect(percent(0.426)).toBe(43);
    expect(percent(42.6)).toBe(43);
  });

  it('links the export with the same organisation filter', () => {
    expect(exportHref('')).toBe('/api/v1/kpis/export.xlsx?breakDownByOrganisation=true');
    expect(exportHref('P01')).toBe(
      '/api/v1/kpis/export.xlsx?breakDownByOrganisation=true&organisations.code=P01',
    );
  });
});

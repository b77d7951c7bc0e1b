import { listOrganisations } from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import { PROVINCE_LOCATIONS, distanceKm } from './province-locations.ts';

describe('province locations', () => {
  it('places every province code, in force or dissolved', () => {
    const provinces = listOrganisations({ kinds: ['province'], includeDissolved: true });
    const inForce = provinces.filter((province) => province.validTo === undefined);
    expect(inForce).toHaveLength(34);
    expect(
      provinces.map((province) => province.code).filter((code) => !(code in PROVINCE_LOCATIONS)),
    ).toEqual([]);
    expect(Object.keys(PROVINCE_LOCATIONS)).toHaveLength(provinces.length);
  });

  it('measures straight-line kilometres between centres', () => {
    expect(distanceKm('P01', 'P01')).toBe(0);
    // Hà Nội to Hồ Chí Minh City is about 1,140 km as the crow flies.
    expect(distanceKm('P01', 'P79')).toBeGreaterThan(1100);
    expect(distanceKm('P01', 'P79')).toBeLessThan(1180);
    expect(distanceKm('P01', 'P79')).toBeCloseTo(distanceKm('P79', 'P01') ?? 0, 6);
    // Hà Nội to Vĩnh Yên (dissolved, now Phú Thọ): about 40 km.
    expect(distanceKm('P01', 'P26')).toBeLessThan(60);
    expect(distanceKm('P01', 'P00')).toBeUndefined();
  });
});

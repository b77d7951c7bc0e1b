import { describe, expect, it } from 'vitest';
import { sortNominations } from './sorting.ts';

const named = (fullName: string, extra: object = {}) => ({
  candidate: {
    fullName,
    dateOfBirth: '1980-01-01',
    gender: 'GENDER_MALE' as const,
    position: 'x',
    unit: 'x',
    email: 'a@b.vn',
    phone: '0912345678',
    employmentType: 'EMPLOYMENT_TYPE_OTHER' as const,
    educationLevel: 'EDUCATION_LEVEL_BACHELOR' as const,
  },
  ...extra,
});

describe('sortNominations', () => {
  it('sorts names in Vietnamese collation (Đ after D)', () => {
    const sorted = sortNominations([named('Đỗ Văn B'), named('Dương Thị A'), named('Bùi Minh C')], {
      key: 'name',
      descending: false,
    });
    expect(sorted.map((n) => n.candidate?.fullName)).toEqual([
      'Bùi Minh C',
      'Dương Thị A',
      'Đỗ Văn B',
    ]);
  });

  it('sorts statuses in life order and scores descending', () => {
    const list = [
      named('A', { status: 'NOMINATION_STATUS_ACCEPTED', averageScore: 7 }),
      named('B', { status: 'NOMINATION_STATUS_DRAFT', averageScore: 9.5 }),
    ];
    expect(
      sortNominations(list, { key: 'status', descending: false }).map((n) => n.candidate?.fullName),
    ).toEqual(['B', 'A']);
    expect(
      sortNominations(list, { key: 'score', descending: true }).map((n) => n.candidate?.fullName),
    ).toEqual(['B', 'A']);
  });

  it('sorts organisations by their names', () => {
    const list = [
      named('A', { organisation: { code: 'P79' } }),
      named('B', { organisation: { code: 'P01' } }),
    ];
    const names: Record<string, string> = { P79: 'Hồ Chí Minh', P01: 'Hà Nội' };
    expect(
      sortNominations(
        list,
        { key: 'organisation', descending: false },
        (code) => names[code] ?? code,
      ).map((n) => n.candidate?.fullName),
    ).toEqual(['B', 'A']);
  });
});

import { describe, expect, it } from 'vitest';
import { asOrganisationCode } from './orgCode.ts';

describe('asOrganisationCode', () => {
  it('keeps what looks like a code and drops the rest', () => {
    expect(asOrganisationCode('P01')).toBe('P01');
    expect(asOrganisationCode('BKHCN')).toBe('BKHCN');
    expect(asOrganisationCode('')).toBeUndefined();
    expect(asOrganisationCode('p01; drop')).toBeUndefined();
    expect(asOrganisationCode(null)).toBeUndefined();
  });
});

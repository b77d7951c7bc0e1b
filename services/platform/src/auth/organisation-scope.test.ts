import { describe, expect, it } from 'vitest';
import { resolveOrganisation } from '../domain/vocabulary.ts';
import { scopeFilter } from '../mongo/scope-filter.ts';
import { grantAllOrganisations, grantOrganisation } from './grant-scope.ts';
import { scopeAdmits } from './organisation-scope.ts';

describe('organisation scope', () => {
  it('admits every organisation only when granted all of them', () => {
    const all = grantAllOrganisations();
    expect(scopeAdmits(all, 'P01', resolveOrganisation)).toBe(true);
    expect(scopeAdmits(all, 'BTC', resolveOrganisation)).toBe(true);
    expect(scopeFilter(all, ['organisationCode'])).toEqual({});
  });

  it('admits its own organisation and the provinces merged into it, nothing else', () => {
    const hcmc = grantOrganisation('P79');
    expect(scopeAdmits(hcmc, 'P79', resolveOrganisation)).toBe(true);
    expect(scopeAdmits(hcmc, 'P74', resolveOrganisation)).toBe(true);
    expect(scopeAdmits(hcmc, 'P01', resolveOrganisation)).toBe(false);
  });

  it('filters by the organisation and its predecessors, over every field named', () => {
    expect(scopeFilter(grantOrganisation('P79'), ['organisationCode'])).toEqual({
      organisationCode: { $in: ['P79', 'P74', 'P77'] },
    });
    expect(scopeFilter(grantOrganisation('P01'), ['organisationCode', 'effective'])).toEqual({
      $or: [{ organisationCode: { $in: ['P01'] } }, { effective: { $in: ['P01'] } }],
    });
  });

  it('refuses to grant a scope without an organisation (an empty code never means all)', () => {
    expect(() => grantOrganisation('')).toThrow(/needs an organisation code/);
  });
});

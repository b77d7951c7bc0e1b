import { describe, expect, it } from 'vitest';
import { accessTable } from './access-table.ts';
import type { Principal } from './principal.ts';

const principal = (roles: readonly string[], subject = 'someone'): Principal => ({
  subject,
  org: 'P01',
  roles: new Set(roles),
  service: undefined,
});

const table = accessTable<'Read' | 'Write', 'office' | 'owner', { owner: string }>(
  { Read: ['office', 'owner'], Write: ['office'] },
  (caller, party, target) =>
    party === 'office' ? caller.roles.has('programme-office') : caller.subject === target.owner,
);

describe('accessTable', () => {
  it('answers the first party of the row the caller stands as', () => {
    expect(table.authorise(principal(['programme-office'], 'me'), 'Read', { owner: 'me' })).toBe(
      'office',
    );
    expect(table.authorise(principal([], 'me'), 'Read', { owner: 'me' })).toBe('owner');
    expect(table.partiesOf(principal(['programme-office'], 'me'), 'Read', { owner: 'me' })).toEqual(
      ['office', 'owner'],
    );
  });

  it('refuses a party the row does not name, and a caller without a token', () => {
    expect(() => table.authorise(principal([], 'me'), 'Write', { owner: 'me' })).toThrow(
      expect.objectContaining({ code: 'PERMISSION_DENIED', message: 'Write is for office' }),
    );
    expect(() => table.authorise(undefined, 'Read', { owner: 'me' })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(table.partiesOf(undefined, 'Read', { owner: 'me' })).toEqual([]);
  });
});

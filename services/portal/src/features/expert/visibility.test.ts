import { describe, expect, it } from 'vitest';
import {
  effectiveVisibility,
  isWithheld,
  visibilityDraft,
  VISIBILITY_FIELDS,
} from './visibility.ts';

describe('visibility', () => {
  it('reads an unset field as its default', () => {
    expect(effectiveVisibility({ email: 'VISIBILITY_UNSPECIFIED' }, 'email')).toBe(
      'VISIBILITY_PROGRAMME_OFFICE',
    );
    expect(effectiveVisibility(undefined, 'skills')).toBe('VISIBILITY_NETWORK');
    expect(effectiveVisibility({ bio: 'VISIBILITY_ONLY_ME' }, 'bio')).toBe('VISIBILITY_ONLY_ME');
  });

  it('drafts every field the API lets the expert control', () => {
    const draft = visibilityDraft({ phone: 'VISIBILITY_NETWORK' });
    expect(Object.keys(draft)).toHaveLength(VISIBILITY_FIELDS.length);
    expect(draft.phone).toBe('VISIBILITY_NETWORK');
    expect(draft.email).toBe('VISIBILITY_PROGRAMME_OFFICE');
  });

  it('matches withheld names in proto or JSON spelling', () => {
    const profile = { withheldFields: ['sector_codes', 'contact.email', 'last_active_at'] };
    expect(isWithheld(profile, 'sectorCodes')).toBe(true);
    expect(isWithheld(profile, 'contact.email')).toBe(true);
    expect(isWithheld(profile, 'lastActiveAt')).toBe(true);
    expect(isWithheld(profile, 'bio')).toBe(false);
    expect(isWithheld({}, 'bio')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  actorRoleLabels,
  changedFieldLabel,
  GENDER_LABEL,
  labelOf,
  pick,
  revisionActionLabel,
} from './labels.ts';

describe('labels', () => {
  it('labels known API values and leaves unknown ones to the caller', () => {
    expect(labelOf(GENDER_LABEL, 'GENDER_MALE')).toBe('nominations.gender.male');
    expect(labelOf(GENDER_LABEL, 'GENDER_NEW')).toBeUndefined();
    expect(labelOf(GENDER_LABEL, 'toString')).toBeUndefined();
    expect(revisionActionLabel('SubmitNomination')).toBe('nominations.action.submit');
    expect(revisionActionLabel('Later')).toBeUndefined();
  });

  it('keeps a select answer only when it is one of the choices', () => {
    expect(pick(['a', 'b'] as const, 'b', 'a')).toBe('b');
    expect(pick(['a', 'b'] as const, 'z', 'a')).toBe('a');
  });

  it('names the roles of an actor the portal knows', () => {
    expect(actorRoleLabels(['nominator', 'offline_access'])).toEqual([
      'nominations.role.nominator',
    ]);
  });

  it('names the fields a revision changed', () => {
    expect(changedFieldLabel('candidate.full_name')).toBe('nominations.field.fullName');
    expect(changedFieldLabel('submitted_at')).toBe('nominations.changed.submittedAt');
    expect(changedFieldLabel('something_new')).toBeUndefined();
  });
});

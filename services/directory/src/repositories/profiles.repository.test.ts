import { describe, expect, it } from 'vitest';
import { aProfile } from '../../test/fixtures.ts';
import { toProfile, type ProfileDocument } from './profiles.repository.ts';

describe('stored profiles', () => {
  const { id, ...fields } = aProfile({
    mentoring: { willing: true, maxMentees: 2, topicSkillCodes: [], note: '', modality: 'online' },
  });

  it('read back as they were written', () => {
    expect(toProfile({ _id: id, ...fields })).toEqual({ id, ...fields });
  });

  it('read an offer stored before offers had a modality as any', () => {
    const { modality: _modality, ...offer } = fields.mentoring;
    const old: ProfileDocument = { _id: id, ...fields, mentoring: offer };
    expect(toProfile(old).mentoring).toEqual({ ...offer, modality: 'any' });
  });
});

import { describe, expect, it } from 'vitest';
import type { ExpertProfile } from './model.ts';
import {
  availabilityBody,
  availabilityDraftOf,
  declaredSkills,
  detailsBody,
  detailsDraftOf,
  mentoringBody,
  mentoringDraftOf,
  skillsBody,
  verifiedSkills,
} from './profileForm.ts';

const profile: ExpertProfile = {
  id: 'e1',
  position: 'Phó Cục trưởng',
  province: { code: 'P01' },
  contact: { email: 'a@b.vn', phone: '0858 028 972' },
  languages: [{ code: 'vi', level: 'LANGUAGE_LEVEL_NATIVE' }],
  skills: [
    { code: 'ai', level: 'SKILL_LEVEL_EXPERT', source: 'SKILL_SOURCE_VERIFIED' },
    { code: 'open-data', level: 'SKILL_LEVEL_INTERMEDIATE', source: 'SKILL_SOURCE_SELF_DECLARED' },
  ],
  availability: { status: 'AVAILABILITY_STATUS_UNSPECIFIED' },
};

describe('profile forms', () => {
  it('drafts the details and sends them back trimmed', () => {
    const draft = detailsDraftOf(profile);
    expect(draft.channel).toBe('CONTACT_CHANNEL_UNSPECIFIED');
    const body = detailsBody({
      ...draft,
      position: ' Trưởng phòng ',
      languages: [...draft.languages, { code: '', level: 'LANGUAGE_LEVEL_BASIC' }],
    });
    expect(body.position).toBe('Trưởng phòng');
    expect(body.province.code).toBe('P01');
    expect(body.languages).toEqual([{ code: 'vi', level: 'LANGUAGE_LEVEL_NATIVE' }]);
    expect(body.contact?.phone).toBe('0858028972');
  });

  it('separates verified skills from the ones the expert declares', () => {
    expect(verifiedSkills(profile).map((skill) => skill.code)).toEqual(['ai']);
    expect(declaredSkills(profile)).toEqual([
      { code: 'open-data', level: 'SKILL_LEVEL_INTERMEDIATE' },
    ]);
    expect(skillsBody([{ code: '', level: 'SKILL_LEVEL_BASIC' }])).toEqual([]);
  });

  it('drops "until" when available', () => {
    const draft = availabilityDraftOf(profile);
    expect(draft.status).toBe('AVAILABILITY_STATUS_AVAILABLE');
    expect(availabilityBody({ ...draft, until: '2027-01-01' }).until).toBe('');
    expect(
      availabilityBody({ status: 'AVAILABILITY_STATUS_LIMITED', until: '2027-01-01', note: ' x ' }),
    ).toEqual({ status: 'AVAILABILITY_STATUS_LIMITED', until: '2027-01-01', note: 'x' });
  });

  it('clears places and topics when not willing to mentor', () => {
    expect(
      mentoringBody({
        willing: false,
        maxMentees: 3,
        topicSkillCodes: ['ai'],
        note: '',
        modality: 'MENTORING_MODALITY_ONLINE',
      }),
    ).toEqual({
      willing: false,
      maxMentees: 0,
      topicSkillCodes: [],
      note: '',
      modality: 'MENTORING_MODALITY_ANY',
    });
  });

  it('reads an offer that does not say how as either way, and sends how when willing', () => {
    expect(mentoringDraftOf(profile).modality).toBe('MENTORING_MODALITY_ANY');
    const unspecified = { willing: true, modality: 'MENTORING_MODALITY_UNSPECIFIED' } as const;
    expect(mentoringDraftOf({ ...profile, mentoring: unspecified }).modality).toBe(
      'MENTORING_MODALITY_ANY',
    );
    const inPerson = mentoringDraftOf({
      ...profile,
      mentoring: { willing: true, maxMentees: 2, modality: 'MENTORING_MODALITY_IN_PERSON' },
    });
    expect(mentoringBody({ ...inPerson, note: ' x ' })).toEqual({
      willing: true,
      maxMentees: 2,
      topicSkillCodes: [],
      note: 'x',
      modality: 'MENTORING_MODALITY_IN_PERSON',
    });
  });
});

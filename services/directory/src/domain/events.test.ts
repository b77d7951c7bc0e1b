import { describe, expect, it } from 'vitest';
import { changeEvents, EVENT_TYPES, profileCreated, snapshotOf } from './events.ts';
import {
  expireAvailability,
  setAvailability,
  setMentoringOffer,
  setSkills,
  setVisibility,
  updateDetails,
} from './profiles.ts';
import { aProfile, LATER, NOW, someDetails, TAXONOMY } from '../../test/fixtures.ts';

describe('snapshotOf', () => {
  it('carries what the network sees, never contact details or bio', () => {
    const profile = aProfile({
      bio: 'Tiểu sử',
      contact: { email: 'an@example.vn', phone: '0912345678' },
      visibility: { email: 'network', skills: 'programme-office' },
    });
    const snapshot = snapshotOf(profile, NOW);
    expect(snapshot).toMatchObject({
      expertId: profile.id,
      fullName: 'Nguyễn Văn An',
      organisationCode: 'P01',
      provinceCode: 'P01',
      certified: true,
      withheldFields: ['skills'],
      version: 1,
    });
    expect('skills' in snapshot).toBe(false);
    expect(JSON.stringify(snapshot)).not.toMatch(/Tiểu sử|an@example\.vn|0912345678/);
  });

  it('does not say certified when the certificates are not for the network', () => {
    expect(snapshotOf(aProfile({ visibility: { certificates: 'only-me' } }), NOW).certified).toBe(
      false,
    );
  });
});

describe('profileCreated', () => {
  it('names the enrolment and nomination, addressed to the expert’s organisation', () => {
    const event = profileCreated(
      aProfile(),
      { enrolmentId: 'enrol-1', nominationId: 'nom-1' },
      NOW,
    );
    expect(event).toMatchObject({
      type: 'directory.profile.created',
      orgCode: 'P01',
      payload: {
        enrolmentId: 'enrol-1',
        nominationId: 'nom-1',
        expert: { fullName: 'Nguyễn Văn An' },
      },
    });
  });
});

describe('changeEvents', () => {
  const before = aProfile();
  const types = (after: typeof before) =>
    changeEvents(before, after, LATER).map((event) => event.type);

  it.each([
    [
      'skills',
      () => setSkills(before, [{ code: 'ai', level: 'basic' }], TAXONOMY, LATER),
      [EVENT_TYPES.profileUpdated],
    ],
    [
      'mentoring',
      () =>
        setMentoringOffer(
          before,
          { willing: true, maxMentees: 2, topicSkillCodes: [], note: '', modality: 'any' },
          TAXONOMY,
          LATER,
        ),
      [EVENT_TYPES.profileUpdated],
    ],
    [
      'availability alone',
      () => setAvailability(before, { status: 'limited', until: '', note: 'Bận' }, LATER),
      [EVENT_TYPES.availabilityChanged],
    ],
    ['only the bio (not in events)', () => ({ ...before, bio: 'Mới', version: 2 }), []],
    [
      'hiding the availability',
      () => setVisibility(before, { availability: 'only-me' }, LATER),
      [EVENT_TYPES.profileUpdated],
    ],
  ])('%s', (_case, change, expected) => {
    expect(types(change())).toEqual(expected);
  });

  it('names the changed snapshot fields', () => {
    const after = updateDetails(
      before,
      someDetails({ provinceCode: 'P79', sectorCodes: ['health'] }),
      LATER,
    );
    const [event] = changeEvents(before, after, LATER);
    expect(event?.type === EVENT_TYPES.profileUpdated && event.payload.changedFields).toEqual([
      'languages',
      'position',
      'provinceCode',
      'sectorCodes',
      'unit',
    ]);
  });

  it('tells the previous status and the new availability', () => {
    const after = setAvailability(
      before,
      { status: 'unavailable', until: '2025-12-20', note: '' },
      LATER,
    );
    expect(changeEvents(before, after, LATER)).toEqual([
      {
        type: EVENT_TYPES.availabilityChanged,
        orgCode: 'P01',
        payload: {
          expertId: before.id,
          userSubject: 'user-an',
          previousStatus: 'available',
          availability: after.availability,
          withheld: false,
          version: 2,
          changedAt: LATER,
        },
      },
    ]);
  });

  it('only says availability changed when the network may not see it', () => {
    const hidden = aProfile({ visibility: { availability: 'programme-office' } });
    const after = setAvailability(hidden, { status: 'unavailable', until: '', note: '' }, LATER);
    const [event] = changeEvents(hidden, after, LATER);
    expect(event?.payload).toEqual({
      expertId: hidden.id,
      userSubject: 'user-an',
      withheld: true,
      version: 2,
      changedAt: LATER,
    });
  });

  it('reports an absence expiring by itself', () => {
    const absent = setAvailability(
      before,
      { status: 'unavailable', until: '2025-12-05', note: '' },
      NOW,
    );
    const expired = expireAvailability(absent, LATER);
    expect(expired && types2(absent, expired)).toEqual([EVENT_TYPES.availabilityChanged]);
  });
});

const types2 = (before: ReturnType<typeof aProfile>, after: ReturnType<typeof aProfile>) =>
  changeEvents(before, after, LATER).map((event) => event.type);

// The typed event mappers (event-messages.ts) against the reflective fromPlain they replaced: for
// every subject, events made by the domain's own functions, with their optional parts set and
// unset, give envelopes whose data are byte for byte what the reflective mapping encoded.
import { toBinary, type DescMessage } from '@bufbuild/protobuf';
import { fromPlain } from '@expertnet/platform/testing/plain.ts';
import { DIRECTORY_EVENTS, DIRECTORY_SUBJECTS } from '@expertnet/proto/events';
import { describe, expect, it } from 'vitest';
import { aGraduation, aProfile, LATER, NOW, someDetails, TAXONOMY } from '../../test/fixtures.ts';
import { Random, randomProfile } from '../../test/random-profiles.ts';
import {
  applyGraduation,
  changeEvents,
  createInvitedProfile,
  expireAvailability,
  linkUser,
  profileCreated,
  setAvailability,
  setMentoringOffer,
  setSkills,
  setVisibility,
  updateDetails,
  verifySkills,
  type DirectoryEvent,
  type ExpertProfile,
} from '../domain/index.ts';
import { directoryEnvelopes } from './envelopes.ts';

const envelopesOf = directoryEnvelopes(() => 'event-1');

/** The data of the event's envelope, and what the reflective mapping made of the same payload. */
function bothEncodings(event: DirectoryEvent) {
  const schema: DescMessage = DIRECTORY_EVENTS[event.type];
  const [envelope] = envelopesOf([event], undefined, LATER);
  return {
    typed: envelope?.data,
    reflective: toBinary(schema, fromPlain(schema, event.payload)),
  };
}

const origin = { enrolmentId: 'enrol-1', nominationId: 'nom-1' };
const invited = createInvitedProfile(
  {
    fullName: 'Trần Thị Bình',
    email: 'binh@example.vn',
    organisationCode: 'P01',
    details: someDetails(),
  },
  NOW,
);
const graduate = aProfile();
const hidden = aProfile({
  visibility: { skills: 'only-me', sectors: 'programme-office', availability: 'only-me' },
});

/** Events of every subject, as the use cases make them. */
const CASES: readonly (readonly [string, () => readonly DirectoryEvent[]])[] = [
  ['a graduate created', () => [profileCreated(graduate, origin, NOW)]],
  [
    'an invited specialist created, no login yet, no skills',
    () => [profileCreated(invited, { enrolmentId: '', nominationId: '' }, NOW)],
  ],
  ['a profile created with its parts hidden', () => [profileCreated(hidden, origin, NOW)]],
  [
    'a graduate with empty organisation and province codes, no login',
    () => {
      const { profile } = applyGraduation(
        undefined,
        aGraduation({
          trainee: { ...aGraduation().trainee, effectiveOrganisationCode: '', userSubject: '' },
        }),
        TAXONOMY,
        NOW,
      );
      return [profileCreated(profile, origin, NOW)];
    },
  ],
  [
    'skills set',
    () =>
      changeEvents(
        graduate,
        setSkills(graduate, [{ code: 'ai', level: 'expert' }], TAXONOMY, LATER),
        LATER,
      ),
  ],
  [
    'skills verified',
    () =>
      changeEvents(
        invited,
        verifySkills(
          invited,
          [{ code: 'cybersecurity', level: 'advanced' }],
          'CDS-1',
          TAXONOMY,
          LATER,
        ),
        LATER,
      ),
  ],
  [
    'a mentoring offer',
    () =>
      changeEvents(
        graduate,
        setMentoringOffer(
          graduate,
          {
            willing: true,
            maxMentees: 3,
            topicSkillCodes: ['data-governance'],
            note: 'Tối thứ Năm',
            modality: 'in-person',
          },
          TAXONOMY,
          LATER,
        ),
        LATER,
      ),
  ],
  [
    'details',
    () =>
      changeEvents(
        graduate,
        updateDetails(graduate, someDetails({ provinceCode: 'P79' }), LATER),
        LATER,
      ),
  ],
  ['a login linked', () => changeEvents(invited, linkUser(invited, 'user-binh', LATER), LATER)],
  [
    'the availability hidden',
    () =>
      changeEvents(graduate, setVisibility(graduate, { availability: 'only-me' }, LATER), LATER),
  ],
  [
    'the availability changed, for the network',
    () =>
      changeEvents(
        graduate,
        setAvailability(
          graduate,
          { status: 'unavailable', until: '2025-12-20', note: 'Công tác' },
          LATER,
        ),
        LATER,
      ),
  ],
  [
    'the availability changed, withheld',
    () =>
      changeEvents(
        hidden,
        setAvailability(hidden, { status: 'limited', until: '', note: '' }, LATER),
        LATER,
      ),
  ],
  [
    'an absence expiring by itself',
    () => {
      const absent = setAvailability(
        graduate,
        { status: 'limited', until: '2025-12-05', note: 'Họp' },
        NOW,
      );
      const expired = expireAvailability(absent, LATER);
      return expired ? changeEvents(absent, expired, LATER) : [];
    },
  ],
];

/** Random profiles created, and random pairs as the before and after of one write. */
function randomEvents(count: number): DirectoryEvent[] {
  const random = new Random(11);
  const profiles: ExpertProfile[] = Array.from({ length: count }, (_, serial) =>
    randomProfile(random, serial),
  );
  return profiles.flatMap((profile, index) => {
    const next = profiles[(index + 1) % profiles.length] ?? profile;
    const after = { ...next, id: profile.id, version: profile.version + 1 };
    return [profileCreated(profile, origin, NOW), ...changeEvents(profile, after, LATER)];
  });
}

describe('directory event messages', () => {
  it.each(CASES)('encode %s as the reflective mapping did', (_case, events) => {
    const made = events();
    expect(made.length).toBeGreaterThan(0);
    for (const event of made) {
      const { typed, reflective } = bothEncodings(event);
      expect(typed).toEqual(reflective);
    }
  });

  it('cover every subject, with the optional parts set and unset', () => {
    const events = [...CASES.flatMap(([, made]) => made()), ...randomEvents(200)];
    const subjects = new Set(events.map((event) => event.type));
    expect([...subjects].sort()).toEqual(Object.values(DIRECTORY_SUBJECTS).sort());

    const snapshots = events.flatMap((event) =>
      event.type === DIRECTORY_SUBJECTS.availabilityChanged ? [] : [event.payload.expert],
    );
    for (const part of [
      'skills',
      'sectorCodes',
      'languages',
      'availability',
      'mentoring',
    ] as const) {
      expect(snapshots.some((snapshot) => snapshot[part] === undefined)).toBe(true);
      expect(snapshots.some((snapshot) => snapshot[part] !== undefined)).toBe(true);
    }
    const changes = events.flatMap((event) =>
      event.type === DIRECTORY_SUBJECTS.availabilityChanged ? [event.payload] : [],
    );
    expect(changes.some((change) => change.withheld)).toBe(true);
    expect(changes.some((change) => change.previousStatus !== undefined)).toBe(true);

    for (const event of events) {
      const { typed, reflective } = bothEncodings(event);
      expect(typed).toEqual(reflective);
    }
  });
});

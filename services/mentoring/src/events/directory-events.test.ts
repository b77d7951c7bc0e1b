import { create, toBinary, type DescMessage, type MessageInitShape } from '@bufbuild/protobuf';
import { DIRECTORY_EVENTS, DIRECTORY_SUBJECTS } from '@expertnet/proto/events';
import {
  AvailabilityStatus,
  MentoringModality,
  SkillLevel,
  SkillSource,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import {
  ExpertSnapshotSchema,
  type ExpertSnapshot,
} from '@expertnet/proto/expertnet/directory/v1/events_pb.ts';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { describe, expect, it } from 'vitest';
import type { MentoringApp } from '../app.ts';
import { directoryEventHandler, factsOf } from './directory-events.ts';

type SnapshotInit = Exclude<MessageInitShape<typeof ExpertSnapshotSchema>, ExpertSnapshot>;

const aSnapshot = (overrides: SnapshotInit = {}): ExpertSnapshot =>
  create(ExpertSnapshotSchema, {
    expertId: 'mentor-1',
    userSubject: 'subject-mentor-1',
    fullName: 'Nguyễn Văn Hướng',
    organisation: { code: 'P01-SKHCN' },
    province: { code: 'P01' },
    unit: 'Phòng Chuyển đổi số',
    skills: [
      {
        code: 'ai',
        name: { vi: 'Trí tuệ nhân tạo', en: 'Artificial intelligence' },
        level: SkillLevel.EXPERT,
        source: SkillSource.VERIFIED,
      },
      {
        code: 'gis',
        name: { vi: 'Hệ thống thông tin địa lý', en: '' },
        level: SkillLevel.INTERMEDIATE,
        source: SkillSource.SELF_DECLARED,
      },
      { code: 'open-data', level: SkillLevel.BASIC, source: SkillSource.UNSPECIFIED },
    ],
    languages: [{ code: 'en' }, { code: 'fr' }],
    availability: { status: AvailabilityStatus.AVAILABLE },
    mentoring: {
      willing: true,
      maxMentees: 3,
      topicSkillCodes: ['ai', 'gis'],
      modality: MentoringModality.ONLINE,
    },
    certified: true,
    version: 7,
    ...overrides,
  });

describe('factsOf: a directory snapshot as the pool keeps it', () => {
  it('maps the profile, its skills (verified or not), the offer and the version', () => {
    expect(factsOf(aSnapshot())).toEqual({
      userSubject: 'subject-mentor-1',
      fullName: 'Nguyễn Văn Hướng',
      organisationCode: 'P01-SKHCN',
      unit: 'Phòng Chuyển đổi số',
      provinceCode: 'P01',
      skills: [
        { code: 'ai', level: 4, verified: true },
        { code: 'gis', level: 2, verified: false },
        { code: 'open-data', level: 1, verified: false },
      ],
      skillNames: {
        ai: { vi: 'Trí tuệ nhân tạo', en: 'Artificial intelligence' },
        gis: { vi: 'Hệ thống thông tin địa lý', en: '' },
        'open-data': { vi: 'open-data', en: '' },
      },
      topicCodes: ['ai', 'gis'],
      languages: ['en', 'fr'],
      mode: 'online',
      availability: 'available',
      willing: true,
      maxMentees: 3,
      certified: true,
      profileVersion: 7,
    });
  });

  it.each([
    [MentoringModality.ONLINE, 'online'],
    [MentoringModality.IN_PERSON, 'in-person'],
    [MentoringModality.ANY, 'any'],
    [MentoringModality.UNSPECIFIED, 'any'],
  ] as const)('modality %s reads as %s', (modality, mode) => {
    const snapshot = aSnapshot({
      mentoring: { willing: true, maxMentees: 1, topicSkillCodes: [], modality },
    });
    expect(factsOf(snapshot).mode).toBe(mode);
  });

  it('a withheld offer is no offer: not willing, 0 places, any mode, no topics', () => {
    const facts = factsOf(aSnapshot({ mentoring: undefined }));
    expect(facts).toMatchObject({ willing: false, maxMentees: 0, mode: 'any', topicCodes: [] });
  });

  it('an offer withdrawn keeps no places, whatever maximum it carries', () => {
    const facts = factsOf(
      aSnapshot({
        mentoring: { willing: false, maxMentees: 4, modality: MentoringModality.ONLINE },
      }),
    );
    expect(facts).toMatchObject({ willing: false, maxMentees: 0 });
  });

  it.each([
    [AvailabilityStatus.AVAILABLE, 'available'],
    [AvailabilityStatus.LIMITED, 'limited'],
    [AvailabilityStatus.UNAVAILABLE, 'unavailable'],
    [AvailabilityStatus.UNSPECIFIED, 'available'],
  ] as const)('availability %s reads as %s', (status, availability) => {
    expect(factsOf(aSnapshot({ availability: { status } })).availability).toBe(availability);
  });

  it('withheld availability, organisation and province read as available and unknown', () => {
    const facts = factsOf(
      aSnapshot({ availability: undefined, organisation: undefined, province: undefined }),
    );
    expect(facts).toMatchObject({
      availability: 'available',
      organisationCode: '',
      provinceCode: '',
    });
  });
});

function envelope<D extends DescMessage>(
  subject: string,
  schema: D,
  data: MessageInitShape<D>,
  id = 'event-1',
) {
  return create(EventEnvelopeSchema, {
    id,
    subject,
    type: schema.typeName,
    source: 'directory',
    data: toBinary(schema, create(schema, data)),
  });
}

/** The pool's use cases, recording what they were asked. */
function recorder() {
  const profiles: Parameters<MentoringApp['applyProfile']>[0][] = [];
  const availabilities: Parameters<MentoringApp['applyAvailability']>[0][] = [];
  const usecases = {
    applyProfile: (input: (typeof profiles)[number]) => {
      profiles.push(input);
      return Promise.resolve();
    },
    applyAvailability: (input: (typeof availabilities)[number]) => {
      availabilities.push(input);
      return Promise.resolve();
    },
  } as unknown as Pick<MentoringApp, 'applyProfile' | 'applyAvailability'>;
  return { profiles, availabilities, handle: directoryEventHandler(usecases) };
}

describe('directoryEventHandler', () => {
  const expert = aSnapshot();

  it('ProfileCreated applies the profile with where it came from', async () => {
    const { profiles, availabilities, handle } = recorder();
    await handle(
      envelope(
        DIRECTORY_SUBJECTS.profileCreated,
        DIRECTORY_EVENTS[DIRECTORY_SUBJECTS.profileCreated],
        {
          expert,
          enrolmentId: 'enrolment-9',
          nominationId: 'nomination-9',
        },
      ),
    );
    expect(profiles).toEqual([
      {
        eventId: 'event-1',
        expertId: 'mentor-1',
        facts: {
          ...factsOf(expert),
          origin: { enrolmentId: 'enrolment-9', nominationId: 'nomination-9' },
        },
      },
    ]);
    expect(availabilities).toEqual([]);
  });

  it('an invited expert’s ProfileCreated carries an empty origin, still told', async () => {
    const { profiles, handle } = recorder();
    await handle(
      envelope(
        DIRECTORY_SUBJECTS.profileCreated,
        DIRECTORY_EVENTS[DIRECTORY_SUBJECTS.profileCreated],
        {
          expert,
        },
      ),
    );
    expect(profiles[0]?.facts.origin).toEqual({ enrolmentId: '', nominationId: '' });
  });

  it('ProfileUpdated applies the profile without an origin (it is told once)', async () => {
    const { profiles, handle } = recorder();
    await handle(
      envelope(
        DIRECTORY_SUBJECTS.profileUpdated,
        DIRECTORY_EVENTS[DIRECTORY_SUBJECTS.profileUpdated],
        { expert, changedFields: ['mentoring'] },
        'event-2',
      ),
    );
    expect(profiles).toEqual([
      { eventId: 'event-2', expertId: 'mentor-1', facts: factsOf(expert) },
    ]);
    expect(profiles[0]?.facts).not.toHaveProperty('origin');
  });

  it('a profile event without its expert is skipped', async () => {
    const { profiles, handle } = recorder();
    await handle(
      envelope(
        DIRECTORY_SUBJECTS.profileCreated,
        DIRECTORY_EVENTS[DIRECTORY_SUBJECTS.profileCreated],
        {
          enrolmentId: 'enrolment-9',
        },
      ),
    );
    await handle(
      envelope(
        DIRECTORY_SUBJECTS.profileUpdated,
        DIRECTORY_EVENTS[DIRECTORY_SUBJECTS.profileUpdated],
        {},
      ),
    );
    expect(profiles).toEqual([]);
  });

  it('AvailabilityChanged applies the status with the profile version', async () => {
    const { profiles, availabilities, handle } = recorder();
    await handle(
      envelope(
        DIRECTORY_SUBJECTS.availabilityChanged,
        DIRECTORY_EVENTS[DIRECTORY_SUBJECTS.availabilityChanged],
        { expertId: 'mentor-1', availability: { status: AvailabilityStatus.LIMITED }, version: 8 },
      ),
    );
    expect(availabilities).toEqual([
      { expertId: 'mentor-1', availability: 'limited', profileVersion: 8 },
    ]);
    expect(profiles).toEqual([]);
  });

  it('a withheld AvailabilityChanged is skipped', async () => {
    const { availabilities, handle } = recorder();
    await handle(
      envelope(
        DIRECTORY_SUBJECTS.availabilityChanged,
        DIRECTORY_EVENTS[DIRECTORY_SUBJECTS.availabilityChanged],
        { expertId: 'mentor-1', withheld: true, version: 9 },
      ),
    );
    expect(availabilities).toEqual([]);
  });

  it('other subjects are ignored', async () => {
    const { profiles, availabilities, handle } = recorder();
    await handle(create(EventEnvelopeSchema, { id: 'x', subject: 'directory.something.else' }));
    expect(profiles).toEqual([]);
    expect(availabilities).toEqual([]);
  });
});

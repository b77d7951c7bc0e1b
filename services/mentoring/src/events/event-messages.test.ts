// Every mentoring subject's mapper against the contract: events made the way the use cases make
// them, wrapped by mentoringEnvelopes, decoded with the subject's own message, field by field.
import { fromBinary, toBinary } from '@bufbuild/protobuf';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import { MENTORING_EVENTS, MENTORING_SUBJECTS } from '@expertnet/proto/events';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import {
  AssignmentStatus,
  FeedbackRole,
  MeetingMode,
  MeetingStatus,
} from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import { describe, expect, it } from 'vitest';
import {
  applicationEvent,
  assignmentEvent,
  type Assignment,
  type MentoringEvent,
} from '../domain/index.ts';
import {
  aFeedback,
  aMatchRun,
  aMeeting,
  anActor,
  anApplication,
  anAssignment,
  aProgramme,
  LATER,
  NOW,
} from '../../test/fixtures.ts';
import { mentoringEnvelopes } from './envelopes.ts';

const envelopesOf = mentoringEnvelopes(() => 'event-1');
const actor = anActor({ subject: 'subject-mentee-1', orgCode: 'P79-SNV', roles: ['expert'] });

/** What must stay in the service: notes, comments, the goals' text and titles. */
const SECRET = 'PRIVATE';

const pair: Assignment = anAssignment({
  status: 'active',
  goalsText: `${SECRET} goals text`,
  message: `${SECRET} proposal message`,
  startDate: '2026-03-05',
  plannedEndDate: '2026-09-05',
  meetingsHeld: 3,
  goals: [
    {
      id: 'g-1',
      title: `${SECRET} goal 1`,
      status: 'achieved',
      progressPercent: 100,
      targetDate: '',
    },
    {
      id: 'g-2',
      title: `${SECRET} goal 2`,
      status: 'in-progress',
      progressPercent: 50,
      targetDate: '',
    },
    {
      id: 'g-3',
      title: `${SECRET} goal 3`,
      status: 'achieved',
      progressPercent: 100,
      targetDate: '',
    },
  ],
  topicCodes: ['ai', 'open-data'],
});
const application = anApplication({
  details: { ...anApplication().details, goals: `${SECRET} application goals` },
});
const meeting = aMeeting({ notes: `${SECRET} meeting notes` });
const feedback = aFeedback({ comment: `${SECRET} feedback comment`, shared: true });

/** Encodes the subject's event and decodes the envelope's data with the subject's message. */
function decoded<S extends MentoringEvent['type']>(
  subject: S,
  event: MentoringEvent = EVENTS[subject],
) {
  const [envelope] = envelopesOf([event], actor, LATER);
  if (envelope === undefined) throw new Error('no envelope');
  const schema: (typeof MENTORING_EVENTS)[S] = MENTORING_EVENTS[subject];
  return {
    envelope,
    message: fromBinary<(typeof MENTORING_EVENTS)[S]>(schema, envelope.data),
  };
}

/** The AssignmentFacts every pair event carries. */
const FACTS = {
  assignmentId: 'assignment-1',
  applicationId: 'application-1',
  mentorExpertId: 'mentor-1',
  mentorUserSubject: 'subject-mentor-1',
  mentorName: 'Nguyễn Văn Hướng',
  topicSkillCodes: ['ai', 'open-data'],
  programmeId: 'programme-1',
  mentee: {
    expertId: 'mentee-expert-1',
    enrolmentId: 'enrolment-1',
    userSubject: 'subject-mentee-1',
    fullName: 'Lê Thị Minh',
    organisation: { code: 'P79-SNV' },
    unit: 'Văn phòng',
    province: { code: 'P79' },
  },
};

/** One event of every subject, as the use cases make them. */
const EVENTS: Readonly<Record<MentoringEvent['type'], MentoringEvent>> = {
  [MENTORING_SUBJECTS.programmeChanged]: {
    type: MENTORING_SUBJECTS.programmeChanged,
    orgCode: 'BTC',
    payload: { programme: aProgramme(), updated: true },
  },
  [MENTORING_SUBJECTS.applicationSubmitted]: applicationEvent(
    MENTORING_SUBJECTS.applicationSubmitted,
    application,
  ),
  [MENTORING_SUBJECTS.applicationWithdrawn]: applicationEvent(
    MENTORING_SUBJECTS.applicationWithdrawn,
    application,
    'Found a mentor at work',
  ),
  [MENTORING_SUBJECTS.matchRunPublished]: {
    type: MENTORING_SUBJECTS.matchRunPublished,
    orgCode: 'BTC',
    payload: { run: aMatchRun() },
  },
  [MENTORING_SUBJECTS.assignmentProposed]: assignmentEvent(MENTORING_SUBJECTS.assignmentProposed, {
    ...pair,
    status: 'proposed',
  }),
  [MENTORING_SUBJECTS.assignmentAccepted]: assignmentEvent(
    MENTORING_SUBJECTS.assignmentAccepted,
    pair,
  ),
  [MENTORING_SUBJECTS.assignmentDeclined]: assignmentEvent(MENTORING_SUBJECTS.assignmentDeclined, {
    ...pair,
    status: 'declined',
    reason: 'No time this term',
  }),
  [MENTORING_SUBJECTS.assignmentEnded]: assignmentEvent(MENTORING_SUBJECTS.assignmentEnded, {
    ...pair,
    status: 'ended-early',
    reason: 'Moved jobs',
  }),
  [MENTORING_SUBJECTS.assignmentGoalsSet]: assignmentEvent(
    MENTORING_SUBJECTS.assignmentGoalsSet,
    pair,
  ),
  [MENTORING_SUBJECTS.meetingScheduled]: {
    type: MENTORING_SUBJECTS.meetingScheduled,
    orgCode: 'P79-SNV',
    payload: { assignment: pair, meeting, rescheduled: true },
  },
  [MENTORING_SUBJECTS.meetingCancelled]: {
    type: MENTORING_SUBJECTS.meetingCancelled,
    orgCode: 'P79-SNV',
    payload: {
      assignment: pair,
      meeting: { ...meeting, status: 'cancelled', cancellationReason: 'Typhoon' },
    },
  },
  [MENTORING_SUBJECTS.meetingRecorded]: {
    type: MENTORING_SUBJECTS.meetingRecorded,
    orgCode: 'P79-SNV',
    payload: { assignment: pair, meeting: { ...meeting, status: 'held' } },
  },
  [MENTORING_SUBJECTS.feedbackSubmitted]: {
    type: MENTORING_SUBJECTS.feedbackSubmitted,
    orgCode: 'P79-SNV',
    payload: { assignment: pair, feedback },
  },
};

describe('mentoring event messages', () => {
  it('a case for every subject of the contract', () => {
    expect(Object.keys(EVENTS).sort()).toEqual(Object.values(MENTORING_SUBJECTS).sort());
    expect(Object.keys(MENTORING_EVENTS).sort()).toEqual(Object.values(MENTORING_SUBJECTS).sort());
  });

  it.each(Object.values(EVENTS))(
    '$type: the envelope names subject, message, source, organisation and actor',
    (event) => {
      const { envelope } = decoded(event.type, event);
      expect(envelope).toMatchObject({
        id: 'event-1',
        subject: event.type,
        type: MENTORING_EVENTS[event.type].typeName,
        source: 'mentoring',
        orgCode: event.orgCode,
        actor: { subject: 'subject-mentee-1', orgCode: 'P79-SNV', roles: ['expert'], service: '' },
      });
      expect(envelope.time && timestampDate(envelope.time)).toEqual(LATER);
    },
  );

  it.each(Object.values(EVENTS))('$type: notes, comments and goals’ text never travel', (event) => {
    const { envelope } = decoded(event.type, event);
    const bytes = new TextDecoder().decode(toBinary(EventEnvelopeSchema, envelope));
    expect(bytes).not.toContain(SECRET);
  });

  it('programme changed: id, settings, updated', () => {
    const { message } = decoded(MENTORING_SUBJECTS.programmeChanged);
    expect(message).toMatchObject({
      programmeId: 'programme-1',
      updated: true,
      settings: {
        name: { vi: 'Cố vấn chuyển đổi số 2026', en: 'Digital transformation mentoring 2026' },
        opensOn: '2026-02-01',
        closesOn: '2026-06-30',
        targetPairs: 40,
        durationMonths: 6,
        rules: {
          mentorCohortIds: ['cohort-1'],
          menteeCohortIds: [],
          menteeOrganisations: [{ code: 'P79-SNV' }],
          certifiedMentorsOnly: true,
          weights: { skills: 4, topics: 3, language: 1, modality: 1, availability: 1, load: 1 },
          maxDistanceKm: 300,
          respondWithinDays: 7,
        },
      },
    });
  });

  it('application submitted: the mentee, topics, preferred mode and province, programme', () => {
    const { envelope, message } = decoded(MENTORING_SUBJECTS.applicationSubmitted);
    expect(envelope.orgCode).toBe('P79-SNV');
    expect(message).toMatchObject({
      applicationId: 'application-1',
      mentee: FACTS.mentee,
      topicSkillCodes: ['ai', 'open-data'],
      preferredMode: MeetingMode.IN_PERSON,
      preferredProvince: { code: 'P48' },
      programmeId: 'programme-1',
    });
  });

  it('application withdrawn: the mentee and the reason', () => {
    const { message } = decoded(MENTORING_SUBJECTS.applicationWithdrawn);
    expect(message).toMatchObject({
      applicationId: 'application-1',
      mentee: FACTS.mentee,
      reason: 'Found a mentor at work',
    });
  });

  it('match run published: pairs counted, both plans summarised', () => {
    const { message } = decoded(MENTORING_SUBJECTS.matchRunPublished);
    expect(message).toMatchObject({
      runId: 'run-1',
      programmeId: 'programme-1',
      pairs: 2,
      optimal: { menteesMatched: 2, totalScore: 1.4, mentorsUsed: 2, maxLoad: 1 },
      greedy: { menteesMatched: 1, totalScore: 0.9, mentorsUsed: 1, maxLoad: 1 },
    });
  });

  it('assignment proposed: the pair’s facts and when the answer is due', () => {
    const { envelope, message } = decoded(MENTORING_SUBJECTS.assignmentProposed);
    expect(envelope.orgCode).toBe('P79-SNV');
    expect(message).toMatchObject({ assignment: FACTS });
    expect(message.respondBy && timestampDate(message.respondBy)).toEqual(pair.respondBy);
  });

  it('assignment accepted: start and planned end', () => {
    const { message } = decoded(MENTORING_SUBJECTS.assignmentAccepted);
    expect(message).toMatchObject({
      assignment: FACTS,
      startDate: '2026-03-05',
      plannedEndDate: '2026-09-05',
    });
  });

  it('assignment declined: the reason; expired false for a decline, true for an expiry', () => {
    const { message } = decoded(MENTORING_SUBJECTS.assignmentDeclined);
    expect(message).toMatchObject({
      assignment: FACTS,
      expired: false,
      reason: 'No time this term',
    });
    const expiry = decoded(
      MENTORING_SUBJECTS.assignmentDeclined,
      assignmentEvent(MENTORING_SUBJECTS.assignmentDeclined, { ...pair, status: 'expired' }),
    );
    expect(expiry.message).toMatchObject({ expired: true, reason: '' });
  });

  it('assignment ended: outcome, reason, meetings held', () => {
    const { message } = decoded(MENTORING_SUBJECTS.assignmentEnded);
    expect(message).toMatchObject({
      assignment: FACTS,
      outcome: AssignmentStatus.ENDED_EARLY,
      reason: 'Moved jobs',
      meetingsHeld: 3,
    });
    const completed = decoded(
      MENTORING_SUBJECTS.assignmentEnded,
      assignmentEvent(MENTORING_SUBJECTS.assignmentEnded, { ...pair, status: 'completed' }),
    );
    expect(completed.message.outcome).toBe(AssignmentStatus.COMPLETED);
  });

  it('goals set: counted, not described', () => {
    const { message } = decoded(MENTORING_SUBJECTS.assignmentGoalsSet);
    expect(message).toMatchObject({ assignment: FACTS, goals: 3, achieved: 2 });
  });

  it('meeting scheduled: when, how long, how, rescheduled', () => {
    const { message } = decoded(MENTORING_SUBJECTS.meetingScheduled);
    expect(message).toMatchObject({
      meetingId: 'meeting-1',
      assignment: FACTS,
      durationMinutes: 60,
      mode: MeetingMode.IN_PERSON,
      rescheduled: true,
    });
    expect(message.startsAt && timestampDate(message.startsAt)).toEqual(LATER);
  });

  it('meeting cancelled: the reason', () => {
    const { message } = decoded(MENTORING_SUBJECTS.meetingCancelled);
    expect(message).toMatchObject({ meetingId: 'meeting-1', assignment: FACTS, reason: 'Typhoon' });
    expect(message.startsAt && timestampDate(message.startsAt)).toEqual(LATER);
  });

  it('meeting recorded: its status', () => {
    const { message } = decoded(MENTORING_SUBJECTS.meetingRecorded);
    expect(message).toMatchObject({
      meetingId: 'meeting-1',
      assignment: FACTS,
      status: MeetingStatus.HELD,
    });
    const missed = decoded(MENTORING_SUBJECTS.meetingRecorded, {
      type: MENTORING_SUBJECTS.meetingRecorded,
      orgCode: 'P79-SNV',
      payload: { assignment: pair, meeting: { ...meeting, status: 'missed' } },
    });
    expect(missed.message.status).toBe(MeetingStatus.MISSED);
  });

  it('feedback submitted: who, the rating, which meeting; never the comment', () => {
    const { message } = decoded(MENTORING_SUBJECTS.feedbackSubmitted);
    expect(message).toMatchObject({
      feedbackId: 'feedback-1',
      assignment: FACTS,
      meetingId: 'meeting-1',
      authorRole: FeedbackRole.MENTEE,
      rating: 5,
    });
    expect(Object.keys(message)).not.toContain('comment');
  });

  it('an event without an actor (a sweep) has an envelope without one', () => {
    const [envelope] = envelopesOf([EVENTS[MENTORING_SUBJECTS.assignmentDeclined]], undefined, NOW);
    expect(envelope?.actor).toBeUndefined();
  });
});

/**
 * The typed mappers against the reflective mapping they replace: for every subject, a realistic
 * event (built by the domain's own functions, with optional fields set and unset) must give the
 * same message as fromPlain over its payload, decoded from the bytes the envelope carries.
 */
import { fromBinary, toBinary } from '@bufbuild/protobuf';
import { fromPlain, type Plain } from '@expertnet/platform/testing/plain.ts';
import { COHORTS_EVENTS, COHORTS_SUBJECTS } from '@expertnet/proto/events';
import { describe, expect, it } from 'vitest';
import {
  aCohort,
  aContext,
  anActor,
  anEnrolment,
  aSession,
  aTrack,
  aTrainee,
  aView,
  CHECK_IN_KEY,
  nominationFacts,
  otherCohort,
  SESSION_START,
  SIGNER,
} from '../../test/fixtures.ts';
import {
  assignToCohort,
  checkIn,
  checkInCodeAt,
  checkInStep,
  computeProgress,
  dropTrainee,
  enrolFromNomination,
  graduateTrainee,
  markAttendance,
  promoteWaitlist,
  recordAssessments,
  releaseFromCancelledCohort,
  removeForNomination,
  revokeCertificate,
  transferTrainee,
  type AssessmentResult,
  type CohortsEvent,
} from '../domain/index.ts';
import { envelopesOf } from './envelopes.ts';

const context = aContext();

const passing: AssessmentResult = {
  enrolmentId: anEnrolment().id,
  moduleCode: 'M1',
  score: 90,
  passed: true,
  attempt: 1,
  comment: '',
  assessedBy: 'fac-1',
  assessedAt: SESSION_START,
};

function enrolled(): CohortsEvent[] {
  const seated = enrolFromNomination(undefined, nominationFacts(), [aView()], context);
  // A trainee who has not signed in yet, nominated by an organisation since merged.
  const unlinked = enrolFromNomination(
    undefined,
    nominationFacts({ organisationCode: 'P04', effectiveOrganisationCode: 'P01' }),
    [aView()],
    context,
  );
  const pooled = anEnrolment({ status: 'pooled', cohortId: '', seats: [] });
  const assigned = assignToCohort(pooled, aView(), context);
  const full = aView(aCohort({ enrolledCount: 1, waitlistedCount: 1 }, { capacity: 2 }));
  const waiting = anEnrolment({
    status: 'waitlisted',
    waitlist: { cohortId: full.cohort.id, since: SESSION_START },
  });
  const promoted = promoteWaitlist(full, [waiting], context).flatMap((change) => change.events);
  return [...(seated?.events ?? []), ...(unlinked?.events ?? []), ...assigned.events, ...promoted];
}

function transferred(): CohortsEvent[] {
  const moved = transferTrainee(
    anEnrolment(),
    aView(),
    aView(otherCohort()),
    { reason: 'Chuyển lớp', waitlistIfFull: false },
    context,
  ).events;
  const full = aView(otherCohort({ enrolledCount: 1 }, { capacity: 1 }));
  const queued = transferTrainee(
    anEnrolment(),
    aView(),
    full,
    { reason: 'Chờ lớp khác', waitlistIfFull: true },
    context,
  ).events;
  // A cancelled cohort sends its trainee back to the pool: no target cohort, status pooled.
  const cancelled = aView(aCohort({ status: 'cancelled' }));
  const released = releaseFromCancelledCohort(anEnrolment(), cancelled, context)?.events ?? [];
  expect([moved, queued, released].map((made) => made.length)).toEqual([1, 1, 1]);
  return [...moved, ...queued, ...released];
}

function dropped(): CohortsEvent[] {
  const left = dropTrainee(anEnrolment(), aView(), 'Nghỉ việc', context).events;
  // Withdrawn while still in the pool: no cohort.
  const pooled = anEnrolment({ status: 'pooled', cohortId: '', seats: [] });
  const withdrawn = removeForNomination(
    pooled,
    {
      kind: 'withdrawn',
      nomination: nominationFacts({ version: 7 }),
      previousStatus: 'accepted',
      reason: 'Rút hồ sơ',
    },
    undefined,
    context,
  );
  const reversed = removeForNomination(
    anEnrolment(),
    {
      kind: 'rejected',
      nomination: nominationFacts({ version: 7 }),
      previousStatus: 'accepted',
      reason: 'Xét lại',
    },
    aView(),
    context,
  );
  const removed = [...(withdrawn?.events ?? []), ...(reversed?.events ?? [])];
  expect(removed).toHaveLength(2);
  return [...left, ...removed];
}

function attended(): CohortsEvent[] {
  const now = new Date(SESSION_START.getTime() + 60_000);
  const code = checkInCodeAt(CHECK_IN_KEY, aSession().id, checkInStep(now, 60));
  const checkedIn = checkIn(
    { session: aSession(), view: aView(), enrolment: anEnrolment(), code, key: CHECK_IN_KEY },
    aContext({ now }),
  ).events;
  const facilitator = aContext({ now, actor: anActor({ subject: 'fac-1', roles: [] }) });
  const marked = markAttendance(
    aSession(),
    aView(),
    [{ enrolmentId: anEnrolment().id, status: 'excused', note: 'Ốm' }],
    [anEnrolment({ trainee: aTrainee({ userSubject: '' }) })],
    [],
    facilitator,
  ).events;
  return [...checkedIn, ...marked];
}

function graduation(): CohortsEvent[] {
  const scored = recordAssessments(
    aView(),
    'M1',
    [{ enrolmentId: anEnrolment().id, score: 90, comment: '' }],
    [anEnrolment()],
    [],
    context,
  ).events;
  const passes = ['M1', 'M2'].map((moduleCode) => ({ ...passing, moduleCode }));
  const lenient = aTrack({
    completion: { minAttendancePercent: 0, excusedCountsAsAttended: false, minModulesPassed: 2 },
  });
  const progress = computeProgress({
    track: lenient,
    seats: [],
    sessions: [],
    attendance: [],
    assessments: passes,
    now: context.now,
  });
  const outcome = graduateTrainee(
    {
      enrolment: anEnrolment(),
      view: aView(aCohort({ status: 'finished' })),
      progress,
      assessments: passes,
      certificate: {
        id: 'cert-1',
        number: 'CDS-2025-000001',
        signer: SIGNER,
        verificationBaseUrl: 'https://expertnet.gov.vn/xac-minh',
      },
    },
    context,
  );
  if (!outcome.graduated || outcome.already) throw new Error('expected a graduation');
  const revoked = revokeCertificate(
    outcome.certificate,
    outcome.enrolment,
    'Gian lận bài thi',
    context,
  ).events;
  return [...scored, ...outcome.events, ...revoked];
}

const events = [...enrolled(), ...transferred(), ...dropped(), ...attended(), ...graduation()];

/** What the reflective mapping gave for an event (the kit's former domainEventEnvelopes: fromPlain). */
function reflective(event: CohortsEvent) {
  const plain: Plain = event.payload;
  return fromPlain(COHORTS_EVENTS[event.type], plain);
}

describe('the typed event mappers', () => {
  it('cover every subject, with the optional fields both set and unset', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(
      new Set(Object.values(COHORTS_SUBJECTS)),
    );
    const payloads = events.map((event): Plain => event.payload);
    const kinds = (field: string) =>
      new Set(payloads.filter((p) => field in p).map((p) => p[field] === undefined));
    expect(kinds('toCohort')).toEqual(new Set([true, false]));
    expect(kinds('cohort')).toEqual(new Set([true, false]));
    expect(new Set(payloads.map((p) => p.promotedFromWaitlist))).toEqual(
      new Set([true, false, undefined]),
    );
  });

  it.each(events.map((event, index) => [`${String(index)} ${event.type}`, event] as const))(
    '%s: the bytes decode to what the reflective mapping gave',
    (_name, event) => {
      const schema = COHORTS_EVENTS[event.type];
      const [envelope] = envelopesOf([event], context.actor, context.now);
      expect(envelope?.subject).toBe(event.type);
      expect(envelope?.type).toBe(schema.typeName);
      expect(envelope?.orgCode).toBe(event.orgCode);
      const data = envelope?.data ?? new Uint8Array();
      expect(fromBinary(schema, data)).toEqual(reflective(event));
      // Byte for byte too: the same fields in the same order.
      expect(data).toEqual(toBinary(schema, reflective(event)));
    },
  );
});

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
  aTrainee,
  aView,
  CHECK_IN_KEY,
  nominationFacts,
  otherCohort,
  SESSION_START,
} from '../../test/fixtures.ts';
import { graduationEvents } from '../../test/graduation-scenario.ts';
import {
  assignToCohort,
  checkIn,
  checkInCodeAt,
  checkInStep,
  dropTrainee,
  enrolFromNomination,
  markAttendance,
  promoteWaitlist,
  releaseFromCancelledCohort,
  removeForNomination,
  transferTrainee,
  type CohortsEvent,
} from '../domain/index.ts';
import { envelopesOf } from './envelopes.ts';

const context = aContext();

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

const events = [
  ...enrolled(),
  ...transferred(),
  ...dropped(),
  ...attended(),
  ...graduationEvents(context),
];

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

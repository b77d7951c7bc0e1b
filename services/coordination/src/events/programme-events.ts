/**
 * The other services' events coordination projects into its KPI facts: nominations (submitted,
 * decided, withdrawn; rounds' quota floors), cohorts (enrolled, dropped, graduated) and mentoring
 * (assignments accepted and ended). The directory's profiles feed the experts collection through
 * directory-events.ts. Each event becomes one change of one fact (a round, one per quota).
 */
import { fromBinary } from '@bufbuild/protobuf';
import { timestampDate, type Timestamp } from '@bufbuild/protobuf/wkt';
import { resolveOrganisation } from '@expertnet/platform';
import {
  COHORTS_EVENTS,
  COHORTS_SUBJECTS,
  MENTORING_EVENTS,
  MENTORING_SUBJECTS,
  NOMINATIONS_EVENTS,
  NOMINATIONS_SUBJECTS,
} from '@expertnet/proto/events';
import type { OrganisationRef } from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { NominationFacts } from '@expertnet/proto/expertnet/nominations/v1/events_pb.ts';
import type { CoordinationApp } from '../app.ts';
import type { NominationFactStatus } from '../domain/kpis.ts';
import type { FactChange } from '../repositories/kpi-facts.repository.ts';

export const CONSUMED_NOMINATIONS_SUBJECTS = [
  NOMINATIONS_SUBJECTS.roundOpened,
  NOMINATIONS_SUBJECTS.nominationSubmitted,
  NOMINATIONS_SUBJECTS.nominationReturned,
  NOMINATIONS_SUBJECTS.nominationAccepted,
  NOMINATIONS_SUBJECTS.nominationRejected,
  NOMINATIONS_SUBJECTS.nominationWaitlisted,
  NOMINATIONS_SUBJECTS.nominationWithdrawn,
] as const;

export const CONSUMED_COHORTS_SUBJECTS = [
  COHORTS_SUBJECTS.traineeEnrolled,
  COHORTS_SUBJECTS.traineeDropped,
  COHORTS_SUBJECTS.traineeGraduated,
] as const;

export const CONSUMED_MENTORING_SUBJECTS = [
  MENTORING_SUBJECTS.assignmentAccepted,
  MENTORING_SUBJECTS.assignmentEnded,
] as const;

type Projection = Pick<CoordinationApp, 'applyFact' | 'applyFacts'>;

const timeOf = (envelope: EventEnvelope) =>
  envelope.time === undefined ? new Date(0) : timestampDate(envelope.time);
const dateOr = (timestamp: Timestamp | undefined, fallback: Date) =>
  timestamp === undefined ? fallback : timestampDate(timestamp);
/** The effective organisation (the 2025 mergers' successor), else the one named, resolved. */
const organisationOf = (
  effective: OrganisationRef | undefined,
  named?: OrganisationRef,
  fallback = '',
) => {
  const code = [effective?.code, named?.code].find((held) => held !== undefined && held !== '');
  return resolveOrganisation(code ?? fallback);
};
/** "2026-12-07" as the start of that day in Vietnam. */
const dayStart = (day: string, fallback: Date) =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00+07:00`) : fallback;

function nominationChange(
  envelope: EventEnvelope,
  nomination: NominationFacts | undefined,
  status: NominationFactStatus,
  decidedAt: Timestamp | undefined,
  submittedAt?: { readonly at: Date; readonly first: boolean },
): FactChange | undefined {
  if (nomination === undefined || nomination.nominationId === '') return undefined;
  const at = timeOf(envelope);
  const started = submittedAt ?? { at, first: false };
  return {
    eventId: envelope.id,
    kind: 'nomination',
    entityId: nomination.nominationId,
    at,
    // Nominations carry their version; 0 (never sent) would order by time, so at least 1.
    version: Math.max(nomination.version, 1),
    set: {
      organisationCode: organisationOf(
        nomination.effectiveOrganisation,
        nomination.organisation,
        envelope.orgCode,
      ),
      status,
      value: 1,
      reachedAt: dateOr(decidedAt, at),
      ...(started.first && { startedAt: started.at }),
    },
    ...(!started.first && { setOnInsert: { startedAt: started.at } }),
  };
}

/** Nominations' events as changes of the nomination facts and the rounds' floors. */
export function nominationsEventHandler(app: Projection) {
  return async (envelope: EventEnvelope): Promise<void> => {
    const subject = envelope.subject;
    let change: FactChange | undefined;
    switch (subject) {
      case NOMINATIONS_SUBJECTS.roundOpened: {
        const round = fromBinary(NOMINATIONS_EVENTS[subject], envelope.data);
        const at = timeOf(envelope);
        const opensAt = dateOr(round.opensAt, at);
        await app.applyFacts(
          round.quotas.map((quota) => {
            const code = organisationOf(quota.organisation);
            return {
              eventId: envelope.id,
              kind: 'floor',
              entityId: `${round.roundId}:${code}`,
              at,
              version: 0,
              set: {
                organisationCode: code,
                status: 'open',
                value: quota.floor,
                startedAt: opensAt,
                reachedAt: opensAt,
              },
            } satisfies FactChange;
          }),
        );
        return;
      }
      case NOMINATIONS_SUBJECTS.nominationSubmitted: {
        const event = fromBinary(NOMINATIONS_EVENTS[subject], envelope.data);
        const at = dateOr(event.submittedAt, timeOf(envelope));
        change = nominationChange(envelope, event.nomination, 'submitted', undefined, {
          at,
          first: !event.resubmission,
        });
        break;
      }
      case NOMINATIONS_SUBJECTS.nominationReturned: {
        const event = fromBinary(NOMINATIONS_EVENTS[subject], envelope.data);
        change = nominationChange(envelope, event.nomination, 'returned', undefined);
        break;
      }
      case NOMINATIONS_SUBJECTS.nominationAccepted: {
        const event = fromBinary(NOMINATIONS_EVENTS[subject], envelope.data);
        change = nominationChange(envelope, event.nomination, 'accepted', event.decidedAt);
        break;
      }
      case NOMINATIONS_SUBJECTS.nominationRejected: {
        const event = fromBinary(NOMINATIONS_EVENTS[subject], envelope.data);
        change = nominationChange(envelope, event.nomination, 'rejected', event.decidedAt);
        break;
      }
      case NOMINATIONS_SUBJECTS.nominationWaitlisted: {
        const event = fromBinary(NOMINATIONS_EVENTS[subject], envelope.data);
        change = nominationChange(envelope, event.nomination, 'waitlisted', event.decidedAt);
        break;
      }
      case NOMINATIONS_SUBJECTS.nominationWithdrawn: {
        const event = fromBinary(NOMINATIONS_EVENTS[subject], envelope.data);
        change = nominationChange(envelope, event.nomination, 'withdrawn', undefined);
        break;
      }
      default:
        return;
    }
    if (change !== undefined) await app.applyFact(change);
  };
}

/** Cohorts' events as changes of the enrolment facts, by the trainee's effective organisation. */
export function cohortsEventHandler(app: Projection) {
  return async (envelope: EventEnvelope): Promise<void> => {
    const subject = envelope.subject;
    const at = timeOf(envelope);
    const base = { eventId: envelope.id, kind: 'trainee' as const, at, version: 0 };
    switch (subject) {
      case COHORTS_SUBJECTS.traineeEnrolled: {
        const event = fromBinary(COHORTS_EVENTS[subject], envelope.data);
        if (event.enrolmentId === '') return;
        await app.applyFact({
          ...base,
          entityId: event.enrolmentId,
          set: {
            organisationCode: organisationOf(
              event.trainee?.effectiveOrganisation,
              event.trainee?.organisation,
              envelope.orgCode,
            ),
            status: 'enrolled',
            value: 1,
            startedAt: at,
            reachedAt: at,
          },
        });
        return;
      }
      case COHORTS_SUBJECTS.traineeDropped: {
        const event = fromBinary(COHORTS_EVENTS[subject], envelope.data);
        if (event.enrolmentId === '') return;
        await app.applyFact({
          ...base,
          entityId: event.enrolmentId,
          set: {
            organisationCode: organisationOf(
              event.trainee?.effectiveOrganisation,
              event.trainee?.organisation,
              envelope.orgCode,
            ),
            status: 'dropped',
            value: 1,
            reachedAt: at,
          },
          setOnInsert: { startedAt: at },
        });
        return;
      }
      case COHORTS_SUBJECTS.traineeGraduated: {
        const event = fromBinary(COHORTS_EVENTS[subject], envelope.data);
        if (event.enrolmentId === '') return;
        await app.applyFact({
          ...base,
          entityId: event.enrolmentId,
          set: {
            organisationCode: organisationOf(
              event.trainee?.effectiveOrganisation,
              event.trainee?.organisation,
              envelope.orgCode,
            ),
            status: 'graduated',
            value: 1,
            reachedAt: dayStart(event.graduatedOn, at),
          },
          // The enrolment not seen (consumed from later on): counted as enrolled when the cohort began.
          setOnInsert: { startedAt: dayStart(event.cohort?.startDate ?? '', at) },
        });
        return;
      }
      default:
        return;
    }
  };
}

/** Mentoring's events as changes of the mentorship facts, by the mentee's organisation. */
export function mentoringEventHandler(app: Projection) {
  return async (envelope: EventEnvelope): Promise<void> => {
    const subject = envelope.subject;
    const at = timeOf(envelope);
    if (subject === MENTORING_SUBJECTS.assignmentAccepted) {
      const { assignment } = fromBinary(MENTORING_EVENTS[subject], envelope.data);
      if (assignment === undefined || assignment.assignmentId === '') return;
      await app.applyFact({
        eventId: envelope.id,
        kind: 'mentorship',
        entityId: assignment.assignmentId,
        at,
        version: 0,
        set: {
          organisationCode: organisationOf(
            assignment.mentee?.organisation,
            undefined,
            envelope.orgCode,
          ),
          status: 'active',
          value: 1,
          startedAt: at,
          reachedAt: at,
        },
      });
    } else if (subject === MENTORING_SUBJECTS.assignmentEnded) {
      const { assignment } = fromBinary(MENTORING_EVENTS[subject], envelope.data);
      if (assignment === undefined || assignment.assignmentId === '') return;
      await app.applyFact({
        eventId: envelope.id,
        kind: 'mentorship',
        entityId: assignment.assignmentId,
        at,
        version: 0,
        set: {
          organisationCode: organisationOf(
            assignment.mentee?.organisation,
            undefined,
            envelope.orgCode,
          ),
          status: 'ended',
          value: 1,
          reachedAt: at,
        },
        setOnInsert: { startedAt: at },
      });
    }
  };
}

import type { CallContext, HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import {
  assertCanApply,
  assignToCohort,
  dropTrainee,
  transferTrainee,
  waitlistPositions,
  type Cohort,
  type Enrolment,
  type EnrolmentStatus,
} from '../domain/index.ts';
import type { EnrolmentQuery } from '../persistence/enrolment-query.ts';
import {
  allow,
  assertVersion,
  changeContext,
  pageOf,
  resolveOrganisation,
  scopeOf,
  type Dependencies,
} from './context.ts';
import { statusesOf } from './enums.ts';
import type { Loaders } from './loading.ts';
import { enrolmentMessage } from './mapping.ts';
import type { Seating } from './seating.ts';
import { linkCaller } from './trainee-link.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Enrolments: read by the people concerned, placed, moved and dropped by the programme office. */
export function enrolmentHandlers(deps: Dependencies, load: Loaders, seats: Seating) {
  /** Enrolments as messages, waitlisted ones with their place in their cohort's queue. */
  async function messagesOf(enrolments: readonly Enrolment[]) {
    const cohortIds = new Set(
      enrolments
        .filter((enrolment) => enrolment.status === 'waitlisted')
        .map((enrolment) => enrolment.cohortId),
    );
    const positions = new Map<string, number>();
    for (const cohortId of cohortIds) {
      const queue = await deps.enrolments.waitlistOf(cohortId);
      for (const [id, position] of waitlistPositions(queue, cohortId)) positions.set(id, position);
    }
    return enrolments.map((enrolment) =>
      enrolmentMessage(
        enrolment,
        enrolment.status === 'waitlisted' ? (positions.get(enrolment.id) ?? 0) : 0,
      ),
    );
  }

  const answer = async (enrolment: Enrolment) => {
    const [message] = await messagesOf([enrolment]);
    return { enrolment: message };
  };

  /** Loads the enrolment a change acts on, refusing a stale expected version. */
  async function current(id: string, expectedVersion: number) {
    const enrolment = await load.enrolment(id);
    assertVersion(enrolment, expectedVersion, `enrolment ${id}`);
    return enrolment;
  }

  /** The list's filter for the caller: what they asked, narrowed to what they may see. */
  async function queryFor(
    call: CallContext,
    request: Parameters<Handlers['listEnrolments']>[0],
    cohort: Cohort | undefined,
  ): Promise<EnrolmentQuery> {
    const scope = scopeOf(call, 'ListEnrolments', cohort);
    const asked = request.organisation?.code ?? '';
    const mine = request.onlyMine || scope.reach === 'self';
    if (mine) await linkCaller(deps, call);
    return {
      cohortId: cohort?.id,
      organisationCode:
        scope.reach === 'organisation'
          ? scope.organisationCode
          : asked === ''
            ? undefined
            : resolveOrganisation(asked),
      statuses: statusesOf<EnrolmentStatus>(request.statuses, 'enrolment'),
      text: request.query,
      // A caller without a subject has no records of their own.
      userSubject: mine ? call.principal.subject || '-' : undefined,
    };
  }

  return {
    async getEnrolment(request, call) {
      await linkCaller(deps, call);
      const enrolment = await load.enrolment(request.enrolmentId);
      const cohort = enrolment.cohortId === '' ? undefined : await load.cohort(enrolment.cohortId);
      allow(call, 'GetEnrolment', { cohort, trainee: enrolment.trainee });
      return answer(enrolment);
    },

    async listEnrolments(request, call) {
      const cohort = request.cohortId === '' ? undefined : await load.cohort(request.cohortId);
      const page = await deps.enrolments.list(
        await queryFor(call, request, cohort),
        pageOf(request.page),
      );
      return {
        enrolments: await messagesOf(page.items),
        page: { nextCursor: page.nextCursor },
      };
    },

    async assignToCohort(request, call) {
      allow(call, 'AssignToCohort');
      const context = changeContext(call, deps.now());
      const placed = await seats.place(async () => {
        const before = await current(request.enrolmentId, request.expectedVersion);
        const view = await load.viewOf(request.cohortId);
        return { before, change: assignToCohort(before, view, context) };
      }, context);
      return answer(placed);
    },

    async transferTrainee(request, call) {
      allow(call, 'TransferTrainee');
      const context = changeContext(call, deps.now());
      const moved = await seats.place(async () => {
        const before = await current(request.enrolmentId, request.expectedVersion);
        // A pooled trainee has no cohort to leave (AssignToCohort places them); others have one.
        assertCanApply(before.status, 'transfer');
        const from = await load.viewOf(before.cohortId);
        const to = await load.viewOf(request.toCohortId);
        const change = transferTrainee(
          before,
          from,
          to,
          { reason: request.reason, waitlistIfFull: request.waitlistIfFull },
          context,
        );
        return { before, change };
      }, context);
      return answer(moved);
    },

    async dropTrainee(request, call) {
      allow(call, 'DropTrainee');
      const context = changeContext(call, deps.now());
      const dropped = await seats.place(async () => {
        const before = await current(request.enrolmentId, request.expectedVersion);
        const place = await load.placeOf(before.cohortId);
        return { before, change: dropTrainee(before, place, request.reason, context) };
      }, context);
      return answer(dropped);
    },
  } satisfies Partial<Handlers>;
}

import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type { PositionedEnrolment } from '../usecases/shared/loading.ts';
import { callerOf, pageOf, type HandlerDependencies } from './context.ts';
import { enrolmentMessage } from './mapping/answers.ts';
import { enrolmentStatusesOf } from './mapping/requests.ts';

type Handlers = HandlersOf<typeof CohortsService>;

const messageOf = (placed: PositionedEnrolment) =>
  enrolmentMessage(placed.enrolment, placed.waitlistPosition);

const answer = (placed: PositionedEnrolment | undefined) => ({
  enrolment: placed && messageOf(placed),
});

/**
 * Enrolments: read by the people concerned; placed, moved and dropped by the programme office
 * through the placement use case the nominations consumer uses too.
 */
export function enrolmentHandlers({ app, now }: HandlerDependencies) {
  return {
    async getEnrolment(request, call) {
      return answer(await app.getEnrolment(callerOf(call, now()), request.enrolmentId));
    },

    async listEnrolments(request, call) {
      const page = await app.listEnrolments(
        callerOf(call, now()),
        {
          cohortId: request.cohortId,
          organisationCode: request.organisation?.code ?? '',
          statuses: enrolmentStatusesOf(request.statuses),
          text: request.query,
          onlyMine: request.onlyMine,
        },
        pageOf(request.page),
      );
      return { enrolments: page.items.map(messageOf), page: { nextCursor: page.nextCursor } };
    },

    async assignToCohort(request, call) {
      const { enrolmentId, expectedVersion, cohortId } = request;
      return answer(
        await app.placeTrainee(callerOf(call, now()), {
          kind: 'assign',
          enrolmentId,
          expectedVersion,
          cohortId,
        }),
      );
    },

    async transferTrainee(request, call) {
      const { enrolmentId, expectedVersion, toCohortId, reason, waitlistIfFull } = request;
      return answer(
        await app.placeTrainee(callerOf(call, now()), {
          kind: 'transfer',
          enrolmentId,
          expectedVersion,
          toCohortId,
          reason,
          waitlistIfFull,
        }),
      );
    },

    async dropTrainee(request, call) {
      const { enrolmentId, expectedVersion, reason } = request;
      return answer(
        await app.placeTrainee(callerOf(call, now()), {
          kind: 'drop',
          enrolmentId,
          expectedVersion,
          reason,
        }),
      );
    },
  } satisfies Partial<Handlers>;
}

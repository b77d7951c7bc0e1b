import type { HandlersOf } from '@expertnet/platform';
import type { CoordinationService } from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import { callerOf, pageOf, type HandlerDependencies } from './context.ts';
import { requestMessage } from './mapping/answers.ts';
import { priorities, requestStatuses, triageActions } from './mapping/enums.ts';
import { detailsOf } from './mapping/requests.ts';

type Handlers = HandlersOf<typeof CoordinationService>;

/** Support requests: drafting, submission, triage, withdrawal, completion, lists. */
export function requestHandlers({ app, now }: HandlerDependencies) {
  const answer = async (id: string, call: Parameters<Handlers['getSupportRequest']>[1]) => {
    const { request, dispatches } = await app.getSupportRequest(callerOf(call, now()), id);
    return { supportRequest: requestMessage(request, dispatches) };
  };
  return {
    async createSupportRequest(request, call) {
      const created = await app.createSupportRequest(callerOf(call, now()), {
        requestId: request.requestId,
        organisationCode: request.requestingOrganisation?.code ?? '',
        details: detailsOf(request.details),
      });
      return { supportRequest: requestMessage(created) };
    },
    async updateSupportRequest(request, call) {
      const updated = await app.updateSupportRequest(callerOf(call, now()), {
        id: request.supportRequestId,
        expectedVersion: request.expectedVersion,
        details: detailsOf(request.details),
      });
      return { supportRequest: requestMessage(updated) };
    },
    async submitSupportRequest(request, call) {
      const submitted = await app.submitSupportRequest(callerOf(call, now()), {
        id: request.supportRequestId,
        expectedVersion: request.expectedVersion,
      });
      return { supportRequest: requestMessage(submitted) };
    },
    async cancelSupportRequest(request, call) {
      await app.cancelSupportRequest(callerOf(call, now()), {
        id: request.supportRequestId,
        expectedVersion: request.expectedVersion,
        reason: request.reason,
      });
      return answer(request.supportRequestId, call);
    },
    getSupportRequest: (request, call) => answer(request.supportRequestId, call),
    async listSupportRequests(request, call) {
      const page = await app.listSupportRequests(callerOf(call, now()), {
        organisationCodes: request.requestingOrganisations.map((organisation) => organisation.code),
        statuses: request.statuses.map((status, index) =>
          requestStatuses.decode(status, `statuses[${String(index)}]`),
        ),
        provinceCodes: request.provinces.map((province) => province.code),
        skillCode: request.skillCode,
        query: request.query,
        page: pageOf(request.page),
      });
      return {
        supportRequests: page.items.map((item) => requestMessage(item)),
        page: { nextCursor: page.nextCursor },
      };
    },
    async triageSupportRequest(request, call) {
      const triaged = await app.triageSupportRequest(callerOf(call, now()), {
        id: request.supportRequestId,
        expectedVersion: request.expectedVersion,
        action: triageActions.decode(request.action, 'action'),
        reason: request.reason,
        priority: priorities.decodeOptional(request.priority, 'priority'),
        mergeIntoRequestId: request.mergeIntoRequestId,
      });
      return { supportRequest: requestMessage(triaged) };
    },
    // The contract's first triage, accept or decline; TriageSupportRequest has every action.
    async reviewSupportRequest(request, call) {
      const triaged = await app.triageSupportRequest(callerOf(call, now()), {
        id: request.supportRequestId,
        expectedVersion: request.expectedVersion,
        action: request.accept ? 'accept' : 'reject',
        reason: request.reason,
        priority: undefined,
        mergeIntoRequestId: '',
      });
      return { supportRequest: requestMessage(triaged) };
    },
    async completeSupportRequest(request, call) {
      const completed = await app.completeSupportRequest(callerOf(call, now()), {
        id: request.supportRequestId,
        expectedVersion: request.expectedVersion,
        outcomeSummary: request.outcomeSummary,
      });
      return { supportRequest: requestMessage(completed) };
    },
    async getServiceLevels(_request, call) {
      const { levels, version } = await app.getServiceLevels(callerOf(call, now()));
      return { levels, version };
    },
    async setServiceLevels(request, call) {
      const { levels, version } = await app.setServiceLevels(callerOf(call, now()), {
        levels: {
          triageWorkingDays: request.levels?.triageWorkingDays ?? 0,
          firstOfferWorkingDays: request.levels?.firstOfferWorkingDays ?? 0,
        },
        expectedVersion: request.expectedVersion,
      });
      return { levels, version };
    },
  } satisfies Partial<Handlers>;
}

import type { HandlersOf } from '@expertnet/platform';
import type { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { NominationsApp } from '../app.ts';
import type { Nomination } from '../domain/index.ts';
import { callerFor, knownOrganisation, pageOf } from './context.ts';
import { documentKinds, nominationOrders, nominationStatuses } from './mapping/enums.ts';
import { candidateOf, officerOf, present } from './mapping/common.ts';
import { nominationMessage, revisionMessage } from './mapping/nominations.ts';

type Handlers = HandlersOf<typeof NominationsService>;

/** Nominations from draft to submission, withdrawal and replacement, and reading them. */
export function nominationHandlers(usecases: NominationsApp) {
  return {
    async createNomination(request, call) {
      const organisationCode = knownOrganisation(request.organisation?.code ?? '');
      const caller = callerFor(call, 'CreateNomination', organisationCode);
      const nomination = await usecases.createNomination(caller, {
        requestId: request.requestId,
        roundId: request.roundId,
        organisationCode,
        candidate: candidateOf(present(request.candidate, 'candidate')),
        nationalId: request.nationalId,
        officer: officerOf(present(request.officer, 'officer')),
      });
      return { nomination: nominationMessage(nomination, call.principal) };
    },

    async updateNomination(request, call) {
      const caller = callerFor(call, 'UpdateNomination');
      const nomination = await usecases.updateNomination(caller, {
        nominationId: request.nominationId,
        expectedVersion: request.expectedVersion,
        candidate: candidateOf(present(request.candidate, 'candidate')),
        officer: officerOf(present(request.officer, 'officer')),
        nationalId: request.nationalId,
      });
      return { nomination: nominationMessage(nomination, call.principal) };
    },

    async addDocument(request, call) {
      const caller = callerFor(call, 'AddDocument');
      const nomination = await usecases.addDocument(caller, {
        nominationId: request.nominationId,
        expectedVersion: request.expectedVersion,
        kind: documentKinds.decode(request.kind, 'kind'),
        fileName: request.fileName,
        contentType: request.contentType,
        sizeBytes: Number(request.sizeBytes),
        sha256: request.sha256,
        storageKey: request.storageKey,
      });
      return { nomination: nominationMessage(nomination, call.principal) };
    },

    async uploadDocument(request, call) {
      const caller = callerFor(call, 'UploadDocument');
      const nomination = await usecases.uploadDocument(caller, {
        nominationId: request.nominationId,
        expectedVersion: request.expectedVersion,
        kind: documentKinds.decode(request.kind, 'kind'),
        fileName: request.fileName,
        contentType: request.contentType,
        content: request.content,
      });
      return { nomination: nominationMessage(nomination, call.principal) };
    },

    async getDocumentContent(request, call) {
      const caller = callerFor(call, 'GetDocumentContent');
      const { nominationId, documentId } = request;
      return usecases.getDocumentContent(caller, { nominationId, documentId });
    },

    async removeDocument(request, call) {
      const caller = callerFor(call, 'RemoveDocument');
      const { nominationId, expectedVersion, documentId } = request;
      const nomination = await usecases.removeDocument(caller, {
        nominationId,
        expectedVersion,
        documentId,
      });
      return { nomination: nominationMessage(nomination, call.principal) };
    },

    async submitNomination(request, call) {
      const caller = callerFor(call, 'SubmitNomination');
      const { nominationId, expectedVersion } = request;
      const nomination = await usecases.submitNomination(caller, { nominationId, expectedVersion });
      return { nomination: nominationMessage(nomination, call.principal) };
    },

    async withdrawNomination(request, call) {
      const caller = callerFor(call, 'WithdrawNomination');
      const { nominationId, expectedVersion, reason } = request;
      const nomination = await usecases.withdrawNomination(caller, {
        nominationId,
        expectedVersion,
        reason,
      });
      return { nomination: nominationMessage(nomination, call.principal) };
    },

    async replaceNominee(request, call) {
      const caller = callerFor(call, 'ReplaceNominee');
      const { replaced, replacement } = await usecases.replaceNominee(caller, {
        nominationId: request.nominationId,
        expectedVersion: request.expectedVersion,
        candidate: candidateOf(present(request.candidate, 'candidate')),
        nationalId: request.nationalId,
        reason: request.reason,
      });
      return {
        replaced: nominationMessage(replaced, call.principal),
        replacement: nominationMessage(replacement, call.principal),
      };
    },

    async getNomination(request, call) {
      const caller = callerFor(call, 'GetNomination');
      const nomination = await usecases.getNomination(caller, {
        nominationId: request.nominationId,
      });
      return { nomination: nominationMessage(nomination, call.principal) };
    },

    async listNominations(request, call) {
      const caller = callerFor(call, 'ListNominations');
      const page = await usecases.listNominations(caller, {
        roundId: request.roundId === '' ? undefined : request.roundId,
        organisationCodes: request.organisations.map((ref) => ref.code),
        statuses: request.statuses.map((status, index) =>
          nominationStatuses.decode(status, `statuses[${index}]`),
        ),
        text: request.query,
        onlyFlagged: request.onlyFlaggedDuplicates,
        order: nominationOrders.decodeOptional(request.order, 'order') ?? 'updated-desc',
        page: pageOf(request.page),
      });
      return {
        nominations: page.items.map((item: Nomination) => nominationMessage(item, call.principal)),
        page: { nextCursor: page.nextCursor },
      };
    },

    async listNominationRevisions(request, call) {
      const caller = callerFor(call, 'ListNominationRevisions');
      const { nomination, revisions } = await usecases.listNominationRevisions(caller, {
        nominationId: request.nominationId,
      });
      return {
        revisions: revisions.map((revision) =>
          revisionMessage(revision, nomination, call.principal),
        ),
        page: { nextCursor: '' },
      };
    },
  } satisfies Partial<Handlers>;
}

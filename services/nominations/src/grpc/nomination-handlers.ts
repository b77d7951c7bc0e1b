import {
  DomainError,
  enumName,
  nameBasedUuid,
  type CallContext,
  type HandlersOf,
} from '@expertnet/platform';
import type { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import {
  addDocument,
  computeQuotaLedger,
  createNomination,
  holdsQuotaSlot,
  removeDocument,
  replaceNominee,
  submitNomination,
  updateNomination,
  withdrawNomination,
  type DocumentKind,
  type Nomination,
  type NominationStatus,
  type Operation,
} from '../domain/index.ts';
import {
  allow,
  changeContext,
  envelopes,
  hashOf,
  knownOrganisation,
  required,
  resolveOrganisation,
  type Dependencies,
} from './context.ts';
import type { Order } from '../persistence/nominations-store.ts';
import { flagIfDuplicate } from './duplicates.ts';
import { saveChange } from './saving.ts';
import { statusesOf } from './enums.ts';
import { candidateOf, nominationMessage, officerOf, revisionMessage } from './mapping.ts';
import {
  DocumentKindSchema,
  NominationOrder,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';

type Handlers = HandlersOf<typeof NominationsService>;

const ORDERS: Record<NominationOrder, Order> = {
  [NominationOrder.UNSPECIFIED]: 'updated-desc',
  [NominationOrder.UPDATED_DESC]: 'updated-desc',
  [NominationOrder.NAME]: 'name',
  [NominationOrder.SCORE_DESC]: 'score-desc',
};

/** Nominations from draft to submission, withdrawal and replacement, and reading them. */
export function nominationHandlers(deps: Dependencies) {
  const { rounds, nominations } = deps;

  /** Loads a nomination the caller may act on with `operation` (own organisation or all). */
  async function loadFor(call: CallContext, operation: Operation, id: string) {
    const nomination = required(await nominations.get(id), `nomination ${id}`);
    allow(call, operation, nomination.organisationCode);
    return nomination;
  }

  const loadRound = async (id: string) => required(await rounds.get(id), `round ${id}`);

  /**
   * The organisation's ledger entry as a submission needs it: its quota (those of merged
   * predecessors added). Whether a slot is left is settled by claiming one, not by counting, so
   * the domain sees the full ceiling and refuses only an organisation without a quota.
   */
  async function slotsOf(roundId: string, organisationCode: string) {
    const round = await loadRound(roundId);
    const owner = resolveOrganisation(organisationCode);
    const quotas = round.quotas.filter(
      (quota) => resolveOrganisation(quota.organisationCode) === owner,
    );
    const [quota] = computeQuotaLedger(quotas, [], resolveOrganisation);
    const ledger = quota ? [{ ...quota, remaining: quota.ceiling }] : [];
    return { round, owner, ceiling: quota?.ceiling ?? 0, ledger };
  }

  return {
    async createNomination(request, call) {
      const organisationCode = knownOrganisation(request.organisation?.code ?? '');
      allow(call, 'CreateNomination', organisationCode);
      const round = await loadRound(request.roundId);
      const context = changeContext(call, deps.now());
      const change = createNomination(
        round,
        {
          id: request.requestId,
          organisationCode,
          candidate: candidateOf(required(request.candidate, 'candidate')),
          nationalIdHash: hashOf(deps, request.nationalId),
          officer: officerOf(required(request.officer, 'officer')),
        },
        context,
      );
      // The client's request id is the nomination's id: a retried create finds the first one.
      if (!(await nominations.insert(change, []))) {
        const existing = await loadFor(call, 'GetNomination', request.requestId);
        if (existing.createdBy !== call.principal.subject) {
          throw new DomainError(
            'already-exists',
            'REQUEST_ID_REUSED',
            'request_id was used for another nomination',
          );
        }
        return { nomination: nominationMessage(existing, call.principal) };
      }
      await flagIfDuplicate(deps, change.nomination, context);
      return { nomination: nominationMessage(change.nomination, call.principal) };
    },

    async updateNomination(request, call) {
      const nomination = await loadFor(call, 'UpdateNomination', request.nominationId);
      const round = await loadRound(nomination.roundId);
      const context = changeContext(call, deps.now());
      const change = updateNomination(
        round,
        nomination,
        {
          candidate: candidateOf(required(request.candidate, 'candidate')),
          officer: officerOf(required(request.officer, 'officer')),
          nationalIdHash: request.nationalId === '' ? undefined : hashOf(deps, request.nationalId),
        },
        context,
      );
      const answer = await saveChange(deps, call, nomination, change, request.expectedVersion);
      await flagIfDuplicate(deps, change.nomination, context);
      return answer;
    },

    async addDocument(request, call) {
      const nomination = await loadFor(call, 'AddDocument', request.nominationId);
      const change = addDocument(
        nomination,
        {
          id: deps.newId(),
          kind: enumName(DocumentKindSchema, request.kind) as DocumentKind,
          fileName: request.fileName,
          contentType: request.contentType,
          sizeBytes: Number(request.sizeBytes),
          sha256: request.sha256,
          storageKey: request.storageKey,
        },
        changeContext(call, deps.now()),
      );
      return saveChange(deps, call, nomination, change, request.expectedVersion);
    },

    async removeDocument(request, call) {
      const nomination = await loadFor(call, 'RemoveDocument', request.nominationId);
      const change = removeDocument(
        nomination,
        request.documentId,
        changeContext(call, deps.now()),
      );
      return saveChange(deps, call, nomination, change, request.expectedVersion);
    },

    async submitNomination(request, call) {
      const nomination = await loadFor(call, 'SubmitNomination', request.nominationId);
      const { round, owner, ceiling, ledger } = await slotsOf(
        nomination.roundId,
        nomination.organisationCode,
      );
      const change = submitNomination(round, nomination, ledger, changeContext(call, deps.now()));
      // One conditional update takes the slot or finds none left, even with submissions racing.
      if (!(await deps.slots.claim(round.id, owner, nomination.id, ceiling))) {
        throw new DomainError(
          'failed-precondition',
          'QUOTA_EXCEEDED',
          `organisation ${owner} has reached its ceiling of ${String(ceiling)}`,
        );
      }
      try {
        return await saveChange(deps, call, nomination, change, request.expectedVersion, {
          slotTaken: true,
        });
      } catch (error) {
        if (!holdsQuotaSlot(nomination.status))
          await deps.slots.release(round.id, owner, nomination.id);
        throw error;
      }
    },

    async withdrawNomination(request, call) {
      const nomination = await loadFor(call, 'WithdrawNomination', request.nominationId);
      const change = withdrawNomination(
        nomination,
        request.reason,
        changeContext(call, deps.now()),
      );
      return saveChange(deps, call, nomination, change, request.expectedVersion);
    },

    async replaceNominee(request, call) {
      const nomination = await loadFor(call, 'ReplaceNominee', request.nominationId);
      const round = await loadRound(nomination.roundId);
      const context = changeContext(call, deps.now());
      const { replaced, replacement } = replaceNominee(
        round,
        nomination,
        {
          // Derived from the old nomination and its version: a retry after a crash between the
          // two writes finds the replacement already stored instead of making a second one.
          newId: replacementId(nomination),
          candidate: candidateOf(required(request.candidate, 'candidate')),
          nationalIdHash: hashOf(deps, request.nationalId),
          reason: request.reason,
        },
        context,
      );
      // The replacement takes the slot of the one it replaces, whatever the ceiling says.
      await nominations.insert(replacement, envelopes(replacement.events, context));
      await deps.slots.claim(
        round.id,
        resolveOrganisation(nomination.organisationCode),
        replacement.nomination.id,
      );
      await saveChange(deps, call, nomination, replaced, request.expectedVersion);
      deps.eventsWritten({ collection: 'nominations', id: replacement.nomination.id });
      await flagIfDuplicate(deps, replacement.nomination, context);
      return {
        replaced: nominationMessage(replaced.nomination, call.principal),
        replacement: nominationMessage(replacement.nomination, call.principal),
      };
    },

    async getNomination(request, call) {
      const nomination = await loadFor(call, 'GetNomination', request.nominationId);
      return { nomination: nominationMessage(nomination, call.principal) };
    },

    async listNominations(request, call) {
      const grant = allow(call, 'ListNominations');
      const asked = request.organisations.map((ref) => ref.code);
      const page = await nominations.list(
        {
          roundId: request.roundId === '' ? undefined : request.roundId,
          organisationCodes: grant.reach === 'own' ? [grant.organisationCode] : asked,
          statuses: statusesOf<NominationStatus>(request.statuses, 'nomination'),
          text: request.query,
          onlyFlagged: request.onlyFlaggedDuplicates,
          order: ORDERS[request.order] ?? 'updated-desc',
        },
        { pageSize: request.page?.pageSize ?? 0, cursor: request.page?.cursor ?? '' },
      );
      return {
        nominations: page.items.map((item: Nomination) => nominationMessage(item, call.principal)),
        page: { nextCursor: page.nextCursor },
      };
    },

    async listNominationRevisions(request, call) {
      const nomination = await loadFor(call, 'ListNominationRevisions', request.nominationId);
      const revisions = (await nominations.revisions(nomination.id)) ?? [];
      return {
        revisions: revisions.map((revision) =>
          revisionMessage(revision, nomination, call.principal),
        ),
        page: { nextCursor: '' },
      };
    },
  } satisfies Partial<Handlers>;
}

/** Namespace of replacement ids (a random UUID fixed once; changing it would change every id). */
const REPLACEMENT_ID_NAMESPACE = '4d3f0c8e-2b61-4f5a-9e07-8c1b6a2d9f34';

/** An id fixed by the replaced nomination and its version (see replaceNominee). */
const replacementId = (nomination: Nomination) =>
  nameBasedUuid(REPLACEMENT_ID_NAMESPACE, `${nomination.id}:${String(nomination.version)}`);

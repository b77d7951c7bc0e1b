import {
  DomainError,
  ensureIndexes,
  findPage,
  foldVietnamese,
  OUTBOX_INDEX,
  outboxOf,
  resolveOrganisation,
  scopeAdmits,
  scopeFilter,
  updateVersionedWithEvents,
  type IndexDeclaration,
  type OutboxWrite,
  type OrganisationScope,
  type PageQuery,
  type WithOutbox,
} from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { MongoServerError, type Db, type Filter } from 'mongodb';
import type {
  DuplicateMatch,
  LedgerNomination,
  Nomination,
  NominationChange,
  NominationRevision,
  NominationStatus,
} from '../domain/index.ts';

/**
 * A nomination with its revisions and outbox in one document, so a change, its revision and its
 * events are written by one single-document update: all or nothing, no transaction needed.
 */
export interface NominationDocument extends Omit<Nomination, 'id'>, WithOutbox {
  _id: string;
  revisions: NominationRevision[];
  /** Sort and search keys, kept in step with the nomination by every write. */
  updatedAtMs: number;
  nameKey: string;
  searchKey: string;
}

export const NOMINATION_INDEXES: readonly IndexDeclaration[] = [
  OUTBOX_INDEX,
  {
    name: 'round_org_status',
    key: { roundId: 1, effectiveOrganisationCode: 1, status: 1 },
    serves: "an organisation's nominations in a round (quota ledger, ceiling check, lists)",
  },
  {
    name: 'national_id_hash',
    key: { nationalIdHash: 1 },
    serves: 'the same person nominated elsewhere (duplicate detection, import updates)',
  },
  {
    name: 'round_updated',
    key: { roundId: 1, updatedAtMs: -1, _id: -1 },
    serves: 'lists of a round, newest change first',
  },
];

export type Order = 'updated-desc' | 'name' | 'score-desc';

export interface NominationQuery {
  readonly roundId?: string | undefined;
  /**
   * Organisations asked for, within the scope (which alone decides what may be reached); matches
   * the organisation as nominated or its current successor. Empty: every organisation in scope.
   */
  readonly organisationCodes: readonly string[];
  readonly statuses: readonly NominationStatus[];
  readonly text: string;
  readonly onlyFlagged: boolean;
  readonly order: Order;
}

const SORT: Record<Order, { field: string; descending: boolean }> = {
  'updated-desc': { field: 'updatedAtMs', descending: true },
  name: { field: 'nameKey', descending: false },
  'score-desc': { field: 'averageScore', descending: true },
};

const DUPLICATE_KEY = 11000;

/** A nomination belongs to the organisation it was nominated for and to its successors. */
const OWNER_FIELDS = ['organisationCode', 'effectiveOrganisationCode'] as const;
const inScope = (scope: OrganisationScope) => scopeFilter(scope, OWNER_FIELDS);

/** What get() answers for a nomination that exists but lies outside the caller's scope. */
export const OUT_OF_SCOPE = 'out-of-scope';

/** A refused write: the caller's scope does not reach the nomination's organisation. */
const outOfScopeWrite = (id: string) =>
  new DomainError('permission-denied', 'ORG_SCOPE_VIOLATION', `nomination ${id} is out of scope`);

function toDocument(nomination: Nomination) {
  const { id, ...rest } = nomination;
  return {
    _id: id,
    ...rest,
    updatedAtMs: nomination.updatedAt.getTime(),
    // Vietnamese names sort by given name (the last word), then the rest.
    nameKey: nameSortKey(nomination.candidate.fullName),
    searchKey: foldVietnamese(`${nomination.candidate.fullName} ${nomination.candidate.email}`),
  };
}

const nameSortKey = (fullName: string) => {
  const words = foldVietnamese(fullName).trim().split(/\s+/);
  return [words.at(-1) ?? '', ...words.slice(0, -1)].join(' ');
};

const toNomination = (document: NominationDocument): Nomination => {
  const {
    _id,
    revisions: _r,
    outbox: _o,
    outboxPending: _p,
    updatedAtMs: _u,
    nameKey: _n,
    searchKey: _s,
    ...rest
  } = document;
  return { id: _id, ...rest };
};

/**
 * The only code that touches `nominations`. Every method takes the caller's organisation scope and
 * stays inside it: reads find nothing beyond it, writes change nothing beyond it.
 */
export function nominationsRepository(db: Db) {
  const nominations = db.collection<NominationDocument>('nominations');
  return {
    ensureIndexes: () => ensureIndexes(nominations, NOMINATION_INDEXES),

    /** Stores a new nomination; false when one with this id exists (a retried create). */
    async insert(
      scope: OrganisationScope,
      change: NominationChange,
      events: readonly EventEnvelope[],
    ): Promise<boolean> {
      const { nomination } = change;
      if (!scopeAdmits(scope, nomination.organisationCode, resolveOrganisation)) {
        throw outOfScopeWrite(nomination.id);
      }
      try {
        await nominations.insertOne({
          ...toDocument(nomination),
          revisions: [change.revision],
          ...outboxOf(events),
        });
        return true;
      } catch (error) {
        if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return false;
        throw error;
      }
    },

    /**
     * The nomination, OUT_OF_SCOPE when it belongs to an organisation the scope does not reach
     * (nothing of it is returned), or undefined. One read: the owner is checked on the document,
     * so a refusal can say "another organisation's" rather than "does not exist", as it always has.
     */
    async get(
      scope: OrganisationScope,
      id: string,
    ): Promise<Nomination | typeof OUT_OF_SCOPE | undefined> {
      const document = await nominations.findOne({ _id: id }, { projection: { revisions: 0 } });
      if (document === null) return undefined;
      if (!scopeAdmits(scope, document.organisationCode, resolveOrganisation)) return OUT_OF_SCOPE;
      return toNomination(document);
    },

    /**
     * Saves a change with its revision and events, if nobody changed the nomination meanwhile;
     * returns what the relay needs to publish the events (undefined: there were none).
     */
    async save(
      scope: OrganisationScope,
      change: NominationChange,
      expectedVersion: number,
      events: readonly EventEnvelope[],
    ): Promise<OutboxWrite | undefined> {
      const { _id, version: _version, ...fields } = toDocument(change.nomination);
      return updateVersionedWithEvents(
        nominations,
        { _id, ...inScope(scope) },
        expectedVersion,
        { $set: fields, $push: { revisions: change.revision } },
        events,
        `nomination ${_id}`,
      );
    },

    async list(scope: OrganisationScope, query: NominationQuery, page: PageQuery) {
      const sort = SORT[query.order];
      const found = await findPage(nominations, filterOf(scope, query), sort.field, page, {
        descending: sort.descending,
      });
      return { items: found.items.map(toNomination), nextCursor: found.nextCursor };
    },

    /** Status and organisation of the round's nominations in scope, for the quota ledger. */
    async ledgerInputs(scope: OrganisationScope, roundId: string): Promise<LedgerNomination[]> {
      return nominations
        .find({ roundId, ...inScope(scope) }, { projection: { status: 1, organisationCode: 1 } })
        .map(({ status, organisationCode }) => ({ status, organisationCode }))
        .toArray();
    },

    /** Every nomination of this person (by national ID hash) in scope, in any round. */
    async sameHash(scope: OrganisationScope, nationalIdHash: string): Promise<DuplicateMatch[]> {
      return nominations
        .find({ nationalIdHash, ...inScope(scope) }, { projection: { revisions: 0, outbox: 0 } })
        .map((document) => {
          const { _id, roundId, organisationCode, candidate, status } = document;
          return {
            nominationId: _id,
            roundId,
            organisationCode,
            candidateName: candidate.fullName,
            status,
          };
        })
        .toArray();
    },

    /** The draft of this person in a round and organisation, which an import row updates. */
    async draftOf(
      scope: OrganisationScope,
      key: { roundId: string; organisationCode: string; nationalIdHash: string },
    ) {
      const document = await nominations.findOne(
        { ...key, status: 'draft', ...inScope(scope) },
        { projection: { revisions: 0 } },
      );
      return document === null ? undefined : toNomination(document);
    },

    async revisions(
      scope: OrganisationScope,
      id: string,
    ): Promise<NominationRevision[] | undefined> {
      const document = await nominations.findOne(
        { _id: id, ...inScope(scope) },
        { projection: { revisions: 1 } },
      );
      return document?.revisions;
    },

    async setDuplicateFlags(
      scope: OrganisationScope,
      id: string,
      flagIds: readonly string[],
    ): Promise<void> {
      await nominations.updateOne(
        { _id: id, ...inScope(scope) },
        { $set: { duplicateFlagIds: [...flagIds] } },
      );
    },
  };
}

/** The scope always applies; the organisations asked for narrow it further. */
function filterOf(scope: OrganisationScope, query: NominationQuery): Filter<NominationDocument> {
  const filter: Record<string, unknown> = {};
  if (query.roundId !== undefined) filter.roundId = query.roundId;
  const owners = [inScope(scope)];
  if (query.organisationCodes.length > 0) {
    const codes = [...query.organisationCodes];
    owners.push({
      $or: [{ organisationCode: { $in: codes } }, { effectiveOrganisationCode: { $in: codes } }],
    });
  }
  const bounds = owners.filter((owner) => Object.keys(owner).length > 0);
  if (bounds.length === 1) Object.assign(filter, bounds[0]);
  if (bounds.length > 1) filter.$and = bounds;
  if (query.statuses.length > 0) filter.status = { $in: [...query.statuses] };
  if (query.text.trim() !== '') {
    filter.searchKey = { $regex: escapeRegex(foldVietnamese(query.text.trim())) };
  }
  if (query.onlyFlagged) filter['duplicateFlagIds.0'] = { $exists: true };
  return filter;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type NominationsRepository = ReturnType<typeof nominationsRepository>;

import { appliedOnce, ensureIndexes } from '@expertnet/platform';
import type { Db, Document } from 'mongodb';
import type { FactKind, KpiFact } from '../domain/kpis.ts';

export const KPI_FACTS_COLLECTION = 'kpi_facts';

/**
 * Coordination's projection of the other services' entities for the programme KPIs: one document
 * per nomination, enrolment, mentorship and round quota, under `${kind}:${entityId}`, in its
 * latest status. Each write is one conditional upsert of that document: it applies an event once
 * (the document remembers the ids it applied) and only when newer than what the document holds
 * (the nomination's version, else the event's time), so a redelivery changes nothing and a later
 * status replaces an earlier one whatever order they come in.
 */
export interface KpiFactDocument extends KpiFact {
  _id: string;
  /** The source's version of the entity (nominations), or 0. */
  version: number;
  /** The time of the event last applied: the order of sources without a version. */
  at: Date;
  appliedEvents?: string[];
}

/** A change of one fact from one event. */
export interface FactChange {
  readonly eventId: string;
  readonly kind: FactKind;
  readonly entityId: string;
  /** The event's time: a change older than the one applied is ignored (unless versioned). */
  readonly at: Date;
  /** The source's version: when above 0, a change not newer than the one applied is ignored. */
  readonly version: number;
  /** What the change sets. */
  readonly set: Partial<Omit<KpiFact, 'kind'>>;
  /** What it sets only when the fact is new (e.g. when it started, when the start was not seen). */
  readonly setOnInsert?: Partial<Omit<KpiFact, 'kind'>>;
}

export const factIdOf = (kind: FactKind, entityId: string) => `${kind}:${entityId}`;

const duplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

export function kpiFactsRepository(db: Db) {
  const facts = db.collection<KpiFactDocument>(KPI_FACTS_COLLECTION);
  return {
    ensureIndexes: () =>
      ensureIndexes(facts, [
        {
          name: 'kind-organisation',
          key: { kind: 1, organisationCode: 1 },
          serves: "the KPIs' facts of a kind, by organisation",
        },
      ]),

    async apply(change: FactChange): Promise<void> {
      const once = appliedOnce(change.eventId);
      const newer: Document =
        change.version > 0 ? { version: { $lt: change.version } } : { at: { $lte: change.at } };
      await facts
        .updateOne(
          { _id: factIdOf(change.kind, change.entityId), ...newer, ...once.filter },
          {
            $set: { ...change.set, kind: change.kind, at: change.at, version: change.version },
            ...(change.setOnInsert !== undefined && { $setOnInsert: change.setOnInsert }),
            $push: once.push,
          },
          { upsert: true },
        )
        .catch((error: unknown) => {
          // The upsert met the document (this event applied, or a newer change held): nothing to do.
          if (!duplicateKey(error)) throw error;
        });
    },

    /** The facts of the organisations (every organisation when none is named). */
    async find(organisationCodes: readonly string[]): Promise<KpiFact[]> {
      const found = await facts
        .find(
          organisationCodes.length === 0
            ? {}
            : { organisationCode: { $in: [...organisationCodes] } },
          {
            projection: {
              kind: 1,
              organisationCode: 1,
              status: 1,
              value: 1,
              startedAt: 1,
              reachedAt: 1,
            },
          },
        )
        .toArray();
      return found.map((fact) => ({
        kind: fact.kind,
        organisationCode: fact.organisationCode,
        status: fact.status,
        value: fact.value,
        startedAt: fact.startedAt,
        reachedAt: fact.reachedAt,
      }));
    },
  };
}

export type KpiFactsRepository = ReturnType<typeof kpiFactsRepository>;

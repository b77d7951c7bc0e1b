import { DomainError, type HandlersOf } from '@expertnet/platform';
import type { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import {
  canSeeRound,
  closeRound,
  computeQuotaLedger,
  createRound,
  effectiveRoundStatus,
  ledgerTotals,
  openRound,
  setQuotas,
  updateRound,
  type Round,
  type RoundStatus,
} from '../domain/index.ts';
import {
  allow,
  changeContext,
  envelopes,
  knownOrganisation,
  required,
  resolveOrganisation,
  type Dependencies,
} from './context.ts';
import { ledgerEntryMessage, roundMessage, roundSettingsOf } from './mapping.ts';
import { statusesOf } from './enums.ts';

type Handlers = HandlersOf<typeof NominationsService>;

/** Rounds and their quotas: run by the programme office, read by everyone signed in. */
export function roundHandlers(deps: Dependencies) {
  const { rounds, nominations } = deps;
  /** The round as the caller sees it: status as of now; drafts only for the office. */
  const shown = (round: Round) =>
    roundMessage({ ...round, status: effectiveRoundStatus(round, deps.now()) });

  async function loadRound(id: string) {
    return required(await rounds.get(id), `round ${id}`);
  }

  async function ledgerOf(roundId: string, quotas: Parameters<typeof computeQuotaLedger>[0]) {
    return computeQuotaLedger(quotas, await nominations.ledgerInputs(roundId), resolveOrganisation);
  }

  return {
    async createRound(request, call) {
      allow(call, 'CreateRound');
      const round = createRound(
        deps.newId(),
        roundSettingsOf(required(request.settings, 'settings')),
        deps.now(),
      );
      await rounds.insert(round);
      return { round: shown(round) };
    },

    async updateRound(request, call) {
      allow(call, 'UpdateRound');
      const round = await loadRound(request.roundId);
      const updated = updateRound(
        round,
        roundSettingsOf(required(request.settings, 'settings')),
        deps.now(),
      );
      await rounds.save(updated, request.expectedVersion, {}, []);
      return { round: shown(updated) };
    },

    async openRound(request, call) {
      allow(call, 'OpenRound');
      const round = await loadRound(request.roundId);
      const context = changeContext(call, deps.now());
      const change = openRound(round, round.quotas, context.now);
      await rounds.save(
        change.round,
        request.expectedVersion,
        {},
        envelopes(change.events, context),
      );
      deps.eventsWritten({ collection: 'rounds', id: round.id });
      return { round: shown(change.round) };
    },

    async closeRound(request, call) {
      allow(call, 'CloseRound');
      const round = await loadRound(request.roundId);
      const context = changeContext(call, deps.now());
      const ledger = await ledgerOf(round.id, round.quotas);
      const change = closeRound(round, { reason: request.reason, ledger }, context.now);
      await rounds.save(
        change.round,
        request.expectedVersion,
        {},
        envelopes(change.events, context),
      );
      deps.eventsWritten({ collection: 'rounds', id: round.id });
      return { round: shown(change.round) };
    },

    async getRound(request, call) {
      allow(call, 'GetRound');
      const round = await loadRound(request.roundId);
      if (!canSeeRound(call.principal, effectiveRoundStatus(round, deps.now()))) {
        // A draft is invisible to those who may not see it, rather than forbidden.
        throw new DomainError('not-found', 'NOT_FOUND', `round ${request.roundId} does not exist`);
      }
      return { round: shown(round) };
    },

    async listRounds(request, call) {
      allow(call, 'ListRounds');
      const wanted = statusesOf<RoundStatus>(request.statuses, 'round');
      const page = await rounds.list([], { pageSize: 200, cursor: request.page?.cursor ?? '' });
      const now = deps.now();
      // Effective status follows the clock, so it is filtered here rather than in the query.
      const visible = page.items.filter((round) => {
        const status = effectiveRoundStatus(round, now);
        return (
          canSeeRound(call.principal, status) && (wanted.length === 0 || wanted.includes(status))
        );
      });
      return { rounds: visible.map(shown), page: { nextCursor: page.nextCursor } };
    },

    async setQuotas(request, call) {
      allow(call, 'SetQuotas');
      const round = await loadRound(request.roundId);
      const incoming = request.quotas.map((quota, index) => ({
        organisationCode: knownOrganisation(
          quota.organisation?.code ?? '',
          `quotas[${index}].organisation.code`,
        ),
        floor: quota.floor,
        ceiling: quota.ceiling,
      }));
      const now = deps.now();
      const quotas = setQuotas(round, round.quotas, incoming, {
        replaceAll: request.replaceAll,
        resolve: resolveOrganisation,
        now,
      });
      const saved = { ...round, version: round.version + 1, updatedAt: now };
      await rounds.save(saved, round.version, { quotas }, []);
      const ledger = await ledgerOf(round.id, quotas);
      return { entries: ledger.map(ledgerEntryMessage) };
    },

    async getQuotaLedger(request, call) {
      const grant = allow(call, 'GetQuotaLedger');
      const round = await loadRound(request.roundId);
      const ledger = await ledgerOf(round.id, round.quotas);
      const asked = new Set(request.organisations.map((ref) => resolveOrganisation(ref.code)));
      const entries = ledger.filter(
        (entry) =>
          (grant.reach === 'all' || entry.organisationCode === grant.organisationCode) &&
          (asked.size === 0 || asked.has(entry.organisationCode)) &&
          (!request.onlyBelowFloor || entry.shortfall > 0),
      );
      return {
        entries: entries.map(ledgerEntryMessage),
        totals: ledgerEntryMessage(ledgerTotals(entries)),
        page: { nextCursor: '' },
      };
    },
  } satisfies Partial<Handlers>;
}

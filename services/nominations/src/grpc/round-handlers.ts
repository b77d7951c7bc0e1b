import type { HandlersOf } from '@expertnet/platform';
import type { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { NominationsApp } from '../app.ts';
import { allow, callerFor, knownOrganisation } from './context.ts';
import { roundStatuses } from './mapping/enums.ts';
import { ledgerEntryMessage, present, roundMessage, roundSettingsOf } from './mapping/common.ts';

type Handlers = HandlersOf<typeof NominationsService>;

/** Rounds and their quotas: run by the programme office, read by everyone signed in. */
export function roundHandlers(usecases: NominationsApp) {
  return {
    async createRound(request, call) {
      allow(call, 'CreateRound');
      const settings = roundSettingsOf(present(request.settings, 'settings'));
      return { round: roundMessage(await usecases.createRound(settings)) };
    },

    async updateRound(request, call) {
      allow(call, 'UpdateRound');
      const round = await usecases.updateRound({
        roundId: request.roundId,
        expectedVersion: request.expectedVersion,
        settings: roundSettingsOf(present(request.settings, 'settings')),
      });
      return { round: roundMessage(round) };
    },

    async openRound(request, call) {
      const caller = callerFor(call, 'OpenRound');
      const { roundId, expectedVersion } = request;
      return {
        round: roundMessage(await usecases.openRound(caller, { roundId, expectedVersion })),
      };
    },

    async closeRound(request, call) {
      const caller = callerFor(call, 'CloseRound');
      const { roundId, expectedVersion, reason } = request;
      const round = await usecases.closeRound(caller, { roundId, expectedVersion, reason });
      return { round: roundMessage(round) };
    },

    async getRound(request, call) {
      const caller = callerFor(call, 'GetRound');
      return { round: roundMessage(await usecases.getRound(caller, { roundId: request.roundId })) };
    },

    async listRounds(request, call) {
      const caller = callerFor(call, 'ListRounds');
      const page = await usecases.listRounds(caller, {
        statuses: request.statuses.map((status, index) =>
          roundStatuses.decode(status, `statuses[${index}]`),
        ),
        cursor: request.page?.cursor ?? '',
      });
      return { rounds: page.items.map(roundMessage), page: { nextCursor: page.nextCursor } };
    },

    async setQuotas(request, call) {
      const caller = callerFor(call, 'SetQuotas');
      const quotas = request.quotas.map((quota, index) => ({
        organisationCode: knownOrganisation(
          quota.organisation?.code ?? '',
          `quotas[${index}].organisation.code`,
        ),
        floor: quota.floor,
        ceiling: quota.ceiling,
      }));
      const ledger = await usecases.setQuotas(caller, {
        roundId: request.roundId,
        quotas,
        replaceAll: request.replaceAll,
      });
      return { entries: ledger.map(ledgerEntryMessage) };
    },

    async getQuotaLedger(request, call) {
      const caller = callerFor(call, 'GetQuotaLedger');
      const { entries, totals } = await usecases.getQuotaLedger(caller, {
        roundId: request.roundId,
        organisationCodes: request.organisations.map((ref) => ref.code),
        onlyBelowFloor: request.onlyBelowFloor,
      });
      return {
        entries: entries.map(ledgerEntryMessage),
        totals: ledgerEntryMessage(totals),
        page: { nextCursor: '' },
      };
    },
  } satisfies Partial<Handlers>;
}

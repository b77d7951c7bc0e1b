import type { OutboxWrite } from '@expertnet/platform';
import type { Db } from 'mongodb';
import { importReportCodec } from './grpc/mapping/imports.ts';
import { documentContentsRepository } from './repositories/document-contents.repository.ts';
import { duplicateFlagsRepository } from './repositories/duplicate-flags.repository.ts';
import { importsRepository } from './repositories/imports.repository.ts';
import { nominationsRepository } from './repositories/nominations.repository.ts';
import { quotaSlotsRepository } from './repositories/quota-slots.repository.ts';
import { roundsRepository } from './repositories/rounds.repository.ts';
import { addDocumentUseCase } from './usecases/add-document.ts';
import { closeRoundUseCase } from './usecases/close-round.ts';
import { createNominationUseCase } from './usecases/create-nomination.ts';
import { createRoundUseCase } from './usecases/create-round.ts';
import { decideNominationUseCase } from './usecases/decide-nomination.ts';
import type { UseCaseDependencies } from './usecases/shared/dependencies.ts';
import { getDocumentContentUseCase } from './usecases/get-document-content.ts';
import { getNominationUseCase } from './usecases/get-nomination.ts';
import { getOrganisationUseCase } from './usecases/get-organisation.ts';
import { getQuotaLedgerUseCase } from './usecases/get-quota-ledger.ts';
import { getRoundUseCase } from './usecases/get-round.ts';
import { importNominationsUseCase } from './usecases/import-nominations.ts';
import { listDuplicateFlagsUseCase } from './usecases/list-duplicate-flags.ts';
import { listNominationRevisionsUseCase } from './usecases/list-nomination-revisions.ts';
import { listNominationsUseCase } from './usecases/list-nominations.ts';
import { listOrganisationsUseCase } from './usecases/list-organisations.ts';
import { listRoundsUseCase } from './usecases/list-rounds.ts';
import { openRoundUseCase } from './usecases/open-round.ts';
import { removeDocumentUseCase } from './usecases/remove-document.ts';
import { replaceNomineeUseCase } from './usecases/replace-nominee.ts';
import { resolveDuplicateFlagUseCase } from './usecases/resolve-duplicate-flag.ts';
import { returnNominationUseCase } from './usecases/return-nomination.ts';
import { scoreNominationUseCase } from './usecases/score-nomination.ts';
import { setQuotasUseCase } from './usecases/set-quotas.ts';
import { submitNominationUseCase } from './usecases/submit-nomination.ts';
import { sweepDeadlinesUseCase } from './usecases/sweep-deadlines.ts';
import { updateNominationUseCase } from './usecases/update-nomination.ts';
import { updateRoundUseCase } from './usecases/update-round.ts';
import { uploadDocumentUseCase } from './usecases/upload-document.ts';
import { withdrawNominationUseCase } from './usecases/withdraw-nomination.ts';

/** The collections whose documents carry an outbox, which the relay publishes. */
export const OUTBOX_COLLECTIONS = ['rounds', 'nominations', 'duplicate_flags'] as const;

/** What the service is built from; tests pass a fixed clock and id source. */
export interface NominationsAppDependencies {
  readonly db: Db;
  /** The key of the national-ID hash (at least MIN_HASH_KEY_BYTES). */
  readonly nationalIdKey: Uint8Array;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Wakes the outbox relay after a write with events, naming the document written. */
  readonly eventsWritten: (written: OutboxWrite) => void;
}

/**
 * The nominations service without its transports: repositories on `db` (indexes ensured) and
 * every use case. It never listens; main.ts serves it over gRPC and runs the sweep, tests call it
 * directly.
 */
export async function createNominationsApp(deps: NominationsAppDependencies) {
  const repositories = {
    rounds: roundsRepository(deps.db),
    nominations: nominationsRepository(deps.db),
    flags: duplicateFlagsRepository(deps.db),
    imports: importsRepository(deps.db, importReportCodec),
    slots: quotaSlotsRepository(deps.db),
    contents: documentContentsRepository(deps.db),
  };
  const { rounds, nominations, flags } = repositories;
  // The indexes each repository declares (idempotent), before the first use case runs.
  await Promise.all([rounds, nominations, flags].map((each) => each.ensureIndexes()));
  const useCaseDeps: UseCaseDependencies = { ...repositories, ...deps };
  return {
    listOrganisations: listOrganisationsUseCase(),
    getOrganisation: getOrganisationUseCase(),
    createRound: createRoundUseCase(useCaseDeps),
    updateRound: updateRoundUseCase(useCaseDeps),
    openRound: openRoundUseCase(useCaseDeps),
    closeRound: closeRoundUseCase(useCaseDeps),
    getRound: getRoundUseCase(useCaseDeps),
    listRounds: listRoundsUseCase(useCaseDeps),
    setQuotas: setQuotasUseCase(useCaseDeps),
    getQuotaLedger: getQuotaLedgerUseCase(useCaseDeps),
    createNomination: createNominationUseCase(useCaseDeps),
    updateNomination: updateNominationUseCase(useCaseDeps),
    addDocument: addDocumentUseCase(useCaseDeps),
    removeDocument: removeDocumentUseCase(useCaseDeps),
    uploadDocument: uploadDocumentUseCase(useCaseDeps),
    getDocumentContent: getDocumentContentUseCase(useCaseDeps),
    submitNomination: submitNominationUseCase(useCaseDeps),
    returnNomination: returnNominationUseCase(useCaseDeps),
    scoreNomination: scoreNominationUseCase(useCaseDeps),
    decideNomination: decideNominationUseCase(useCaseDeps),
    withdrawNomination: withdrawNominationUseCase(useCaseDeps),
    replaceNominee: replaceNomineeUseCase(useCaseDeps),
    getNomination: getNominationUseCase(useCaseDeps),
    listNominations: listNominationsUseCase(useCaseDeps),
    listNominationRevisions: listNominationRevisionsUseCase(useCaseDeps),
    importNominations: importNominationsUseCase(useCaseDeps),
    listDuplicateFlags: listDuplicateFlagsUseCase(useCaseDeps),
    resolveDuplicateFlag: resolveDuplicateFlagUseCase(useCaseDeps),
    sweepDeadlines: sweepDeadlinesUseCase(useCaseDeps),
  };
}

export type NominationsApp = Awaited<ReturnType<typeof createNominationsApp>>;

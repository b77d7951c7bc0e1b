import type { HandlersOf } from '@expertnet/platform';
import type { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { NominationsApp } from '../app.ts';
import { callerFor, knownOrganisation } from './context.ts';
import { importInputOf, importReportMessage } from './mapping/imports.ts';

type Handlers = HandlersOf<typeof NominationsService>;

/** Rows of an uploaded sheet, checked with the contract's Candidate rules and written as drafts. */
export function importHandlers(usecases: NominationsApp) {
  return {
    async importNominations(request, call) {
      const organisationCode = knownOrganisation(request.organisation?.code ?? '');
      const caller = callerFor(call, 'ImportNominations', organisationCode);
      const report = await usecases.importNominations(
        caller,
        importInputOf(request, organisationCode),
      );
      return importReportMessage(report);
    },
  } satisfies Partial<Handlers>;
}

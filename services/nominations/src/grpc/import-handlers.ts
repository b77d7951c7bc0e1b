import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import {
  DomainError,
  fieldViolations,
  type CallContext,
  type HandlersOf,
} from '@expertnet/platform';
import {
  CandidateSchema,
  ImportMode,
  ImportNominationsResponseSchema,
  ImportRowOutcome,
  type ImportNominationsRequest,
  type ImportProblem,
  type ImportRow,
  type NominationsService,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import {
  createNomination,
  updateNomination,
  type ChangeContext,
  type NominationChange,
} from '../domain/index.ts';
import { localized } from '../messages.ts';
import {
  allow,
  changeContext,
  hashOf,
  knownOrganisation,
  required,
  type Dependencies,
} from './context.ts';
import { flagIfDuplicate } from './duplicates.ts';
import { candidateOf, officerOf } from './mapping.ts';

type Handlers = HandlersOf<typeof NominationsService>;

interface CheckedRow {
  readonly row: ImportRow;
  readonly problems: ImportProblem[];
  readonly nationalIdHash?: string;
}

const problem = (field: string, code: string, message: { vi: string; en: string }) =>
  ({ field, code, message }) as ImportProblem;

/**
 * Rows of an uploaded sheet, checked with the contract's Candidate rules and written as drafts.
 * Safe to repeat: the same file returns its first report, and a person (national ID) who already
 * has a draft in the round and organisation gets that draft updated, not a second one, so even an
 * import cut short by a crash can simply be uploaded again.
 */
export function importHandlers(deps: Dependencies) {
  function checkRows(rows: readonly ImportRow[]): CheckedRow[] {
    const firstRowOf = new Map<string, number>();
    return rows.map((row) => {
      const problems: ImportProblem[] = [...row.cellProblems];
      const candidate = row.candidate ?? create(CandidateSchema);
      for (const violation of fieldViolations(CandidateSchema, candidate, 'candidate')) {
        problems.push(
          problem(
            violation.field,
            'INVALID_FIELD',
            localized('INVALID_FIELD', violation.field, violation.description),
          ),
        );
      }
      let nationalIdHash: string | undefined;
      try {
        nationalIdHash = hashOf(deps, row.nationalId);
      } catch (error) {
        const detail =
          error instanceof DomainError
            ? (error.violations[0]?.description ?? error.message)
            : String(error);
        problems.push(
          problem(
            'national_id',
            'INVALID_NATIONAL_ID',
            localized('INVALID_FIELD', 'national_id', detail),
          ),
        );
      }
      if (nationalIdHash !== undefined) {
        const first = firstRowOf.get(nationalIdHash);
        if (first === undefined) firstRowOf.set(nationalIdHash, row.rowNumber);
        else
          problems.push(
            problem('national_id', 'DUPLICATE_IN_FILE', localized('DUPLICATE_IN_FILE', first)),
          );
      }
      return { row, problems, ...(nationalIdHash !== undefined && { nationalIdHash }) };
    });
  }

  async function writeRow(
    request: ImportNominationsRequest,
    checked: CheckedRow & { nationalIdHash: string },
    context: ChangeContext,
  ): Promise<{ outcome: ImportRowOutcome; change?: NominationChange; id: string }> {
    const round = required(await deps.rounds.get(request.roundId), `round ${request.roundId}`);
    const organisationCode = request.organisation?.code ?? '';
    const candidate = candidateOf(required(checked.row.candidate, 'candidate'));
    const officer = officerOf(required(request.officer, 'officer'));
    const draft = await deps.nominations.draftOf(
      round.id,
      organisationCode,
      checked.nationalIdHash,
    );
    if (draft === undefined) {
      const change = createNomination(
        round,
        {
          id: deps.newId(),
          organisationCode,
          candidate,
          nationalIdHash: checked.nationalIdHash,
          officer,
        },
        context,
        'ImportNominations',
      );
      await deps.nominations.insert(change, []);
      return { outcome: ImportRowOutcome.CREATED, change, id: change.nomination.id };
    }
    const change = updateNomination(
      round,
      draft,
      { candidate, officer },
      context,
      'ImportNominations',
    );
    if (change.revision.changedFields.length === 0) {
      return { outcome: ImportRowOutcome.UNCHANGED, id: draft.id };
    }
    await deps.nominations.save(change, draft.version, []);
    return { outcome: ImportRowOutcome.UPDATED, change, id: draft.id };
  }

  async function runImport(request: ImportNominationsRequest, call: CallContext) {
    const checked = checkRows(request.rows);
    const invalid = checked.filter((row) => row.problems.length > 0).length;
    const blocked = request.dryRun || (request.mode === ImportMode.ALL_OR_NOTHING && invalid > 0);
    const context = changeContext(call, deps.now());
    const results = [];
    let written = 0;
    for (const row of checked) {
      if (row.problems.length > 0 || row.nationalIdHash === undefined) {
        results.push({
          rowNumber: row.row.rowNumber,
          outcome: ImportRowOutcome.INVALID,
          problems: row.problems,
        });
        continue;
      }
      if (blocked) {
        const problems =
          invalid > 0 && !request.dryRun
            ? [problem('', 'NOT_WRITTEN', localized('NOT_WRITTEN'))]
            : [];
        results.push({
          rowNumber: row.row.rowNumber,
          outcome: ImportRowOutcome.NOT_WRITTEN,
          problems,
        });
        continue;
      }
      const { outcome, change, id } = await writeRow(
        request,
        { ...row, nationalIdHash: row.nationalIdHash },
        context,
      );
      if (outcome !== ImportRowOutcome.UNCHANGED) written += 1;
      const problems =
        change?.nomination.eligibility.eligible === false
          ? [problem('candidate', 'NOT_ELIGIBLE', localized('NOT_ELIGIBLE'))]
          : [];
      if (change !== undefined) await flagIfDuplicate(deps, change.nomination, context);
      results.push({ rowNumber: row.row.rowNumber, outcome, nominationId: id, problems });
    }
    return create(ImportNominationsResponseSchema, {
      importId: deps.newId(),
      rows: results,
      written,
      invalid,
    });
  }

  return {
    async importNominations(request, call) {
      const organisationCode = knownOrganisation(request.organisation?.code ?? '');
      allow(call, 'ImportNominations', organisationCode);
      const key = { roundId: request.roundId, organisationCode, fileSha256: request.fileSha256 };
      const earlier = await deps.imports.find(key.roundId, key.organisationCode, key.fileSha256);
      if (earlier !== undefined && !request.dryRun) {
        return fromBinary(ImportNominationsResponseSchema, earlier);
      }
      const report = await runImport(request, call);
      if (!request.dryRun) {
        await deps.imports.record(key, {
          importId: report.importId,
          report: toBinary(ImportNominationsResponseSchema, report),
          importedAt: deps.now(),
          importedBy: call.principal.subject,
        });
      }
      return report;
    },
  } satisfies Partial<Handlers>;
}

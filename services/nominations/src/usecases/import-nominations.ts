import { DomainError, type ChangeContext, type LocalizedText } from '@expertnet/platform';
import {
  createNomination,
  updateNomination,
  type Candidate,
  type ImportProblem,
  type ImportReport,
  type ImportRowOutcome,
  type NominatingOfficer,
  type NominationChange,
} from '../domain/index.ts';
import { localized } from '../messages.ts';
import {
  changeContextOf,
  hashOf,
  loadRound,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';
import { flagIfDuplicate } from './shared/flag-duplicates.ts';

export interface ImportRowInput {
  readonly rowNumber: number;
  /** Absent when the row breaks the contract's Candidate rules (see problems). */
  readonly candidate?: Candidate | undefined;
  readonly nationalId: string;
  /** Found while decoding: unreadable cells, the contract's Candidate rules. */
  readonly problems: readonly ImportProblem[];
}

export interface ImportInput {
  readonly roundId: string;
  readonly organisationCode: string;
  readonly fileSha256: string;
  readonly dryRun: boolean;
  /** Write nothing when any row is invalid. */
  readonly allOrNothing: boolean;
  readonly officer: NominatingOfficer;
  readonly rows: readonly ImportRowInput[];
}

interface CheckedRow extends ImportRowInput {
  readonly nationalIdHash?: string;
}

const problem = (field: string, code: string, message: LocalizedText): ImportProblem => ({
  field,
  code,
  message,
});

/** Hashes each row's national ID and finds the same person twice in the file. */
function checkRows(deps: UseCaseDependencies, rows: readonly ImportRowInput[]): CheckedRow[] {
  const firstRowOf = new Map<string, number>();
  return rows.map((row) => {
    const problems = [...row.problems];
    let nationalIdHash: string | undefined;
    try {
      nationalIdHash = hashOf(deps, row.nationalId);
    } catch (error) {
      const detail =
        error instanceof DomainError
          ? (error.violations[0]?.description ?? error.message)
          : String(error);
      const message = localized('INVALID_FIELD', 'national_id', detail);
      problems.push(problem('national_id', 'INVALID_NATIONAL_ID', message));
    }
    if (nationalIdHash !== undefined) {
      const first = firstRowOf.get(nationalIdHash);
      if (first === undefined) firstRowOf.set(nationalIdHash, row.rowNumber);
      else {
        const message = localized('DUPLICATE_IN_FILE', first);
        problems.push(problem('national_id', 'DUPLICATE_IN_FILE', message));
      }
    }
    return { ...row, problems, ...(nationalIdHash !== undefined && { nationalIdHash }) };
  });
}

/** Writes one valid row: a new draft, or the person's draft in the round and organisation updated. */
async function writeRow(
  deps: UseCaseDependencies,
  caller: Caller,
  input: ImportInput,
  row: { readonly candidate: Candidate; readonly nationalIdHash: string },
  context: ChangeContext,
): Promise<{ outcome: ImportRowOutcome; change?: NominationChange; id: string }> {
  const round = await loadRound(deps, input.roundId);
  const { candidate, nationalIdHash } = row;
  const { organisationCode, officer } = input;
  const key = { roundId: round.id, organisationCode, nationalIdHash };
  const draft = await deps.nominations.draftOf(caller.scope, key);
  if (draft === undefined) {
    const created = { id: deps.newId(), organisationCode, candidate, nationalIdHash, officer };
    const change = createNomination(round, created, context, 'ImportNominations');
    await deps.nominations.insert(caller.scope, change, []);
    return { outcome: 'created', change, id: change.nomination.id };
  }
  const edit = { candidate, officer };
  const change = updateNomination(round, draft, edit, context, 'ImportNominations');
  if (change.revision.changedFields.length === 0) return { outcome: 'unchanged', id: draft.id };
  await deps.nominations.save(caller.scope, change, draft.version, []);
  return { outcome: 'updated', change, id: draft.id };
}

/** Checks every row, then writes the valid ones unless the import is blocked. */
async function runImport(
  deps: UseCaseDependencies,
  input: ImportInput,
  caller: Caller,
): Promise<ImportReport> {
  const checked = checkRows(deps, input.rows);
  const invalid = checked.filter((row) => row.problems.length > 0).length;
  const blocked = input.dryRun || (input.allOrNothing && invalid > 0);
  const notWritten =
    invalid > 0 && !input.dryRun ? [problem('', 'NOT_WRITTEN', localized('NOT_WRITTEN'))] : [];
  const context = changeContextOf(deps, caller);
  const rows: ImportReport['rows'][number][] = [];
  let written = 0;
  for (const row of checked) {
    const { rowNumber, nationalIdHash, candidate } = row;
    if (row.problems.length > 0 || nationalIdHash === undefined || candidate === undefined) {
      rows.push({ rowNumber, outcome: 'invalid', problems: row.problems });
      continue;
    }
    if (blocked) {
      rows.push({ rowNumber, outcome: 'not-written', problems: notWritten });
      continue;
    }
    const valid = { candidate, nationalIdHash };
    const { outcome, change, id } = await writeRow(deps, caller, input, valid, context);
    if (outcome !== 'unchanged') written += 1;
    const problems =
      change?.nomination.eligibility.eligible === false
        ? [problem('candidate', 'NOT_ELIGIBLE', localized('NOT_ELIGIBLE'))]
        : [];
    if (change !== undefined) await flagIfDuplicate(deps, change.nomination, context);
    rows.push({ rowNumber, outcome, nominationId: id, problems });
  }
  return { importId: deps.newId(), rows, written, invalid };
}

/**
 * Rows of an uploaded sheet written as drafts. Safe to repeat: the same file returns its first
 * report, and a person (national ID) who already has a draft in the round and organisation gets
 * that draft updated, not a second one, so even an import cut short by a crash can simply be
 * uploaded again.
 */
export function importNominationsUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: ImportInput): Promise<ImportReport> => {
    const key = {
      roundId: input.roundId,
      organisationCode: input.organisationCode,
      fileSha256: input.fileSha256,
    };
    const earlier = await deps.imports.find(caller.scope, key);
    if (earlier !== undefined && !input.dryRun) return earlier;
    const report = await runImport(deps, input, caller);
    if (!input.dryRun) {
      await deps.imports.record(caller.scope, key, report, {
        importedAt: deps.now(),
        importedBy: caller.principal.subject,
      });
    }
    return report;
  };
}

import type { LocalizedText } from './types.ts';

/** What is wrong with a row of an imported sheet, ready to show. */
export interface ImportProblem {
  /** Proto path of the field at fault; '' for the row as a whole. */
  readonly field: string;
  readonly code: string;
  readonly message: LocalizedText;
}

export type ImportRowOutcome = 'created' | 'updated' | 'unchanged' | 'invalid' | 'not-written';

/** The answer to an import, kept so the same file uploaded again gets the same answer. */
export interface ImportReport {
  readonly importId: string;
  readonly rows: readonly {
    readonly rowNumber: number;
    readonly outcome: ImportRowOutcome;
    readonly nominationId?: string | undefined;
    readonly problems: readonly ImportProblem[];
  }[];
  readonly written: number;
  readonly invalid: number;
}

import {
  formatMessage,
  SPREADSHEET_ERRORS,
  type Bilingual,
  type MessageParam,
  type SpreadsheetErrorCode,
} from './messages.ts';

export type { SpreadsheetErrorCode } from './messages.ts';

/**
 * The uploaded file as a whole cannot be read (as opposed to a bad cell, which becomes an
 * ImportProblem of its row). `message` is the English text for logs; `localized` is for the user.
 * No message carries cell content, so logging one never leaks personal data.
 */
export class SpreadsheetError extends Error {
  override readonly name = 'SpreadsheetError';
  readonly code: SpreadsheetErrorCode;
  readonly localized: Bilingual;
  /** Field paths of the columns concerned (missing or duplicated ones), for a field-level report. */
  readonly columns: readonly string[];

  constructor(
    code: SpreadsheetErrorCode,
    details: {
      readonly params?: Readonly<Record<string, MessageParam>>;
      readonly columns?: readonly string[];
      readonly cause?: unknown;
    } = {},
  ) {
    const localized = formatMessage(SPREADSHEET_ERRORS[code], details.params);
    super(localized.en, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.localized = localized;
    this.columns = details.columns ?? [];
  }
}

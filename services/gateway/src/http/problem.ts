import { fieldMessage, type FieldRule } from '../field-messages.ts';
import {
  formatMessage,
  PROBLEM_DETAILS,
  PROBLEM_TITLES,
  type Bilingual,
  type GatewayProblemCode,
  type Language,
  type MessageParam,
  type ProblemStatus,
} from '../messages.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Problem types live under the platform's error domain (the one the kit writes into
 * google.rpc.ErrorInfo), one per stable code, so a client can also switch on `type`.
 */
const PROBLEM_TYPE_BASE = 'https://expertnet.vn/problems/';

/** One wrong field: its path in the JSON the client sent (e.g. "candidate.email") and why. */
export interface FieldError {
  readonly field: string;
  /**
   * Bilingual when the gateway wrote it; a service's own text otherwise. With a `rule`, only what
   * is said when the field-message catalogue cannot say the rule.
   */
  readonly message: Bilingual | string;
  /** The rule the value broke, said from the catalogue in the request's language when it can be. */
  readonly rule?: FieldRule;
}

export interface RenderedFieldError {
  readonly field: string;
  readonly message: string;
}

/** What went wrong, before it is rendered for one request (language, instance, request id). */
export interface Problem {
  readonly status: ProblemStatus;
  /** Stable code clients switch on: the service's (QUOTA_EXCEEDED) or the gateway's own. */
  readonly code: string;
  /** From a catalogue in both languages, or a service's own text (which it writes in English). */
  readonly detail?: Bilingual | string;
  readonly errors?: readonly FieldError[];
  /**
   * The detail is only the list of the field errors (what a service's INVALID_ARGUMENT says),
   * so it is written from them, in the request's language, rather than in the service's words.
   */
  readonly detailListsErrors?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Thrown anywhere in a request; the error handler renders it as application/problem+json. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly problem: Problem;

  constructor(problem: Problem, options: { cause?: unknown } = {}) {
    super(`${String(problem.status)} ${problem.code}`, { cause: options.cause });
    this.problem = problem;
  }
}

/** A problem the gateway raises itself, its detail taken from the catalogue. */
export function gatewayProblem(
  status: ProblemStatus,
  code: GatewayProblemCode,
  extra: {
    readonly params?: Readonly<Record<string, MessageParam>>;
    readonly errors?: readonly FieldError[];
    readonly headers?: Readonly<Record<string, string>>;
  } = {},
): Problem {
  return {
    status,
    code,
    detail: formatMessage(PROBLEM_DETAILS[code], extra.params),
    ...(extra.errors === undefined ? {} : { errors: extra.errors }),
    ...(extra.headers === undefined ? {} : { headers: extra.headers }),
  };
}

/** RFC 9457 members plus the extensions `code`, `errors` and `requestId`. */
export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance: string;
  readonly code: string;
  readonly errors: readonly RenderedFieldError[];
  readonly requestId: string;
}

export function problemDocument(
  problem: Problem,
  context: { readonly language: Language; readonly instance: string; readonly requestId: string },
): ProblemDocument {
  const inLanguage = (text: Bilingual | string) =>
    typeof text === 'object' ? text[context.language] : text;
  const errors = (problem.errors ?? []).map(({ field, message, rule }) => ({
    field,
    message:
      (rule === undefined ? undefined : fieldMessage(rule, context.language)) ??
      inLanguage(message),
  }));
  const detail = problem.detailListsErrors
    ? errors
        .map(({ field, message }) => (field === '' ? message : `${field}: ${message}`))
        .join('; ')
    : problem.detail === undefined
      ? undefined
      : inLanguage(problem.detail);
  return {
    type: `${PROBLEM_TYPE_BASE}${problem.code.toLowerCase().replaceAll('_', '-')}`,
    title: PROBLEM_TITLES[problem.status][context.language],
    status: problem.status,
    ...(detail === undefined || detail === '' ? {} : { detail }),
    instance: context.instance,
    code: problem.code,
    errors,
    requestId: context.requestId,
  };
}

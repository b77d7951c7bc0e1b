/**
 * What kind of failure a domain error is. Services pick a kind; one mapper (errors/grpc-status.ts)
 * turns kinds into gRPC statuses, and the gateway turns the same kinds into HTTP problems.
 */
export type ErrorKind =
  | 'invalid-argument'
  | 'unauthenticated'
  | 'permission-denied'
  | 'not-found'
  | 'already-exists'
  | 'conflict'
  | 'failed-precondition'
  | 'unavailable'
  /** An RPC of the contract the service does not serve yet. */
  | 'unimplemented';

/** One wrong field of a request: its path in the message (e.g. "candidate.email") and why. */
export interface FieldViolation {
  readonly field: string;
  /** In English, for logs and for a client without a catalogue entry for `rule`. */
  readonly description: string;
  /**
   * The protovalidate rule the value broke ("string.min_len", "required", a CEL rule's id), so
   * the gateway can say it in the caller's language. Absent for a rule the service checks itself.
   */
  readonly rule?: string;
}

/**
 * An expected failure with a stable code (e.g. NOMINATION_ROUND_CLOSED, QUOTA_EXCEEDED,
 * ORG_SCOPE_VIOLATION): clients switch on the code, people read the message.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: string;
  readonly kind: ErrorKind;
  readonly violations: readonly FieldViolation[];

  constructor(
    kind: ErrorKind,
    code: string,
    message: string,
    options: { violations?: readonly FieldViolation[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.code = code;
    this.violations = options.violations ?? [];
  }
}

export const invalidArgument = (violations: readonly FieldViolation[]) =>
  new DomainError(
    'invalid-argument',
    'INVALID_ARGUMENT',
    violations.map((violation) => `${violation.field}: ${violation.description}`).join('; '),
    { violations },
  );

/**
 * An expected failure about one field of a request (a mentor at capacity, an overlapping booking):
 * the stable code, the field it is shown beside, and why in English for logs.
 */
export const fieldError = (kind: ErrorKind, code: string, field: string, description: string) =>
  new DomainError(kind, code, `${field}: ${description}`, {
    violations: [{ field, description }],
  });

/** Refuses a change made on a stale read, before anything is written. */
export function assertVersion(
  current: { readonly version: number },
  expected: number,
  what: string,
): void {
  if (current.version === expected) return;
  throw new DomainError(
    'conflict',
    'VERSION_CONFLICT',
    `${what} was changed by someone else since version ${String(expected)}; read it again`,
  );
}

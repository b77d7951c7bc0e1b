/**
 * The mentoring domain's refusals: a stable code, the field it concerns (so the gateway shows it
 * beside that field) and an English description for logs.
 */
import { DomainError, type ErrorKind } from '@expertnet/platform';

export function refused(kind: ErrorKind, code: string, field: string, description: string) {
  return new DomainError(kind, code, `${field}: ${description}`, {
    violations: [{ field, description }],
  });
}

export const notFound = (field: string, what: string) =>
  refused('not-found', 'NOT_FOUND', field, `${what} does not exist`);

/** Refuses a change made on a stale read, before anything is written. */
export function assertVersion(
  current: { readonly version: number },
  expected: number,
  what: string,
) {
  if (current.version === expected) return;
  throw new DomainError(
    'conflict',
    'VERSION_CONFLICT',
    `${what} was changed by someone else since version ${expected}; read it again`,
  );
}

/** The first non-empty text: where '' means "not known" (proto strings), not a value. */
export const firstGiven = (...values: readonly (string | undefined)[]) =>
  values.find((value) => value !== undefined && value !== '') ?? '';

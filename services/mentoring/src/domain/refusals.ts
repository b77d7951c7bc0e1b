/**
 * The mentoring domain's refusals: a stable code, the field it concerns (so the gateway shows it
 * beside that field) and an English description for logs; the kit's, under the domain's names.
 */
import { fieldError } from '@expertnet/platform';

export { assertVersion } from '@expertnet/platform';

export const refused = fieldError;

export const notFound = (field: string, what: string) =>
  refused('not-found', 'NOT_FOUND', field, `${what} does not exist`);

/** The first non-empty text: where '' means "not known" (proto strings), not a value. */
export const firstGiven = (...values: readonly (string | undefined)[]) =>
  values.find((value) => value !== undefined && value !== '') ?? '';

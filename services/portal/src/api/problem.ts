import type { components } from './gen/schema.ts';

/** The gateway's error body (RFC 9457), with the field-level messages the forms show. */
export type Problem = components['schemas']['Problem'];

/** What went wrong with a call: the gateway's problem, or no answer at all. */
export type CallFailure =
  { readonly kind: 'problem'; readonly problem: Problem } | { readonly kind: 'network' };

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    'code' in value &&
    'title' in value
  );
}

/**
 * The messages of a problem per field, keyed by the JSON path the API names ("nominee.email",
 * "trainings[1].title"); a form shows each beside its field. The first message of a field wins.
 */
export function fieldErrors(problem: Problem | undefined): Readonly<Record<string, string>> {
  const errors: Record<string, string> = {};
  for (const { field, message } of problem?.errors ?? []) {
    errors[field] ??= message;
  }
  return errors;
}

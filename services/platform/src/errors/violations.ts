import { invalidArgument, type FieldViolation } from './domain-error.ts';

/** Length in code points, as protovalidate counts min_len/max_len, not UTF-16 units. */
export const textLength = (text: string) => Array.from(text).length;

export const isIntegerBetween = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;

/** A reason of `min` to `max` characters (trimmed), as the proto's requests require. */
export function requireReason(reason: string, min: number, max: number, field = 'reason'): string {
  const trimmed = reason.trim();
  const length = textLength(trimmed);
  if (length < min || length > max) {
    throw invalidArgument([{ field, description: `must be ${min} to ${max} characters` }]);
  }
  return trimmed;
}

/** Collects violations so a form gets every problem in one answer. */
export class Violations {
  readonly #list: FieldViolation[] = [];

  add(field: string, description: string): void {
    this.#list.push({ field, description });
  }

  /** Adds the violation when `ok` is false; returns `ok` so callers can skip dependent checks. */
  check(ok: boolean, field: string, description: string): boolean {
    if (!ok) this.add(field, description);
    return ok;
  }

  textBetween(text: string, min: number, max: number, field: string): boolean {
    const length = textLength(text.trim());
    return this.check(
      length >= min && length <= max,
      field,
      min > 0 ? `must be ${min} to ${max} characters` : `must be at most ${max} characters`,
    );
  }

  integerBetween(value: number, min: number, max: number, field: string): boolean {
    return this.check(
      isIntegerBetween(value, min, max),
      field,
      `must be a whole number from ${min} to ${max}`,
    );
  }

  matches(text: string, pattern: RegExp, field: string, description: string): boolean {
    return this.check(pattern.test(text), field, description);
  }

  get list(): readonly FieldViolation[] {
    return [...this.#list];
  }

  /** Throws INVALID_ARGUMENT with every violation collected, if any. */
  throwIfAny(): void {
    if (this.#list.length > 0) throw invalidArgument(this.list);
  }
}

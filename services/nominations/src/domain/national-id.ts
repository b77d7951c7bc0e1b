import { createHmac } from 'node:crypto';
import { invalidArgument } from '@expertnet/platform';

/** HMAC-SHA256 keys shorter than its output weaken it, and 10^12 IDs are few enough to try all. */
export const MIN_HASH_KEY_BYTES = 32;

const REDACTED = '[national id]';
/** Node's util.inspect looks for this symbol; a registry symbol needs no import of node:util. */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * A checked 12-digit citizen ID (số định danh cá nhân / CCCD). The digits are reachable only
 * through `keyedHash`: printing, logging or serialising the object shows "[national id]".
 */
export class NationalId {
  readonly #digits: string;

  private constructor(digits: string) {
    this.#digits = digits;
  }

  /** Only parseNationalId makes these, so every instance holds exactly 12 digits. */
  static fromCheckedDigits(digits: string): NationalId {
    return new NationalId(digits);
  }

  keyedHash(key: Uint8Array): string {
    if (key.byteLength < MIN_HASH_KEY_BYTES) {
      // A configuration fault, not the caller's input: no DomainError.
      throw new Error(`the national ID hash key must be at least ${MIN_HASH_KEY_BYTES} bytes`);
    }
    return createHmac('sha256', key).update(this.#digits, 'ascii').digest('hex');
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [INSPECT](): string {
    return REDACTED;
  }
}

/**
 * Reads a citizen ID as people type or paste it: full-width digits, spaces, dots and dashes
 * (e.g. "001 203 004 567" from a spreadsheet) are accepted. The error never repeats the input.
 */
export function parseNationalId(input: string, field = 'national_id'): NationalId {
  const digits = input.normalize('NFKC').replace(/[\s.-]/g, '');
  if (!/^[0-9]{12}$/.test(digits)) {
    throw invalidArgument([{ field, description: 'must be the 12 digits of a citizen ID' }]);
  }
  return NationalId.fromCheckedDigits(digits);
}

/** Hex HMAC-SHA256 of the normalised digits: equal for the same person, useless without the key. */
export const hashNationalId = (id: NationalId, key: Uint8Array) => id.keyedHash(key);

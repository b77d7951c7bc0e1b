import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hashNationalId, MIN_HASH_KEY_BYTES, parseNationalId } from './national-id.ts';
import { caught } from '../../test/fixtures.ts';

const key = new Uint8Array(32).fill(7);
const otherKey = new Uint8Array(32).fill(8);
const DIGITS = '001085012345';

describe('parseNationalId', () => {
  it.each([
    '001085012345',
    ' 001 085 012 345 ',
    '001.085.012.345',
    '001-085-012-345',
    '００１０８５０１２３４５',
    '001\u00a0085012345',
  ])('reads %j as the same number', (input) => {
    expect(hashNationalId(parseNationalId(input), key)).toBe(
      hashNationalId(parseNationalId(DIGITS), key),
    );
  });

  it.each(['', '00108501234', '0010850123456', '00108501234a', '+84912345678', '001085012345x'])(
    'refuses %j without repeating it',
    (input) => {
      const error = caught(() => parseNationalId(input));
      expect(error).toMatchObject({ kind: 'invalid-argument', code: 'INVALID_ARGUMENT' });
      expect(error.violations).toEqual([
        { field: 'national_id', description: 'must be the 12 digits of a citizen ID' },
      ]);
      if (input !== '') expect(error.message).not.toContain(input);
    },
  );

  it('names the field it is given, e.g. an import row', () => {
    expect(caught(() => parseNationalId('12', 'rows[3].national_id')).violations[0]?.field).toBe(
      'rows[3].national_id',
    );
  });
});

describe('hashNationalId', () => {
  it('is the hex HMAC-SHA256 of the digits under the key', () => {
    const expected = createHmac('sha256', key).update(DIGITS).digest('hex');
    expect(hashNationalId(parseNationalId(DIGITS), key)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs between keys and between people', () => {
    const id = parseNationalId(DIGITS);
    expect(hashNationalId(id, key)).not.toBe(hashNationalId(id, otherKey));
    expect(hashNationalId(id, key)).not.toBe(hashNationalId(parseNationalId('001085012346'), key));
  });

  it(`refuses a key shorter than ${MIN_HASH_KEY_BYTES} bytes`, () => {
    expect(() => hashNationalId(parseNationalId(DIGITS), new Uint8Array(31))).toThrow(
      'at least 32 bytes',
    );
    expect(() => hashNationalId(parseNationalId(DIGITS), Buffer.alloc(32, 1))).not.toThrow();
  });
});

describe('a parsed national ID', () => {
  it('never shows its digits when printed, logged or serialised', () => {
    const id = parseNationalId(DIGITS);
    const shown = [
      String(id),
      id.toString(),
      JSON.stringify({ id }),
      inspect(id),
      inspect({ nested: { id } }),
    ];
    for (const text of shown) expect(text).not.toContain(DIGITS);
    expect(JSON.stringify({ id })).toBe('{"id":"[national id]"}');
    expect(Object.keys(id)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { enumCodec } from './enum-codec.ts';

// A contract enum's numbers (as protoc-gen-es gives them): UNSPECIFIED is zero, no domain value.
const Colour = { UNSPECIFIED: 0, DARK_RED: 1, BLUE: 2 } as const;
type Colour = (typeof Colour)[keyof typeof Colour];
type DomainColour = 'dark-red' | 'blue';

const colours = enumCodec<DomainColour, Colour>({ 'dark-red': Colour.DARK_RED, blue: Colour.BLUE });

/** What decode throws, to look at. */
function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('enumCodec', () => {
  it('encodes a domain value as its number', () => {
    expect(colours.encode('dark-red')).toBe(Colour.DARK_RED);
    expect(colours.encode('blue')).toBe(Colour.BLUE);
  });

  it('decodes a number through the same table backwards', () => {
    expect(colours.decode(Colour.DARK_RED, 'colour')).toBe('dark-red');
    expect(colours.decode(Colour.BLUE, 'colour')).toBe('blue');
  });

  it('decodes zero as "not set" when the field is optional, else as decode does', () => {
    expect(colours.decodeOptional(Colour.UNSPECIFIED, 'colour')).toBeUndefined();
    expect(colours.decodeOptional(Colour.BLUE, 'colour')).toBe('blue');
    expect(() => colours.decodeOptional(7, 'colour')).toThrow(DomainError);
  });

  it('refuses an unknown value, and zero, as an invalid argument naming the field', () => {
    for (const value of [7, Colour.UNSPECIFIED]) {
      const error = refusal(() => colours.decode(value, 'colours[2]'));
      expect(error.kind).toBe('invalid-argument');
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.violations).toEqual([
        { field: 'colours[2]', description: `${String(value)} is not a defined value` },
      ]);
    }
  });

  it('looks a number up without refusing it, for fields no rule checks', () => {
    expect(colours.lookup(Colour.BLUE)).toBe('blue');
    expect(colours.lookup(Colour.UNSPECIFIED)).toBeUndefined();
    expect(colours.lookup(7)).toBeUndefined();
  });

  // The table must name every domain value: that is the compiler's check, not a runtime one.
  // A table leaving 'blue' out does not compile (Record<DomainColour, Colour> needs every key):
  //   enumCodec<DomainColour, Colour>({ 'dark-red': Colour.DARK_RED });
  it('takes a table naming every domain value (checked by the compiler)', () => {
    // @ts-expect-error -- 'blue' is missing from the table
    const partial = enumCodec<DomainColour, Colour>({ 'dark-red': Colour.DARK_RED });
    expect(partial.lookup(Colour.BLUE)).toBeUndefined();
  });
});

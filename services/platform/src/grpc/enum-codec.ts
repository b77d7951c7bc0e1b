import { invalidArgument } from '../errors/domain-error.ts';

/** Reads and writes one contract enum as the domain's values; made by enumCodec. */
export interface EnumCodec<D extends string, P extends number> {
  /** The contract's number of a domain value. */
  readonly encode: (value: D) => P;
  /**
   * The domain value of a number. Zero (UNSPECIFIED) and numbers the table does not name are
   * refused as an invalid argument with a violation naming `field` (e.g. "statuses[2]").
   */
  readonly decode: (value: number, field: string) => D;
  /** For a field whose rule allows zero: zero means "not set" (undefined); else as decode. */
  readonly decodeOptional: (value: number, field: string) => D | undefined;
  /**
   * For a field no rule checks (the service reports a bad value itself, or the message comes
   * from another service's events): undefined for zero and for numbers the table does not name.
   */
  readonly lookup: (value: number) => D | undefined;
}

/**
 * The one way a service maps between the domain's kebab-case enum values and the contract's enum
 * numbers: one table per enum, domain value -> number, decoded through the same table backwards.
 *
 * The table must name every domain value: `Record<D, P>` makes a value added to the domain type
 * without its number a compile error where the table is written (UNSPECIFIED, the zero value, has
 * no domain value). protovalidate refuses unknown and zero values of a request before a handler
 * runs, so decode's refusal is only reached through a bug; it is still an invalid argument with a
 * field violation rather than an undefined slipping into the domain.
 */
export function enumCodec<D extends string, P extends number>(
  table: Readonly<Record<D, P>>,
): EnumCodec<D, P> {
  const back = new Map<number, D>();
  for (const name of Object.keys(table) as D[]) back.set(table[name], name);
  const lookup = (value: number): D | undefined => back.get(value);
  function decode(value: number, field: string): D {
    const name = lookup(value);
    if (name === undefined) {
      throw invalidArgument([{ field, description: `${String(value)} is not a defined value` }]);
    }
    return name;
  }
  return {
    encode: (value) => table[value],
    decode,
    decodeOptional: (value, field) => (value === 0 ? undefined : decode(value, field)),
    lookup,
  };
}

import { toSearchKey } from './fold-vietnamese.ts';
import { MINISTRIES_AND_AGENCIES } from './ministries.ts';
import type {
  LocalisedName,
  Organisation,
  OrganisationKind,
  OrganisationRecord,
} from './organisation.ts';
import { PROVINCES } from './provinces.ts';

/**
 * The legal state the data reflects: ministries after Resolution 176/2025/QH15 (1 March 2025),
 * provinces after Resolution 202/2025/QH15 (1 July 2025). Stored alongside derived data so it can
 * be told which edition of the reference data produced it.
 */
export const REFERENCE_DATA_VERSION = '2025-07-01';

export interface OrganisationFilter {
  /** Undefined or empty: every kind. */
  readonly kinds?: readonly OrganisationKind[];
  /** Matched against the code and every name, current and former, ignoring case and diacritics. */
  readonly query?: string;
  readonly includeDissolved?: boolean;
}

interface Entry {
  readonly organisation: Organisation;
  readonly searchKeys: readonly string[];
}

const collator = new Intl.Collator('vi');

// Sorted once so listing is a filter; ties (an old and a new "Tỉnh Lào Cai") go by code.
const entries: readonly Entry[] = build([...PROVINCES, ...MINISTRIES_AND_AGENCIES]).sort(
  (a, b) =>
    collator.compare(a.organisation.name.vi, b.organisation.name.vi) ||
    a.organisation.code.localeCompare(b.organisation.code),
);
const byCode = new Map(entries.map((entry) => [entry.organisation.code, entry.organisation]));

export function findOrganisation(code: string): Organisation | undefined {
  return byCode.get(code);
}

/**
 * The unit in force today that `code` has become: itself while in force, otherwise the end of its
 * successor chain. Undefined for an unknown code, or for a unit abolished without a successor.
 */
export function currentOrganisation(code: string): Organisation | undefined {
  let organisation = byCode.get(code);
  while (organisation?.validTo !== undefined) {
    organisation =
      organisation.successorCode === undefined ? undefined : byCode.get(organisation.successorCode);
  }
  return organisation;
}

/** Units merged directly into `code`, in code order; empty for an unknown code. */
export function predecessorsOf(code: string): readonly Organisation[] {
  return (byCode.get(code)?.predecessorCodes ?? []).flatMap((predecessor) => {
    const organisation = byCode.get(predecessor);
    return organisation === undefined ? [] : [organisation];
  });
}

/** Sorted by the Vietnamese name in Vietnamese collation ("Đ" after "D", "Ủ" after "U"). */
export function listOrganisations(filter: OrganisationFilter = {}): readonly Organisation[] {
  const kinds = filter.kinds === undefined || filter.kinds.length === 0 ? undefined : filter.kinds;
  const query = toSearchKey(filter.query ?? '');
  return entries
    .filter(
      ({ organisation, searchKeys }) =>
        (filter.includeDissolved === true || organisation.validTo === undefined) &&
        (kinds === undefined || kinds.includes(organisation.kind)) &&
        (query === '' || searchKeys.some((key) => key.includes(query))),
    )
    .map((entry) => entry.organisation);
}

/** `date` is an ISO date ("2025-06-30"); both ends of the validity range are inclusive. */
export function isInForceOn(organisation: Organisation, date: string): boolean {
  return (
    organisation.validFrom <= date &&
    (organisation.validTo === undefined || date <= organisation.validTo)
  );
}

/**
 * The name the unit carried on `date`, for showing a historical record as it was filed; undefined
 * if the unit was not in force then.
 */
export function nameOn(organisation: Organisation, date: string): LocalisedName | undefined {
  if (!isInForceOn(organisation, date)) return undefined;
  return (
    organisation.formerNames.find((former) => date <= former.validTo)?.name ?? organisation.name
  );
}

/**
 * Throws on data that would make lookups wrong rather than merely odd: a code used twice, a
 * successor that does not exist or a successor chain that loops (which would hang
 * `currentOrganisation`).
 */
function build(records: readonly OrganisationRecord[]): Entry[] {
  const recordsByCode = new Map<string, OrganisationRecord>();
  for (const record of records) {
    if (recordsByCode.has(record.code)) throw new Error(`organisation ${record.code} listed twice`);
    recordsByCode.set(record.code, record);
  }

  const predecessorCodes = new Map<string, string[]>();
  for (const record of records) {
    if (record.successorCode === undefined) continue;
    if (!recordsByCode.has(record.successorCode)) {
      throw new Error(`organisation ${record.code}: unknown successor ${record.successorCode}`);
    }
    const list = predecessorCodes.get(record.successorCode) ?? [];
    list.push(record.code);
    predecessorCodes.set(record.successorCode, list);
  }

  for (const record of records) {
    const seen = new Set<string>();
    for (let code: string | undefined = record.code; code !== undefined;) {
      if (seen.has(code)) throw new Error(`organisation ${record.code}: successor cycle`);
      seen.add(code);
      code = recordsByCode.get(code)?.successorCode;
    }
  }

  return records.map((record) => {
    const organisation: Organisation = Object.freeze({
      code: record.code,
      kind: record.kind,
      name: Object.freeze({ ...record.name }),
      formerNames: Object.freeze(
        (record.formerNames ?? []).map((former) =>
          Object.freeze({ name: Object.freeze({ ...former.name }), validTo: former.validTo }),
        ),
      ),
      validFrom: record.validFrom,
      validTo: record.validTo,
      successorCode: record.successorCode,
      predecessorCodes: Object.freeze((predecessorCodes.get(record.code) ?? []).sort()),
    });
    const names = [organisation.name, ...organisation.formerNames.map((former) => former.name)];
    const searchKeys = [record.code, ...names.flatMap((name) => [name.vi, name.en])].map(
      toSearchKey,
    );
    return { organisation, searchKeys };
  });
}

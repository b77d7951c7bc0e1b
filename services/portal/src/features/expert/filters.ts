import { sortByVietnamese } from '../../i18n/format.ts';
import type { FacetBucket, OrganisationCode, SearchQuery, SettableAvailability } from './model.ts';
import { AVAILABILITY_STATUSES } from './labels.ts';

/** The directory's search as kept in the URL (so a search can be shared and reloaded). */
export interface DirectoryFilters {
  readonly query: string;
  /** One province and one organisation at a time: the API's query types take a single code. */
  readonly province: OrganisationCode | undefined;
  readonly organisation: OrganisationCode | undefined;
  readonly sectors: readonly string[];
  readonly languages: readonly string[];
  readonly availability: readonly SettableAvailability[];
  readonly onlyMentors: boolean;
  readonly onlyCertified: boolean;
  /** Only experts active in the last N days (one of ACTIVE_WITHIN_DAYS). */
  readonly activeWithinDays: number | undefined;
  readonly order: DirectoryOrder;
}

/** How results are ordered; "relevance" means by name when no words were typed. */
export type DirectoryOrder = 'relevance' | 'name' | 'active';
export const DIRECTORY_ORDERS: readonly DirectoryOrder[] = ['relevance', 'name', 'active'];
export const ACTIVE_WITHIN_DAYS: readonly number[] = [30, 90, 365];

const CODE = /^[A-Z0-9][A-Z0-9-]*$/;
const SLUG = /^[a-z][a-z0-9-]{1,63}$/;
const LANGUAGE = /^[a-z]{2}$/;

function list(query: URLSearchParams, name: string, pattern: RegExp): string[] {
  const value = query.get(name) ?? '';
  return [...new Set(value.split(',').filter((item) => pattern.test(item)))];
}

function code(query: URLSearchParams, name: string): OrganisationCode | undefined {
  const value = query.get(name) ?? '';
  // The API checks the code against its list; a hand-edited URL gets its field error.
  return CODE.test(value) ? (value as OrganisationCode) : undefined;
}

export function parseFilters(query: URLSearchParams): DirectoryFilters {
  const availability = list(query, 'availability', /^[a-z]+$/)
    .map(availabilityOfFacetValue)
    .filter((status) => status !== undefined);
  return {
    query: query.get('q') ?? '',
    province: code(query, 'province'),
    organisation: code(query, 'organisation'),
    sectors: list(query, 'sector', SLUG),
    languages: list(query, 'language', LANGUAGE),
    availability,
    onlyMentors: query.get('mentors') === '1',
    onlyCertified: query.get('certified') === '1',
    activeWithinDays: ACTIVE_WITHIN_DAYS.find((days) => String(days) === query.get('active')),
    order: DIRECTORY_ORDERS.find((order) => order === query.get('order')) ?? 'relevance',
  };
}

/** The URL's query for these filters (for setQuery: undefined removes a parameter). */
export function filtersToUrl(filters: DirectoryFilters): Record<string, string | undefined> {
  return {
    q: filters.query.trim(),
    province: filters.province,
    organisation: filters.organisation,
    sector: filters.sectors.join(','),
    language: filters.languages.join(','),
    availability: filters.availability.map(facetValueOfAvailability).join(','),
    mentors: filters.onlyMentors ? '1' : undefined,
    certified: filters.onlyCertified ? '1' : undefined,
    active: filters.activeWithinDays === undefined ? undefined : String(filters.activeWithinDays),
    order: filters.order === 'relevance' ? undefined : filters.order,
  };
}

export const PAGE_SIZE = 20;

export const FACETS: NonNullable<SearchQuery['facets']> = [
  'FACET_FIELD_PROVINCE',
  'FACET_FIELD_ORGANISATION',
  'FACET_FIELD_SECTOR',
  'FACET_FIELD_SKILL',
  'FACET_FIELD_LANGUAGE',
  'FACET_FIELD_AVAILABILITY',
];

/** GET /api/v1/experts's query for these filters and page. */
export function searchQuery(filters: DirectoryFilters, cursor: string | undefined): SearchQuery {
  const query: SearchQuery = {
    facets: FACETS,
    order: apiOrder(filters),
    'page.pageSize': PAGE_SIZE,
  };
  if (filters.query.trim() !== '') query.query = filters.query.trim();
  if (filters.province !== undefined) query['filter.provinces.code'] = [filters.province];
  if (filters.organisation !== undefined)
    query['filter.organisations.code'] = [filters.organisation];
  if (filters.sectors.length > 0) query['filter.sectorCodes'] = [...filters.sectors];
  if (filters.languages.length > 0) query['filter.languageCodes'] = [...filters.languages];
  if (filters.availability.length > 0) query['filter.availability'] = [...filters.availability];
  if (filters.onlyMentors) query['filter.onlyWillingToMentor'] = true;
  if (filters.onlyCertified) query['filter.onlyCertified'] = true;
  if (filters.activeWithinDays !== undefined) {
    query['filter.activeWithinDays'] = filters.activeWithinDays;
  }
  if (cursor !== undefined && cursor !== '') query['page.cursor'] = cursor;
  return query;
}

function apiOrder(filters: DirectoryFilters): SearchQuery['order'] {
  switch (filters.order) {
    case 'name':
      return 'SEARCH_ORDER_NAME';
    case 'active':
      return 'SEARCH_ORDER_LAST_ACTIVE';
    case 'relevance':
      return filters.query.trim() === '' ? 'SEARCH_ORDER_NAME' : 'SEARCH_ORDER_RELEVANCE';
  }
}

export function hasFilters(filters: DirectoryFilters): boolean {
  return (
    filters.province !== undefined ||
    filters.organisation !== undefined ||
    filters.sectors.length > 0 ||
    filters.languages.length > 0 ||
    filters.availability.length > 0 ||
    filters.onlyMentors ||
    filters.onlyCertified ||
    filters.activeWithinDays !== undefined
  );
}

/** The availability facet's buckets say "available"; the filter wants AVAILABILITY_STATUS_AVAILABLE. */
export function availabilityOfFacetValue(value: string): SettableAvailability | undefined {
  return AVAILABILITY_STATUSES.find((status) => facetValueOfAvailability(status) === value);
}

export function facetValueOfAvailability(status: SettableAvailability): string {
  return status.replace('AVAILABILITY_STATUS_', '').toLowerCase();
}

/** Adds or removes one value of a multi-valued filter. */
export function toggle<T extends string>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}

export interface FacetOption {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly selected: boolean;
}

/**
 * A facet's choices in Vietnamese collation of their names, with a chosen value kept even when
 * the current results no longer count it (so it can be unticked).
 */
export function facetOptions(
  buckets: readonly FacetBucket[] | undefined,
  selected: readonly string[],
  labelOf: (bucket: FacetBucket) => string,
): FacetOption[] {
  const options = new Map<string, FacetOption>();
  for (const bucket of buckets ?? []) {
    const value = bucket.value ?? '';
    if (value === '') continue;
    options.set(value, {
      value,
      label: labelOf(bucket) || value,
      count: bucket.count ?? 0,
      selected: selected.includes(value),
    });
  }
  for (const value of selected) {
    if (!options.has(value)) {
      const label = labelOf({ value }) || value;
      options.set(value, { value, label, count: 0, selected: true });
    }
  }
  return sortByVietnamese([...options.values()], (option) => option.label);
}

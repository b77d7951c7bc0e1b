import { describe, expect, it } from 'vitest';
import {
  availabilityOfFacetValue,
  facetOptions,
  filtersToUrl,
  hasFilters,
  parseFilters,
  searchQuery,
  toggle,
} from './filters.ts';

describe('directory filters', () => {
  it('reads the URL and writes it back the same', () => {
    const url = new URLSearchParams(
      'q=chuyen doi so&province=P01&sector=health,banking&language=en&availability=limited&mentors=1',
    );
    const filters = parseFilters(url);
    expect(filters).toEqual({
      query: 'chuyen doi so',
      province: 'P01',
      organisation: undefined,
      sectors: ['health', 'banking'],
      languages: ['en'],
      availability: ['AVAILABILITY_STATUS_LIMITED'],
      onlyMentors: true,
      onlyCertified: false,
      activeWithinDays: undefined,
      order: 'relevance',
    });
    expect(filtersToUrl(filters)).toMatchObject({
      q: 'chuyen doi so',
      province: 'P01',
      sector: 'health,banking',
      availability: 'limited',
      mentors: '1',
      certified: undefined,
    });
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(parseFilters(new URLSearchParams('q=x')))).toBe(false);
  });

  it('drops values a hand-edited URL got wrong', () => {
    const filters = parseFilters(new URLSearchParams('province=p01&sector=Bad Value&language=eng'));
    expect(filters.province).toBeUndefined();
    expect(filters.sectors).toEqual([]);
    expect(filters.languages).toEqual([]);
  });

  it('builds the API query, relevance first only when words were typed', () => {
    const filters = parseFilters(new URLSearchParams('organisation=BYT&certified=1'));
    expect(searchQuery(filters, undefined)).toMatchObject({
      order: 'SEARCH_ORDER_NAME',
      'filter.organisations.code': ['BYT'],
      'filter.onlyCertified': true,
    });
    const typed = searchQuery(parseFilters(new URLSearchParams('q= ai ')), 'next');
    expect(typed).toMatchObject({
      query: 'ai',
      order: 'SEARCH_ORDER_RELEVANCE',
      'page.cursor': 'next',
    });
  });

  it('keeps the activity filter and the order to the values offered', () => {
    const filters = parseFilters(new URLSearchParams('active=90&order=active'));
    expect(filters.activeWithinDays).toBe(90);
    expect(searchQuery(filters, undefined)).toMatchObject({
      order: 'SEARCH_ORDER_LAST_ACTIVE',
      'filter.activeWithinDays': 90,
    });
    expect(filtersToUrl(filters)).toMatchObject({ active: '90', order: 'active' });
    const odd = parseFilters(new URLSearchParams('active=7&order=random'));
    expect(odd.activeWithinDays).toBeUndefined();
    expect(odd.order).toBe('relevance');
    expect(filtersToUrl(odd).order).toBeUndefined();
  });

  it('maps the availability facet to the filter', () => {
    expect(availabilityOfFacetValue('unavailable')).toBe('AVAILABILITY_STATUS_UNAVAILABLE');
    expect(availabilityOfFacetValue('sometimes')).toBeUndefined();
  });

  it('toggles a value', () => {
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggle(['a'], 'c')).toEqual(['a', 'c']);
  });

  it('sorts facet values in Vietnamese collation and keeps chosen ones', () => {
    const options = facetOptions(
      [
        { value: 'P48', label: { vi: 'Thành phố Đà Nẵng' }, count: 3 },
        { value: 'P01', label: { vi: 'Thành phố Hà Nội' }, count: 36 },
        { value: 'P52', label: { vi: 'Tỉnh Gia Lai' }, count: 7 },
        { value: 'P31', label: { vi: 'Thành phố Hải Phòng' }, count: 6 },
      ],
      ['P79'],
      (bucket) => (bucket.value === 'P79' ? 'Thành phố Hồ Chí Minh' : (bucket.label?.vi ?? '')),
    );
    expect(options.map((option) => option.value)).toEqual(['P48', 'P01', 'P31', 'P79', 'P52']);
    expect(options.find((option) => option.value === 'P79')).toMatchObject({
      count: 0,
      selected: true,
    });
  });
});

import { useCallback, useMemo } from 'react';
import { sortByVietnamese } from '../i18n/format.ts';
import { localized, useI18n } from '../i18n/i18n.tsx';
import { api, call } from './client.ts';
import type { components } from './gen/schema.ts';
import { useLoad } from './hooks.ts';
import { collectPages, pageQuery } from './pages.ts';

type Organisation = components['schemas']['Organisation'];

/** Ministries, agencies and provinces (current ones), every page. */
export const loadOrganisations = () =>
  collectPages(
    (cursor) => call(api.GET('/api/v1/organisations', { params: { query: pageQuery(cursor) } })),
    (page) => page.organisations,
  );

/**
 * Every organisation (ministries, agencies, provinces), loaded once per screen: names for codes,
 * and the choices of an organisation filter in Vietnamese collation.
 */
export function useOrganisations() {
  const { locale } = useI18n();
  const loaded = useLoad(loadOrganisations, []);
  const data = loaded.status === 'ok' ? loaded.data : undefined;
  const organisations: readonly Organisation[] = useMemo(() => data ?? [], [data]);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const organisation of organisations) {
      if (organisation.code !== undefined) {
        map.set(organisation.code, localized(locale, organisation.name) || organisation.code);
      }
    }
    return map;
  }, [organisations, locale]);
  const nameOf = useCallback((code: string) => names.get(code) ?? code, [names]);
  const options = useMemo(
    () =>
      sortByVietnamese(
        [...names.entries()].map(([value, label]) => ({ value, label })),
        (option) => option.label,
      ),
    [names],
  );
  return { nameOf, options, status: loaded.status };
}

/**
 * An organisation's name by its code, in the current language; the code itself until the list
 * has loaded (or when it is unknown), nothing for no code.
 */
export function useOrganisationName(): (code: string | undefined) => string {
  const { nameOf } = useOrganisations();
  return useCallback(
    (code: string | undefined) => (code === undefined || code === '' ? '' : nameOf(code)),
    [nameOf],
  );
}

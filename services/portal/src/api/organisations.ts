import { useCallback, useMemo } from 'react';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/gen/schema.ts';
import { useLoad } from '../../api/hooks.ts';
import { sortByVietnamese } from '../../i18n/format.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { collectPages, pageQuery } from '../../api/pages.ts';

type Organisation = components['schemas']['Organisation'];

/**
 * Every organisation (ministries, agencies, provinces), loaded once per screen: names for codes,
 * and the choices of an organisation filter in Vietnamese collation.
 */
export function useOrganisations() {
  const { locale } = useI18n();
  const loaded = useLoad(
    () =>
      collectPages(
        (cursor) =>
          call(
            api.GET('/api/v1/organisations', {
              params: {
                query: {
                  ...pageQuery(cursor),
                },
              },
            }),
          ),
        (page) => page.organisations,
      ),
    [],
  );
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

import { useCallback } from 'react';
import { useLoad } from '../../api/hooks.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { loadOrganisations } from './data.ts';

/**
 * An organisation's name by its code, in the current language; the code itself until the list
 * has loaded (or when it is unknown).
 */
export function useOrganisationName(): (code: string | undefined) => string {
  const { locale } = useI18n();
  const organisations = useLoad(loadOrganisations, []);
  return useCallback(
    (code: string | undefined) => {
      if (code === undefined || code === '') return '';
      if (organisations.status !== 'ok') return code;
      const found = organisations.data.find((organisation) => organisation.code === code);
      return found === undefined ? code : localized(locale, found.name);
    },
    [organisations, locale],
  );
}

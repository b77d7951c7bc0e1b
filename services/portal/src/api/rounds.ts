import { useMemo } from 'react';
import { localized, useI18n } from '../i18n/i18n.tsx';
import { api, call } from './client.ts';
import type { components } from './gen/schema.ts';
import { useLoad } from './hooks.ts';
import { collectPages, pageQuery } from './pages.ts';

type Round = components['schemas']['IntakeRound'];

/** Every intake round the caller may see, every page. */
export const loadRounds = () =>
  collectPages(
    (cursor) => call(api.GET('/api/v1/rounds', { params: { query: pageQuery(cursor) } })),
    (page) => page.rounds,
  );

/** Every round the caller may see, newest deadline first, with the choices of a round filter. */
export function useRounds() {
  const { locale } = useI18n();
  const loaded = useLoad(loadRounds, []);
  const data = loaded.status === 'ok' ? loaded.data : undefined;
  const rounds: readonly Round[] = useMemo(
    () =>
      data !== undefined
        ? [...data].sort(
            (a, b) => (Date.parse(b.closesAt ?? '') || 0) - (Date.parse(a.closesAt ?? '') || 0),
          )
        : [],
    [data],
  );
  const options = useMemo(
    () => rounds.map((round) => ({ value: round.id ?? '', label: localized(locale, round.name) })),
    [rounds, locale],
  );
  return { rounds, options, loaded, reload: loaded.reload };
}

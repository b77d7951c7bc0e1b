import { useMemo } from 'react';
import { Link } from '../../app/router.tsx';
import type { Column } from '../../components/DataTable.tsx';
import { Badge } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import type { Round } from './model.ts';
import { roundStatusView } from './status.ts';

/**
 * A table of rounds' columns (name, status, opening and closing dates), the name a link to
 * `href(id)`: the nominating officer's rounds and the programme office's share them.
 */
export function useRoundColumns(href: (id: string) => string): Column<Round>[] {
  const { t, date, locale } = useI18n();
  return useMemo<Column<Round>[]>(
    () => [
      {
        key: 'name',
        header: t('nominations.rounds.name'),
        cell: (round) => <Link to={href(round.id ?? '')}>{localized(locale, round.name)}</Link>,
        sortValue: (round) => localized(locale, round.name),
      },
      {
        key: 'status',
        header: t('nominations.rounds.status'),
        cell: (round) => {
          const view = roundStatusView(round.status);
          return <Badge tone={view.tone}>{t(view.label)}</Badge>;
        },
      },
      {
        key: 'opensAt',
        header: t('nominations.rounds.opensAt'),
        cell: (round) => date(round.opensAt),
        sortValue: (round) => Date.parse(round.opensAt ?? '') || 0,
      },
      {
        key: 'closesAt',
        header: t('nominations.rounds.closesAt'),
        cell: (round) => date(round.closesAt),
        sortValue: (round) => Date.parse(round.closesAt ?? '') || 0,
      },
    ],
    [t, date, locale, href],
  );
}

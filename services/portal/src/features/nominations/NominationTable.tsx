import { memo, useMemo, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { Badge } from '../../components/Status.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import type { Nomination } from './model.ts';
import { sortNominations, type NominationSort, type NominationSortKey } from './sorting.ts';
import { nominationStatusView } from './status.ts';

interface Options {
  readonly linkOf: (nomination: Nomination) => string;
  readonly showOrganisation: boolean;
  readonly showScore: boolean;
  readonly organisationName: (code: string) => string;
}

const codeItself = (code: string) => code;

/**
 * A list of nominations, sortable by its headers. Built for a thousand rows: the sort is one
 * pass over precomputed keys, and each row is memoised, so a re-render of the page (a filter
 * typed, a notice shown) re-renders no row whose nomination did not change.
 */
export function NominationTable({
  caption,
  nominations,
  linkOf,
  showOrganisation = false,
  showScore = false,
  organisationName = codeItself,
}: {
  readonly caption: string;
  readonly nominations: readonly Nomination[];
  readonly linkOf: (nomination: Nomination) => string;
  readonly showOrganisation?: boolean;
  readonly showScore?: boolean;
  readonly organisationName?: (code: string) => string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [sort, setSort] = useState<NominationSort>({ key: 'updated', descending: true });
  const sorted = useMemo(
    () => sortNominations(nominations, sort, organisationName),
    [nominations, sort, organisationName],
  );
  const options = useMemo<Options>(
    () => ({ linkOf, showOrganisation, showScore, organisationName }),
    [linkOf, showOrganisation, showScore, organisationName],
  );
  if (nominations.length === 0) return <p className="muted">{t('nominations.list.empty')}</p>;
  const header = (key: NominationSortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={numeric ? 'numeric' : undefined}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
      >
        <button
          type="button"
          className="sort-button"
          aria-label={t('common.sortBy', { column: label })}
          onClick={() => {
            setSort({ key, descending: active ? !sort.descending : key === 'updated' });
          }}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="table-wrap">
      <table className="nomination-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {header('name', t('nominations.list.name'))}
            <th scope="col">{t('nominations.list.position')}</th>
            {showOrganisation && header('organisation', t('nominations.list.organisation'))}
            {header('status', t('nominations.list.status'))}
            {showScore && header('score', t('nominations.list.score'), true)}
            {header('updated', t('nominations.list.updated'))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((nomination) => (
            <NominationRow
              key={nomination.id}
              nomination={nomination}
              options={options}
              i18n={i18n}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const NominationRow = memo(function NominationRow({
  nomination,
  options,
  i18n,
}: {
  readonly nomination: Nomination;
  readonly options: Options;
  readonly i18n: I18n;
}) {
  const { t, date, number } = i18n;
  const status = nominationStatusView(nomination.status);
  const candidate = nomination.candidate;
  const flagged = (nomination.duplicateFlagIds ?? []).length > 0;
  return (
    <tr>
      <td>
        <Link to={options.linkOf(nomination)}>
          {candidate?.fullName === undefined || candidate.fullName === ''
            ? t('nominations.list.unnamed')
            : candidate.fullName}
        </Link>
        {flagged && (
          <>
            {' '}
            <Badge tone="warn">{t('nominations.list.duplicate')}</Badge>
          </>
        )}
      </td>
      <td>
        {candidate?.position}
        {candidate?.unit !== undefined && candidate.unit !== '' && (
          <span className="muted small nomination-unit">{candidate.unit}</span>
        )}
      </td>
      {options.showOrganisation && (
        <td>{options.organisationName(nomination.organisation?.code ?? '')}</td>
      )}
      <td>
        <Badge tone={status.tone}>{t(status.label)}</Badge>
      </td>
      {options.showScore && (
        <td className="numeric">
          {(nomination.reviews ?? []).length === 0 ? '—' : number(nomination.averageScore)}
        </td>
      )}
      <td>{date(nomination.updatedAt)}</td>
    </tr>
  );
});

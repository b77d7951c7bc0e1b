import { useCallback } from 'react';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/gen/schema.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { FilterForm, QueryFilter } from '../../components/Filters.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { labelOf } from '../nominations/labels.ts';
import { collectPages, pageQuery } from '../../api/pages.ts';
import { nominationStatusView } from '../nominations/status.ts';
import { useOrganisations } from '../../api/organisations.ts';
import { useRounds } from '../../api/rounds.ts';
import { RoundFilter } from './RoundFilter.tsx';
import '../nominations/nominations.css';
import './review.css';

type Flag = components['schemas']['DuplicateFlag'];
type FlagStatus = Exclude<NonNullable<Flag['status']>, 'DUPLICATE_FLAG_STATUS_UNSPECIFIED'>;

const FLAG_STATUSES: readonly FlagStatus[] = [
  'DUPLICATE_FLAG_STATUS_OPEN',
  'DUPLICATE_FLAG_STATUS_CONFIRMED',
  'DUPLICATE_FLAG_STATUS_DISMISSED',
];

const FLAG_STATUS_LABEL: Readonly<Record<FlagStatus, MessageKey>> = {
  DUPLICATE_FLAG_STATUS_OPEN: 'review.flags.status.open',
  DUPLICATE_FLAG_STATUS_CONFIRMED: 'review.flags.status.confirmed',
  DUPLICATE_FLAG_STATUS_DISMISSED: 'review.flags.status.dismissed',
};

/**
 * Possible duplicates the service found (one person nominated twice, by two organisations or in
 * two rounds), for the programme office to confirm or dismiss with a note.
 */
export default function DuplicateFlags({ query }: ScreenProps) {
  const { t } = useI18n();
  const status =
    FLAG_STATUSES.find((value) => value === query.get('status')) ?? 'DUPLICATE_FLAG_STATUS_OPEN';
  const roundId = query.get('round') ?? '';
  const rounds = useRounds();
  const organisations = useOrganisations();
  const flags = useLoad(
    () =>
      collectPages(
        (cursor) =>
          call(
            api.GET('/api/v1/duplicate-flags', {
              params: {
                query: {
                  statuses: [status],
                  ...(roundId === '' ? {} : { roundId }),
                  ...pageQuery(cursor),
                },
              },
            }),
          ),
        (page) => page.flags,
      ),
    [status, roundId],
  );
  return (
    <Page title={t('review.flags.title')}>
      <p>{t('review.flags.intro')}</p>
      <FilterForm className="filters card">
        <QueryFilter
          label={t('review.filter.status')}
          name="status"
          value={status}
          options={FLAG_STATUSES.map((value) => ({ value, label: t(FLAG_STATUS_LABEL[value]) }))}
          param="status"
          all={false}
        />
        <RoundFilter value={roundId} options={rounds.options} />
      </FilterForm>
      {flags.status === 'loading' && <Loading />}
      {flags.status === 'failed' && <ProblemAlert failure={flags.failure} />}
      {flags.status === 'ok' &&
        (flags.data.length === 0 ? (
          <p className="muted">{t('review.flags.none')}</p>
        ) : (
          flags.data.map((flag, index) => (
            <FlagCard
              key={flag.id}
              flag={flag}
              number={index + 1}
              nameOf={organisations.nameOf}
              roundName={(id) => rounds.options.find((option) => option.value === id)?.label ?? ''}
              onResolved={flags.reload}
            />
          ))
        ))}
    </Page>
  );
}

function FlagCard({
  flag,
  number,
  nameOf,
  roundName,
  onResolved,
}: {
  readonly flag: Flag;
  readonly number: number;
  readonly nameOf: (code: string) => string;
  readonly roundName: (id: string) => string;
  readonly onResolved: () => void;
}) {
  const { t, dateTime } = useI18n();
  const flagId = flag.id ?? '';
  const resolve = useCallback(
    (
      resolution: 'DUPLICATE_FLAG_STATUS_CONFIRMED' | 'DUPLICATE_FLAG_STATUS_DISMISSED',
      note: string,
    ) =>
      call(
        api.POST('/api/v1/duplicate-flags/{flagId}/resolve', {
          params: { path: { flagId } },
          body: { resolution, note },
        }),
      ),
    [flagId],
  );
  const confirm = useAction(resolve, onResolved);
  const dismiss = useAction(resolve, onResolved);
  const statusKey = labelOf(FLAG_STATUS_LABEL, flag.status);
  const matches = flag.matches ?? [];
  const headingId = `flag-${flagId}`;
  return (
    <section className="card flag-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('review.flags.flag', {
          number,
          name: matches[0]?.candidateName ?? '',
        })}
      </h2>
      <p>
        {statusKey !== undefined && (
          <Badge
            tone={
              flag.status === 'DUPLICATE_FLAG_STATUS_OPEN'
                ? 'warn'
                : flag.status === 'DUPLICATE_FLAG_STATUS_CONFIRMED'
                  ? 'bad'
                  : 'neutral'
            }
          >
            {t(statusKey)}
          </Badge>
        )}{' '}
        {t('review.flags.flaggedAt', { date: dateTime(flag.flaggedAt) })}
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('review.flags.matches', { number })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('nominations.list.name')}</th>
              <th scope="col">{t('review.filter.organisation')}</th>
              <th scope="col">{t('review.filter.round')}</th>
              <th scope="col">{t('review.filter.status')}</th>
            </tr>
          </thead>
          <tbody>
            {matches.map((match) => {
              const view = nominationStatusView(match.status);
              return (
                <tr key={match.nominationId}>
                  <td>
                    <Link to={`/review/nominations/${match.nominationId ?? ''}`}>
                      {match.candidateName}
                    </Link>
                  </td>
                  <td>{nameOf(match.organisation?.code ?? '')}</td>
                  <td>{roundName(match.roundId ?? '')}</td>
                  <td>
                    <Badge tone={view.tone}>{t(view.label)}</Badge>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {flag.status === 'DUPLICATE_FLAG_STATUS_OPEN' ? (
        <div className="inline-actions">
          <ConfirmAction
            label={t('review.flags.confirm')}
            question={t('review.flags.confirmQuestion')}
            confirmLabel={t('review.flags.confirmConfirm')}
            reasonLabel={t('review.flags.note')}
            danger
            state={confirm.state}
            onConfirm={(note) => void confirm.execute('DUPLICATE_FLAG_STATUS_CONFIRMED', note)}
          />
          <ConfirmAction
            label={t('review.flags.dismiss')}
            question={t('review.flags.dismissQuestion')}
            confirmLabel={t('review.flags.dismissConfirm')}
            reasonLabel={t('review.flags.note')}
            state={dismiss.state}
            onConfirm={(note) => void dismiss.execute('DUPLICATE_FLAG_STATUS_DISMISSED', note)}
          />
        </div>
      ) : (
        <p>
          {t('review.flags.resolved', { date: dateTime(flag.resolvedAt) })}
          {flag.resolutionNote !== undefined && flag.resolutionNote !== '' && (
            <>
              {' — '}
              {flag.resolutionNote}
            </>
          )}
        </p>
      )}
    </section>
  );
}

import { useCallback, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link, setQuery } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n, type MessageKey } from '../../i18n/i18n.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { EDUCATION_LEVEL_LABEL, EMPLOYMENT_TYPE_LABEL, labelOf } from '../nominations/labels.ts';
import type { Round } from '../nominations/model.ts';
import { roundStatusView } from '../nominations/status.ts';
import { LedgerSection } from './LedgerSection.tsx';
import { QuotaEditor } from './QuotaEditor.tsx';
import { useOrganisations } from '../../api/organisations.ts';
import '../nominations/nominations.css';
import './review.css';

/** A round for the programme office: its settings, opening and closing, quotas and ledger. */
export default function RoundOffice({ params, query }: ScreenProps) {
  const { t, date, locale } = useI18n();
  const roundId = params.roundId ?? '';
  const organisations = useOrganisations();
  const loaded = useLoad(
    () => call(api.GET('/api/v1/rounds/{roundId}', { params: { path: { roundId } } })),
    [roundId],
  );
  const [changed, setChanged] = useState<Round | undefined>();
  const [notice, setNotice] = useState<MessageKey | undefined>(
    query.get('saved') === '1' ? 'review.roundForm.saved' : undefined,
  );
  const [ledgerVersion, setLedgerVersion] = useState(0);
  const round = changed ?? (loaded.status === 'ok' ? loaded.data.round : undefined);
  const version = round?.version ?? 0;
  const after = useCallback((data: { round?: Round }, message: MessageKey) => {
    setChanged(data.round);
    setNotice(message);
    setQuery({ saved: undefined });
  }, []);
  const onOpened = useCallback(
    (data: { round?: Round }) => {
      after(data, 'review.round.opened');
    },
    [after],
  );
  const onClosed = useCallback(
    (data: { round?: Round }) => {
      after(data, 'review.round.closed');
    },
    [after],
  );
  const open = useAction(
    useCallback(
      () =>
        call(
          api.POST('/api/v1/rounds/{roundId}/open', {
            params: { path: { roundId } },
            body: { expectedVersion: version },
          }),
        ),
      [roundId, version],
    ),
    onOpened,
  );
  const close = useAction(
    useCallback(
      (reason: string) =>
        call(
          api.POST('/api/v1/rounds/{roundId}/close', {
            params: { path: { roundId } },
            body: { expectedVersion: version, reason },
          }),
        ),
      [roundId, version],
    ),
    onClosed,
  );
  const onQuotasSaved = useCallback(() => {
    setLedgerVersion((value) => value + 1);
  }, []);
  const status = roundStatusView(round?.status);
  const eligibility = round?.eligibility;
  const education = labelOf(EDUCATION_LEVEL_LABEL, eligibility?.minEducationLevel);
  const base = `/api/v1/rounds/${encodeURIComponent(roundId)}`;
  return (
    <Page
      title={round === undefined ? t('nominations.round.title') : localized(locale, round.name)}
      actions={
        round !== undefined && (
          <Link className="button" to={`/office/rounds/${roundId}/edit`}>
            {t('review.round.edit')}
          </Link>
        )
      }
    >
      <p>
        <Link to="/office/rounds">{t('review.roundForm.backToRounds')}</Link>
      </p>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {notice !== undefined && <Notice>{t(notice)}</Notice>}
      {round !== undefined && (
        <>
          <div className="card">
            <dl className="facts">
              <dt>{t('nominations.rounds.status')}</dt>
              <dd>
                <Badge tone={status.tone}>{t(status.label)}</Badge>
              </dd>
              <dt>{t('nominations.rounds.opensAt')}</dt>
              <dd>{date(round.opensAt)}</dd>
              <dt>{t('nominations.rounds.closesAt')}</dt>
              <dd>{date(round.closesAt)}</dd>
              <dt>{t('review.roundForm.employmentTypes')}</dt>
              <dd>
                {(eligibility?.employmentTypes ?? []).length === 0
                  ? t('common.all')
                  : (eligibility?.employmentTypes ?? [])
                      .map((type) => {
                        const key = labelOf(EMPLOYMENT_TYPE_LABEL, type);
                        return key === undefined ? type : t(key);
                      })
                      .join(', ')}
              </dd>
              <dt>{t('review.roundForm.minEducationLevel')}</dt>
              <dd>{education === undefined ? t('review.roundForm.noMinimum') : t(education)}</dd>
              <dt>{t('review.roundForm.rubric')}</dt>
              <dd>
                {(round.rubric ?? [])
                  .map(
                    (criterion) =>
                      `${localized(locale, criterion.name)} (${String(criterion.weight)})`,
                  )
                  .join('; ')}
              </dd>
            </dl>
            {round.description !== undefined && round.description !== '' && (
              <p>{round.description}</p>
            )}
            <div className="inline-actions">
              {(round.status === 'ROUND_STATUS_DRAFT' ||
                round.status === 'ROUND_STATUS_SCHEDULED') && (
                <ConfirmAction
                  label={t('review.round.open')}
                  question={t('review.round.openQuestion')}
                  confirmLabel={t('review.round.openConfirm')}
                  primary
                  state={open.state}
                  onConfirm={() => void open.execute()}
                />
              )}
              {round.status === 'ROUND_STATUS_OPEN' && (
                <ConfirmAction
                  label={t('review.round.close')}
                  question={t('review.round.closeQuestion')}
                  confirmLabel={t('review.round.closeConfirm')}
                  reasonLabel={t('review.round.closeReason')}
                  reasonHint={t('nominations.detail.reasonHint')}
                  danger
                  state={close.state}
                  onConfirm={(reason) => void close.execute(reason)}
                />
              )}
            </div>
          </div>
          <section aria-labelledby="exports-heading">
            <h2 id="exports-heading">{t('review.export.title')}</h2>
            <div className="export-links">
              <a className="button small" href={`${base}/nominations/export.xlsx`} download>
                {t('review.export.nominationsXlsx')}
              </a>
              <a className="button small" href={`${base}/nominations/export.csv`} download>
                {t('review.export.nominationsCsv')}
              </a>
              <Link className="button small" to={`/review?round=${encodeURIComponent(roundId)}`}>
                {t('review.round.queue')}
              </Link>
            </div>
          </section>
          <div className="card">
            <QuotaEditor
              roundId={roundId}
              nameOf={organisations.nameOf}
              options={organisations.options}
              onSaved={onQuotasSaved}
            />
          </div>
          <LedgerSection roundId={roundId} nameOf={organisations.nameOf} version={ledgerVersion} />
        </>
      )}
    </Page>
  );
}

import { useCallback } from 'react';
import { api, call } from '../../api/client.ts';
import { Link, setQuery } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';
import { CandidateFacts } from './CandidateFacts.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { Documents } from './Documents.tsx';
import { hasDecisionLetter } from './documents.ts';
import { Eligibility } from './Eligibility.tsx';
import type { Nomination } from './model.ts';
import { Outcomes } from './Outcomes.tsx';
import { Revisions } from './Revisions.tsx';
import { useNomination, useNominationAction } from './useNomination.ts';
import { isEditable, isSubmittable, isWithdrawable, nominationStatusView } from './status.ts';
import './nominations.css';

/** One nomination for its nominating officer: status, documents, submit, withdraw, history. */
export default function NominationDetail({ params, query }: ScreenProps) {
  const { t } = useI18n();
  const nominationId = params.nominationId ?? '';
  const {
    loaded,
    current,
    notice,
    changed: show,
  } = useNomination(
    nominationId,
    query.get('saved') === '1' ? 'nominations.detail.saved' : undefined,
  );
  const changed = useCallback(
    (nomination: Nomination | undefined, message: MessageKey) => {
      show(nomination, message);
      setQuery({ saved: undefined });
    },
    [show],
  );
  const onDocumentsChanged = useCallback(
    (nomination: Nomination | undefined) => {
      changed(nomination, 'nominations.document.saved');
    },
    [changed],
  );
  const version = current?.version ?? 0;
  const submit = useNominationAction(
    useCallback(
      () =>
        call(
          api.POST('/api/v1/nominations/{nominationId}/submit', {
            params: { path: { nominationId } },
            body: { expectedVersion: version },
          }),
        ),
      [nominationId, version],
    ),
    changed,
    'nominations.detail.submitted',
  );
  const withdraw = useNominationAction(
    useCallback(
      (reason: string) =>
        call(
          api.POST('/api/v1/nominations/{nominationId}/withdraw', {
            params: { path: { nominationId } },
            body: { expectedVersion: version, reason },
          }),
        ),
      [nominationId, version],
    ),
    changed,
    'nominations.detail.withdrawn',
  );
  const status = nominationStatusView(current?.status);
  const title = current?.candidate?.fullName ?? t('nominations.detail.title');
  return (
    <Page title={title}>
      {current?.roundId !== undefined && (
        <p>
          <Link to={`/nominating/rounds/${current.roundId}`}>
            {t('nominations.form.backToRound')}
          </Link>
        </p>
      )}
      {loaded.status === 'loading' && current === undefined && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {notice !== undefined && <Notice>{t(notice)}</Notice>}
      {current !== undefined && (
        <>
          <div className="card">
            <p>
              {t('nominations.list.status')}: <Badge tone={status.tone}>{t(status.label)}</Badge>
            </p>
            <div className="form-actions">
              {isEditable(current.status) && (
                <Link className="button" to={`/nominating/nominations/${nominationId}/edit`}>
                  {t('nominations.detail.edit')}
                </Link>
              )}
              {isSubmittable(current.status) && (
                <button
                  type="button"
                  className="button primary"
                  disabled={submit.state.status === 'running'}
                  onClick={() => void submit.execute()}
                >
                  {current.status === 'NOMINATION_STATUS_RETURNED'
                    ? t('nominations.detail.resubmit')
                    : t('nominations.detail.submit')}
                </button>
              )}
              {isWithdrawable(current.status) && (
                <ConfirmAction
                  label={t('nominations.detail.withdraw')}
                  question={t('nominations.detail.withdrawQuestion')}
                  confirmLabel={t('nominations.detail.withdrawConfirm')}
                  reasonLabel={t('nominations.detail.withdrawReason')}
                  reasonHint={t('nominations.detail.reasonHint')}
                  danger
                  state={withdraw.state}
                  onConfirm={(reason) => void withdraw.execute(reason)}
                />
              )}
            </div>
            {isSubmittable(current.status) && !hasDecisionLetter(current) && (
              <p className="hint">{t('nominations.detail.needsDecisionLetter')}</p>
            )}
            {submit.state.status === 'failed' && <ProblemAlert failure={submit.state.failure} />}
          </div>
          <Outcomes nomination={current} />
          <Eligibility nomination={current} />
          <CandidateFacts nomination={current} />
          <Documents
            nomination={current}
            editable={isEditable(current.status)}
            onChanged={onDocumentsChanged}
          />
          <Revisions nominationId={nominationId} version={current.version} />
        </>
      )}
    </Page>
  );
}

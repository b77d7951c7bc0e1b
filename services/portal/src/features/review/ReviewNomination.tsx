import { useCallback, useState } from 'react';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/gen/schema.ts';
import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useSession } from '../../app/session.tsx';
import { SelectField } from '../../components/Field.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { CandidateFacts } from '../nominations/CandidateFacts.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { Documents } from '../nominations/Documents.tsx';
import { Eligibility } from '../nominations/Eligibility.tsx';
import {
  DECISION_OUTCOME_LABEL,
  DECISION_OUTCOMES,
  pick,
  type DecisionOutcome,
} from '../nominations/labels.ts';
import type { Nomination } from '../nominations/model.ts';
import { Outcomes } from '../nominations/Outcomes.tsx';
import { Revisions } from '../nominations/Revisions.tsx';
import { useNomination, useNominationAction } from '../nominations/useNomination.ts';
import { isDecidable, isInReview, nominationStatusView } from '../nominations/status.ts';
import { Reviews } from './Reviews.tsx';
import { ScoreForm } from './ScoreForm.tsx';
import { useOrganisations } from '../../api/organisations.ts';
import '../nominations/nominations.css';
import './review.css';

const noChange = () => undefined;
const NO_ROUND: components['schemas']['GetRoundResponse'] = {};

/**
 * One nomination for reviewers and the programme office: the nominee, the documents, the
 * rubric scores, and the actions their roles allow (score, return for changes, decide).
 */
export default function ReviewNomination({ params }: ScreenProps) {
  const { t, locale, number } = useI18n();
  const { hasRole } = useSession();
  const reviewer = hasRole('reviewer');
  const office = hasRole('programme-office');
  const nominationId = params.nominationId ?? '';
  const organisations = useOrganisations();
  const { loaded, current, notice, changed } = useNomination(nominationId);
  const roundId = current?.roundId ?? '';
  const round = useLoad(
    () =>
      roundId === ''
        ? Promise.resolve({ ok: true as const, data: NO_ROUND })
        : call(api.GET('/api/v1/rounds/{roundId}', { params: { path: { roundId } } })),
    [roundId],
  );
  const roundData = round.status === 'ok' ? round.data.round : undefined;
  const rubric = roundData?.rubric ?? [];
  const onScored = useCallback(
    (nomination: Nomination | undefined) => {
      changed(nomination, 'review.score.saved');
    },
    [changed],
  );
  const version = current?.version ?? 0;
  const returnAction = useNominationAction(
    useCallback(
      (reason: string) =>
        call(
          api.POST('/api/v1/nominations/{nominationId}/return', {
            params: { path: { nominationId } },
            body: { expectedVersion: version, reason },
          }),
        ),
      [nominationId, version],
    ),
    changed,
    'review.return.done',
  );
  const [outcome, setOutcome] = useState<DecisionOutcome>('DECISION_OUTCOME_ACCEPTED');
  const decide = useNominationAction(
    useCallback(
      (reason: string) =>
        call(
          api.POST('/api/v1/nominations/{nominationId}/decide', {
            params: { path: { nominationId } },
            body: { expectedVersion: version, outcome, reason },
          }),
        ),
      [nominationId, version, outcome],
    ),
    changed,
    'review.decide.done',
  );
  const status = nominationStatusView(current?.status);
  return (
    <Page title={current?.candidate?.fullName ?? t('review.nomination.title')}>
      <p>
        <Link to="/review">{t('review.nomination.back')}</Link>
      </p>
      {loaded.status === 'loading' && current === undefined && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {notice !== undefined && <Notice>{t(notice)}</Notice>}
      {current !== undefined && (
        <>
          <div className="card">
            <dl className="facts">
              <dt>{t('review.filter.status')}</dt>
              <dd>
                <Badge tone={status.tone}>{t(status.label)}</Badge>
              </dd>
              <dt>{t('review.filter.organisation')}</dt>
              <dd>{organisations.nameOf(current.organisation?.code ?? '')}</dd>
              <dt>{t('review.filter.round')}</dt>
              <dd>{localized(locale, roundData?.name)}</dd>
              <dt>{t('nominations.list.score')}</dt>
              <dd>{(current.reviews ?? []).length === 0 ? '—' : number(current.averageScore)}</dd>
              {(current.duplicateFlagIds ?? []).length > 0 && (
                <>
                  <dt>{t('review.nomination.duplicates')}</dt>
                  <dd>
                    <Badge tone="warn">{t('nominations.list.duplicate')}</Badge>{' '}
                    {office && (
                      <Link to="/review/duplicates">{t('review.nomination.seeFlags')}</Link>
                    )}
                  </dd>
                </>
              )}
            </dl>
            <div className="inline-actions">
              {isInReview(current.status) && (reviewer || office) && (
                <ConfirmAction
                  label={t('review.return.button')}
                  question={t('review.return.question')}
                  confirmLabel={t('review.return.confirm')}
                  reasonLabel={t('review.return.reason')}
                  reasonHint={t('nominations.detail.reasonHint')}
                  state={returnAction.state}
                  onConfirm={(reason) => void returnAction.execute(reason)}
                />
              )}
              {isDecidable(current.status) && office && (
                <ConfirmAction
                  label={t('review.decide.button')}
                  question={t('review.decide.question')}
                  confirmLabel={t('review.decide.confirm')}
                  reasonLabel={t('review.decide.reason')}
                  reasonHint={t('nominations.detail.reasonHint')}
                  primary
                  state={decide.state}
                  onConfirm={(reason) => void decide.execute(reason)}
                >
                  <SelectField
                    label={t('review.decide.outcome')}
                    name="outcome"
                    required
                    value={outcome}
                    options={DECISION_OUTCOMES.map((value) => ({
                      value,
                      label: t(DECISION_OUTCOME_LABEL[value]),
                    }))}
                    onChange={(event) => {
                      setOutcome(pick(DECISION_OUTCOMES, event.target.value, outcome));
                    }}
                  />
                </ConfirmAction>
              )}
            </div>
            {office && current.status === 'NOMINATION_STATUS_SUBMITTED' && (
              <p className="muted small">{t('review.decide.needsReview')}</p>
            )}
          </div>
          <Outcomes nomination={current} />
          <Eligibility nomination={current} />
          {reviewer && isInReview(current.status) && round.status === 'ok' && (
            <ScoreForm nomination={current} rubric={rubric} onScored={onScored} />
          )}
          {round.status === 'failed' && <ProblemAlert failure={round.failure} />}
          <Reviews nomination={current} rubric={rubric} />
          <CandidateFacts nomination={current} />
          <Documents nomination={current} editable={false} onChanged={noChange} />
          <Revisions nominationId={nominationId} version={current.version} />
        </>
      )}
    </Page>
  );
}

import { useId, useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { SelectField, TextAreaField } from '../../components/Field.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { mentorChoices, scorePoints } from './board.ts';
import { loadSuggestions } from './data.ts';
import { GUARDRAIL } from './labels.ts';
import type { MatchRun } from './types.ts';

/**
 * Chooses another mentor for one application of a draft run, among its suggestions (and the
 * mentors excluded only as a repeat pair, which need the office's reason).
 */
export function AdjustPanel({
  run,
  applicationId,
  currentMentorId,
  onDone,
  onCancel,
}: {
  readonly run: MatchRun;
  readonly applicationId: string;
  readonly currentMentorId: string | undefined;
  readonly onDone: (run: MatchRun) => void;
  readonly onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const suggestions = useLoad(() => loadSuggestions(applicationId), [applicationId]);
  const [mentorId, setMentorId] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const adjust = useAction(
    (body: { mentorExpertId: string; repeatOverrideReason: string }) =>
      call(
        api.POST('/api/v1/mentoring/match-runs/{runId}/adjustments', {
          params: { path: { runId: run.id ?? '' } },
          body: {
            expectedVersion: run.version ?? 1,
            applicationId,
            mentorExpertId: body.mentorExpertId,
            ...(body.repeatOverrideReason === ''
              ? {}
              : { repeatOverrideReason: body.repeatOverrideReason }),
          },
        }),
      ),
    (data) => {
      if (data.run !== undefined) onDone(data.run);
    },
  );
  const data = suggestions.status === 'ok' ? suggestions.data : undefined;
  const choices = mentorChoices(data?.suggestions ?? [], data?.excluded ?? [], currentMentorId);
  const chosen = choices.find((choice) => choice.expertId === mentorId);
  const errors = actionFieldErrors(adjust.state);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen === undefined) {
      setMissing(t('mentoring.adjust.chooseRequired'));
      return;
    }
    setMissing(undefined);
    void adjust.execute({ mentorExpertId: chosen.expertId, repeatOverrideReason: reason.trim() });
  };
  return (
    <form
      className="card"
      aria-labelledby={headingId}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      noValidate
    >
      <p id={headingId}>
        <strong>{t('mentoring.adjust.title')}</strong>
      </p>
      {suggestions.status === 'loading' && <Loading />}
      {suggestions.status === 'failed' && <ProblemAlert failure={suggestions.failure} />}
      {data !== undefined && choices.length === 0 && (
        <p className="muted">{t('mentoring.adjust.noChoices')}</p>
      )}
      {choices.length > 0 && (
        <SelectField
          label={t('mentoring.adjust.mentor')}
          required
          value={mentorId}
          error={missing ?? errors.mentorExpertId}
          onChange={(event) => {
            setMentorId(event.target.value);
          }}
          options={[
            { value: '', label: t('mentoring.adjust.choose') },
            ...choices.map((choice) => ({
              value: choice.expertId,
              label: t(
                choice.repeat ? 'mentoring.adjust.optionRepeat' : 'mentoring.adjust.option',
                {
                  name: choice.fullName,
                  points: choice.score,
                },
              ),
            })),
          ]}
        />
      )}
      {chosen?.repeat === true && (
        <TextAreaField
          label={t('mentoring.adjust.overrideReason')}
          hint={t('mentoring.adjust.overrideHint')}
          required
          rows={2}
          maxLength={1000}
          value={reason}
          error={errors.repeatOverrideReason}
          onChange={(event) => {
            setReason(event.target.value);
          }}
        />
      )}
      {(data?.excluded ?? []).length > 0 && (
        <details>
          <summary>{t('mentoring.adjust.excludedTitle')}</summary>
          <ul>
            {(data?.excluded ?? []).map((excluded) => (
              <li key={excluded.mentor?.expertId ?? ''}>
                {t('mentoring.adjust.excludedMentor', {
                  name: excluded.mentor?.fullName ?? '',
                  points: scorePoints(excluded.score),
                })}
                :{' '}
                {(excluded.breaches ?? [])
                  .map((breach) =>
                    breach.reason !== undefined && localized(locale, breach.reason) !== ''
                      ? localized(locale, breach.reason)
                      : t(GUARDRAIL[breach.guardrail ?? 'GUARDRAIL_UNSPECIFIED']),
                  )
                  .join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      <FormProblem state={adjust.state} placed={['mentorExpertId', 'repeatOverrideReason']} />
      <div className="form-actions">
        <button
          type="submit"
          className="button primary"
          disabled={adjust.state.status === 'running' || choices.length === 0}
        >
          {t('mentoring.adjust.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

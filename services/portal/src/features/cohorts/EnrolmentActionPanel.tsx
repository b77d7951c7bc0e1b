import { useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { SelectField, TextAreaField } from '../../components/Field.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { loadCohorts } from './data.ts';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { ENROLMENT_STATUS } from './labels.ts';
import type { Cohort, Enrolment } from './types.ts';

export interface EnrolmentAction {
  readonly kind: 'transfer' | 'drop' | 'assign';
  readonly enrolment: Enrolment;
}

/** The office's change to one trainee's place: transfer, drop (with a reason) or assign. */
export function EnrolmentActionPanel({
  action,
  cohort,
  onClose,
  onDone,
}: {
  readonly action: EnrolmentAction;
  /** The cohort on screen: where a pooled trainee is assigned, where a transfer starts. */
  readonly cohort: Cohort;
  readonly onClose: () => void;
  readonly onDone: (notice: string) => void;
}) {
  const { t, locale } = useI18n();
  const { enrolment, kind } = action;
  const enrolmentId = enrolment.id ?? '';
  const name = enrolment.trainee?.fullName ?? '';
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState('');
  const [waitlistIfFull, setWaitlistIfFull] = useState(false);
  const cohorts = useLoad(() => loadCohorts(), []);
  const targets =
    cohorts.status === 'ok'
      ? cohorts.data.filter(
          (candidate) =>
            candidate.id !== cohort.id &&
            (candidate.status === 'COHORT_STATUS_PLANNED' ||
              candidate.status === 'COHORT_STATUS_RUNNING'),
        )
      : [];
  const run = useAction(
    () => {
      const version = enrolment.version ?? 0;
      const path = { enrolmentId };
      if (kind === 'drop') {
        return call(
          api.POST('/api/v1/enrolments/{enrolmentId}/drop', {
            params: { path },
            body: { expectedVersion: version, reason: reason.trim() },
          }),
        );
      }
      if (kind === 'transfer') {
        return call(
          api.POST('/api/v1/enrolments/{enrolmentId}/transfer', {
            params: { path },
            body: {
              expectedVersion: version,
              toCohortId: target,
              reason: reason.trim(),
              waitlistIfFull,
            },
          }),
        );
      }
      return call(
        api.POST('/api/v1/enrolments/{enrolmentId}/assign', {
          params: { path },
          body: { expectedVersion: version, cohortId: cohort.id ?? '' },
        }),
      );
    },
    (answer) => {
      const status = answer.enrolment?.status ?? 'ENROLMENT_STATUS_UNSPECIFIED';
      onDone(
        t(`cohorts.${kind}.done`, {
          name,
          status: t(ENROLMENT_STATUS[status]),
        }),
      );
    },
  );
  const errors = actionFieldErrors(run.state);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run.execute();
  };
  const heading = t(`cohorts.${kind}.title`, { name });
  return (
    <form className="card action-panel" onSubmit={submit} aria-label={heading} noValidate>
      <h3>{heading}</h3>
      <p>
        {t(`cohorts.${kind}.explain`, {
          name,
          cohort: localized(locale, cohort.settings?.name),
        })}
      </p>
      {kind === 'transfer' && (
        <>
          <SelectField
            label={t('cohorts.transfer.target')}
            required
            value={target}
            error={errors.toCohortId}
            onChange={(event) => {
              setTarget(event.target.value);
            }}
            options={[
              { value: '', label: t('cohorts.transfer.chooseTarget') },
              ...targets.map((candidate) => ({
                value: candidate.id ?? '',
                label: t('cohorts.transfer.targetOption', {
                  name: localized(locale, candidate.settings?.name),
                  enrolled: candidate.enrolledCount ?? 0,
                  capacity: candidate.settings?.capacity ?? 0,
                }),
              })),
            ]}
          />
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={waitlistIfFull}
                onChange={(event) => {
                  setWaitlistIfFull(event.target.checked);
                }}
              />{' '}
              {t('cohorts.transfer.waitlistIfFull')}
            </label>
          </div>
        </>
      )}
      {kind !== 'assign' && (
        <TextAreaField
          label={t('cohorts.action.reason')}
          required
          hint={t('cohorts.action.reasonHint')}
          value={reason}
          error={errors.reason}
          onChange={(event) => {
            setReason(event.target.value);
          }}
        />
      )}
      <FormProblem state={run.state} placed={['reason', 'toCohortId']} />
      <div className="form-actions">
        <button
          type="submit"
          className={`button ${kind === 'drop' ? 'danger' : 'primary'}`}
          disabled={run.state.status === 'running'}
        >
          {t(`cohorts.${kind}.confirm`)}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { fieldErrors } from '../../api/problem.ts';
import { Link, navigate } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES } from '../nominations/form.ts';
import { EDUCATION_LEVEL_LABEL, EMPLOYMENT_TYPE_LABEL, pick } from '../nominations/labels.ts';
import type { Round } from '../nominations/model.ts';
import type { Outcome } from '../../api/pages.ts';
import {
  EMPTY_CRITERION,
  emptyRoundDraft,
  roundDraftFrom,
  roundSettingsOf,
  rubricWeightTotal,
  type CriterionDraft,
  type RoundDraft,
} from './roundForm.ts';
import '../nominations/nominations.css';
import './review.css';

/** A round's settings: a new round, or changes to one (dates, eligibility, rubric, reminders). */
export default function RoundEditor({ params }: ScreenProps) {
  const roundId = params.roundId;
  return roundId === undefined ? <CreateRound /> : <EditRound roundId={roundId} />;
}

function CreateRound() {
  const { t } = useI18n();
  const initial = useMemo(emptyRoundDraft, []);
  const save = useCallback(
    (draft: RoundDraft) =>
      call(api.POST('/api/v1/rounds', { body: { settings: roundSettingsOf(draft) } })),
    [],
  );
  return (
    <Page title={t('review.roundForm.createTitle')}>
      <p>
        <Link to="/office/rounds">{t('review.roundForm.backToRounds')}</Link>
      </p>
      <RoundForm initial={initial} save={save} cancelTo="/office/rounds" />
    </Page>
  );
}

function EditRound({ roundId }: { readonly roundId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(
    () => call(api.GET('/api/v1/rounds/{roundId}', { params: { path: { roundId } } })),
    [roundId],
  );
  const round = loaded.status === 'ok' ? loaded.data.round : undefined;
  const initial = useMemo(() => (round === undefined ? undefined : roundDraftFrom(round)), [round]);
  const version = round?.version ?? 0;
  const save = useCallback(
    (draft: RoundDraft) =>
      call(
        api.PUT('/api/v1/rounds/{roundId}', {
          params: { path: { roundId } },
          body: { expectedVersion: version, settings: roundSettingsOf(draft) },
        }),
      ),
    [roundId, version],
  );
  return (
    <Page title={t('review.roundForm.editTitle')}>
      <p>
        <Link to={`/office/rounds/${roundId}`}>{t('review.roundForm.backToRound')}</Link>
      </p>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {initial !== undefined && (
        <RoundForm initial={initial} save={save} cancelTo={`/office/rounds/${roundId}`} />
      )}
    </Page>
  );
}

const CRITERION_FIELDS = ['code', 'nameVi', 'nameEn', 'maxScore', 'weight'] as const;

function criterionPath(index: number, field: (typeof CRITERION_FIELDS)[number]): string {
  const api = field === 'nameVi' || field === 'nameEn' ? 'name' : field;
  return `settings.rubric[${String(index)}].${api}`;
}

function RoundForm({
  initial,
  save,
  cancelTo,
}: {
  readonly initial: RoundDraft;
  readonly save: (draft: RoundDraft) => Promise<Outcome<{ round?: Round }>>;
  readonly cancelTo: string;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const summary = useRef<HTMLDivElement>(null);
  const { state, execute } = useAction(
    save,
    useCallback((data: { round?: Round }) => {
      navigate(`/office/rounds/${data.round?.id ?? ''}?saved=1`);
    }, []),
  );
  useEffect(() => {
    if (state.status === 'failed') summary.current?.focus();
  }, [state]);
  const problem =
    state.status === 'failed' && state.failure.kind === 'problem'
      ? state.failure.problem
      : undefined;
  const errors = fieldErrors(problem);
  // Errors with no field of their own on the form are listed under the alert.
  const placed = new Set([
    'settings',
    'settings.name',
    'settings.name.vi',
    'settings.name.en',
    'settings.opensAt',
    'settings.closesAt',
    'settings.description',
    'settings.reminderDaysBeforeClose',
    'settings.rubric',
    'settings.eligibility.minYearsOfService',
    'settings.eligibility.maxAge',
    'settings.eligibility.ageReferenceDate',
    'settings.eligibility.minEducationLevel',
    ...draft.rubric.flatMap((_, index) =>
      ['code', 'name', 'name.vi', 'name.en', 'maxScore', 'weight'].map(
        (field) => `settings.rubric[${String(index)}].${field}`,
      ),
    ),
  ]);
  const unplaced = (problem?.errors ?? []).filter(({ field }) => !placed.has(field));
  const error = (...paths: string[]) =>
    paths.map((path) => errors[path]).find((message) => message !== undefined);
  const set = <K extends keyof RoundDraft>(key: K, value: RoundDraft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
  };
  const setCriterion = (index: number, field: keyof CriterionDraft, value: string) => {
    setDraft((previous) => ({
      ...previous,
      rubric: previous.rubric.map((criterion, at) =>
        at === index ? { ...criterion, [field]: value } : criterion,
      ),
    }));
  };
  const criterionLabel = {
    code: t('review.roundForm.criterionCode'),
    nameVi: t('review.roundForm.criterionNameVi'),
    nameEn: t('review.roundForm.criterionNameEn'),
    maxScore: t('review.roundForm.criterionMax'),
    weight: t('review.roundForm.criterionWeight'),
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void execute(draft);
  };
  return (
    <form onSubmit={submit} noValidate>
      {state.status === 'failed' && (
        <div ref={summary} tabIndex={-1}>
          <ProblemAlert failure={state.failure} />
          {unplaced.length > 0 && (
            <ul className="field-error">
              {unplaced.map(({ field, message }) => (
                <li key={`${field}:${message}`}>
                  {field}: {message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <fieldset>
        <legend>{t('review.roundForm.general')}</legend>
        <div className="grid-2">
          <TextField
            label={t('review.roundForm.nameVi')}
            name="settings.name.vi"
            required
            value={draft.nameVi}
            error={error('settings.name.vi', 'settings.name')}
            onChange={(event) => {
              set('nameVi', event.target.value);
            }}
          />
          <TextField
            label={t('review.roundForm.nameEn')}
            name="settings.name.en"
            value={draft.nameEn}
            error={error('settings.name.en')}
            onChange={(event) => {
              set('nameEn', event.target.value);
            }}
          />
          <TextField
            label={t('review.roundForm.opensOn')}
            name="settings.opensAt"
            type="date"
            required
            value={draft.opensOn}
            error={error('settings.opensAt')}
            onChange={(event) => {
              set('opensOn', event.target.value);
            }}
          />
          <TextField
            label={t('review.roundForm.closesOn')}
            name="settings.closesAt"
            type="date"
            required
            hint={t('review.roundForm.closesHint')}
            value={draft.closesOn}
            error={error('settings.closesAt', 'settings')}
            onChange={(event) => {
              set('closesOn', event.target.value);
            }}
          />
        </div>
        <TextAreaField
          label={t('review.roundForm.description')}
          name="settings.description"
          value={draft.description}
          error={error('settings.description')}
          onChange={(event) => {
            set('description', event.target.value);
          }}
        />
        <TextField
          label={t('review.roundForm.reminders')}
          name="settings.reminderDaysBeforeClose"
          hint={t('review.roundForm.remindersHint')}
          value={draft.reminderDays}
          error={error('settings.reminderDaysBeforeClose')}
          onChange={(event) => {
            set('reminderDays', event.target.value);
          }}
        />
      </fieldset>

      <fieldset>
        <legend>{t('review.roundForm.eligibility')}</legend>
        <fieldset>
          <legend>{t('review.roundForm.employmentTypes')}</legend>
          <p className="hint">{t('review.roundForm.employmentTypesHint')}</p>
          <div className="checkbox-list">
            {EMPLOYMENT_TYPES.map((type) => (
              <label key={type} className="checkbox-field">
                <input
                  type="checkbox"
                  name="settings.eligibility.employmentTypes"
                  value={type}
                  checked={draft.employmentTypes.includes(type)}
                  onChange={(event) => {
                    set(
                      'employmentTypes',
                      event.target.checked
                        ? EMPLOYMENT_TYPES.filter(
                            (value) => value === type || draft.employmentTypes.includes(value),
                          )
                        : draft.employmentTypes.filter((value) => value !== type),
                    );
                  }}
                />
                {t(EMPLOYMENT_TYPE_LABEL[type])}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid-2">
          <TextField
            label={t('review.roundForm.minYearsOfService')}
            name="settings.eligibility.minYearsOfService"
            type="number"
            min={0}
            value={draft.minYearsOfService}
            error={error('settings.eligibility.minYearsOfService')}
            onChange={(event) => {
              set('minYearsOfService', event.target.value);
            }}
          />
          <TextField
            label={t('review.roundForm.maxAge')}
            name="settings.eligibility.maxAge"
            type="number"
            min={0}
            value={draft.maxAge}
            error={error('settings.eligibility.maxAge')}
            onChange={(event) => {
              set('maxAge', event.target.value);
            }}
          />
          <TextField
            label={t('review.roundForm.ageReferenceDate')}
            name="settings.eligibility.ageReferenceDate"
            type="date"
            hint={t('review.roundForm.ageReferenceHint')}
            value={draft.ageReferenceDate}
            error={error('settings.eligibility.ageReferenceDate')}
            onChange={(event) => {
              set('ageReferenceDate', event.target.value);
            }}
          />
          <SelectField
            label={t('review.roundForm.minEducationLevel')}
            name="settings.eligibility.minEducationLevel"
            value={draft.minEducationLevel}
            error={error('settings.eligibility.minEducationLevel')}
            options={[
              { value: '', label: t('review.roundForm.noMinimum') },
              ...EDUCATION_LEVELS.map((value) => ({
                value,
                label: t(EDUCATION_LEVEL_LABEL[value]),
              })),
            ]}
            onChange={(event) => {
              set(
                'minEducationLevel',
                event.target.value === ''
                  ? ''
                  : pick(EDUCATION_LEVELS, event.target.value, 'EDUCATION_LEVEL_BACHELOR'),
              );
            }}
          />
        </div>
        <label className="checkbox-field">
          <input
            type="checkbox"
            name="settings.eligibility.requireDigitalBackground"
            checked={draft.requireDigitalBackground}
            onChange={(event) => {
              set('requireDigitalBackground', event.target.checked);
            }}
          />
          {t('review.roundForm.requireDigitalBackground')}
        </label>
        <label className="checkbox-field">
          <input
            type="checkbox"
            name="settings.eligibility.requirePriorTraining"
            checked={draft.requirePriorTraining}
            onChange={(event) => {
              set('requirePriorTraining', event.target.checked);
            }}
          />
          {t('review.roundForm.requirePriorTraining')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('review.roundForm.rubric')}</legend>
        <p className="hint">
          {t('review.roundForm.weightTotal', { total: rubricWeightTotal(draft.rubric) })}
        </p>
        {draft.rubric.map((criterion, index) => (
          <div
            key={index}
            className="rubric-row"
            role="group"
            aria-label={t('review.roundForm.criterion', { number: index + 1 })}
          >
            {CRITERION_FIELDS.map((field) => (
              <TextField
                key={field}
                label={`${criterionLabel[field]} (${String(index + 1)})`}
                name={criterionPath(index, field)}
                value={criterion[field]}
                required={field !== 'nameEn'}
                {...(field === 'maxScore' || field === 'weight'
                  ? { type: 'number', min: 1, max: 100 }
                  : {})}
                error={
                  field === 'nameEn'
                    ? error(`settings.rubric[${String(index)}].name.en`)
                    : field === 'nameVi'
                      ? error(
                          `settings.rubric[${String(index)}].name.vi`,
                          `settings.rubric[${String(index)}].name`,
                        )
                      : error(criterionPath(index, field))
                }
                onChange={(event) => {
                  setCriterion(index, field, event.target.value);
                }}
              />
            ))}
            <button
              type="button"
              className="button danger small"
              onClick={() => {
                set(
                  'rubric',
                  draft.rubric.filter((_, at) => at !== index),
                );
              }}
            >
              {t('review.roundForm.removeCriterion', { number: index + 1 })}
            </button>
          </div>
        ))}
        {error('settings.rubric') !== undefined && (
          <p className="field-error">{error('settings.rubric')}</p>
        )}
        <button
          type="button"
          className="button small"
          onClick={() => {
            set('rubric', [...draft.rubric, EMPTY_CRITERION]);
          }}
        >
          {t('review.roundForm.addCriterion')}
        </button>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button primary" disabled={state.status === 'running'}>
          {t('review.roundForm.save')}
        </button>
        <Link className="button" to={cancelTo}>
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

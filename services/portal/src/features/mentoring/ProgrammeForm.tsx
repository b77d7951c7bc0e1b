import { useState, type SubmitEvent } from 'react';
import type { ActionState } from '../../api/hooks.ts';
import { useLoad } from '../../api/hooks.ts';
import { useOrganisations } from '../../api/organisations.ts';
import { Link } from '../../app/router.tsx';
import { CheckboxField, TextAreaField, TextField } from '../../components/Field.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { loadCohorts } from '../cohorts/data.ts';
import { WEIGHT_LABEL } from './labels.ts';
import { missingDates, WEIGHT_PARTS, type ProgrammeDraft } from './programme-draft.ts';
import type { OrganisationCode } from './types.ts';

const PLACED = [
  'settings',
  'settings.name',
  'settings.name.vi',
  'settings.name.en',
  'settings.description',
  'settings.opensOn',
  'settings.closesOn',
  'settings.targetPairs',
  'settings.durationMonths',
  'settings.rules.mentorCohortIds',
  'settings.rules.menteeCohortIds',
  'settings.rules.menteeOrganisations',
  'settings.rules.maxDistanceKm',
  'settings.rules.respondWithinDays',
  ...WEIGHT_PARTS.map((part) => `settings.rules.weights.${part}`),
];

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** A programme's settings and matching rules, for creating one and for changing it. */
export function ProgrammeForm({
  draft,
  onChange,
  onSubmit,
  state,
  submitLabel,
  cancelTo,
}: {
  readonly draft: ProgrammeDraft;
  readonly onChange: (draft: ProgrammeDraft) => void;
  readonly onSubmit: () => void;
  readonly state: ActionState;
  readonly submitLabel: string;
  readonly cancelTo: string;
}) {
  const { t, locale } = useI18n();
  const cohorts = useLoad(() => loadCohorts(), []);
  const organisations = useOrganisations();
  // Dates left empty never reach the API (its format check would hide the other fields' errors).
  const [missing, setMissing] = useState<Readonly<Record<string, string>>>({});
  const errors = { ...actionFieldErrors(state), ...missing };
  const set = <K extends keyof ProgrammeDraft>(key: K, value: ProgrammeDraft[K]) => {
    onChange({ ...draft, [key]: value });
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = Object.fromEntries(
      missingDates(draft).map((field) => [`settings.${field}`, t('mentoring.form.dateRequired')]),
    );
    setMissing(empty);
    if (Object.keys(empty).length === 0) onSubmit();
  };
  const cohortOptions = (cohorts.status === 'ok' ? cohorts.data : []).map((cohort) => ({
    value: cohort.id ?? '',
    label: `${cohort.settings?.code ?? ''} · ${localized(locale, cohort.settings?.name)}`,
  }));
  const listError = (prefix: string) =>
    Object.entries(errors).find(([field]) => field.startsWith(prefix))?.[1];
  const cohortChoices = (
    key: 'mentorCohortIds' | 'menteeCohortIds',
    legend: string,
    hint: string,
  ) => (
    <fieldset>
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      {cohorts.status === 'ok' && cohortOptions.length === 0 && (
        <p className="muted">{t('mentoring.form.noCohorts')}</p>
      )}
      <div className="mentoring-choices mentoring-scroll">
        {cohortOptions.map((option) => (
          <CheckboxField
            key={option.value}
            label={option.label}
            checked={draft[key].includes(option.value)}
            onChange={() => {
              set(key, toggled(draft[key], option.value));
            }}
          />
        ))}
      </div>
      {listError(`settings.rules.${key}`) !== undefined && (
        <p className="field-error">{listError(`settings.rules.${key}`)}</p>
      )}
    </fieldset>
  );
  return (
    <form className="card" onSubmit={submit} noValidate>
      <div className="grid-2">
        <TextField
          label={t('mentoring.field.nameVi')}
          required
          maxLength={200}
          value={draft.nameVi}
          error={errors['settings.name.vi'] ?? errors['settings.name']}
          onChange={(event) => {
            set('nameVi', event.target.value);
          }}
        />
        <TextField
          label={t('mentoring.field.nameEn')}
          maxLength={200}
          value={draft.nameEn}
          error={errors['settings.name.en']}
          onChange={(event) => {
            set('nameEn', event.target.value);
          }}
        />
      </div>
      <TextAreaField
        label={t('mentoring.field.description')}
        rows={3}
        maxLength={4000}
        value={draft.description}
        error={errors['settings.description']}
        onChange={(event) => {
          set('description', event.target.value);
        }}
      />
      <div className="grid-2">
        <TextField
          label={t('mentoring.field.opensOn')}
          type="date"
          required
          value={draft.opensOn}
          error={errors['settings.opensOn']}
          onChange={(event) => {
            set('opensOn', event.target.value);
          }}
        />
        <TextField
          label={t('mentoring.field.closesOn')}
          type="date"
          required
          hint={t('mentoring.form.windowHint')}
          value={draft.closesOn}
          error={errors['settings.closesOn'] ?? errors.settings}
          onChange={(event) => {
            set('closesOn', event.target.value);
          }}
        />
        <TextField
          label={t('mentoring.field.targetPairs')}
          type="number"
          inputMode="numeric"
          required
          min={1}
          max={100000}
          value={draft.targetPairs}
          error={errors['settings.targetPairs']}
          onChange={(event) => {
            set('targetPairs', event.target.value);
          }}
        />
        <TextField
          label={t('mentoring.field.durationMonths')}
          type="number"
          inputMode="numeric"
          required
          min={1}
          max={24}
          value={draft.durationMonths}
          error={errors['settings.durationMonths']}
          onChange={(event) => {
            set('durationMonths', event.target.value);
          }}
        />
      </div>
      <h2>{t('mentoring.form.rules')}</h2>
      {cohortChoices(
        'mentorCohortIds',
        t('mentoring.field.mentorCohorts'),
        t('mentoring.form.mentorCohortsHint'),
      )}
      {cohortChoices(
        'menteeCohortIds',
        t('mentoring.field.menteeCohorts'),
        t('mentoring.form.menteeCohortsHint'),
      )}
      <fieldset>
        <legend>{t('mentoring.field.menteeOrganisations')}</legend>
        <p className="hint">{t('mentoring.form.menteeOrganisationsHint')}</p>
        <div className="mentoring-choices mentoring-scroll">
          {organisations.options.map((option) => (
            <CheckboxField
              key={option.value}
              label={option.label}
              checked={draft.menteeOrganisations.includes(option.value as OrganisationCode)}
              onChange={() => {
                set(
                  'menteeOrganisations',
                  toggled(draft.menteeOrganisations, option.value as OrganisationCode),
                );
              }}
            />
          ))}
        </div>
        {listError('settings.rules.menteeOrganisations') !== undefined && (
          <p className="field-error">{listError('settings.rules.menteeOrganisations')}</p>
        )}
      </fieldset>
      <CheckboxField
        label={t('mentoring.field.certifiedOnly')}
        checked={draft.certifiedMentorsOnly}
        onChange={(checked) => {
          set('certifiedMentorsOnly', checked);
        }}
      />
      <fieldset>
        <legend>{t('mentoring.form.weights')}</legend>
        <p className="hint">{t('mentoring.form.weightsHint')}</p>
        <div className="mentoring-weights">
          {WEIGHT_PARTS.map((part) => (
            <TextField
              key={part}
              label={t(WEIGHT_LABEL[part])}
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              value={draft.weights[part]}
              error={errors[`settings.rules.weights.${part}`]}
              onChange={(event) => {
                set('weights', { ...draft.weights, [part]: event.target.value });
              }}
            />
          ))}
        </div>
      </fieldset>
      <div className="grid-2">
        <TextField
          label={t('mentoring.field.maxDistanceKm')}
          type="number"
          inputMode="numeric"
          min={0}
          max={2000}
          hint={t('mentoring.form.maxDistanceHint')}
          value={draft.maxDistanceKm}
          error={errors['settings.rules.maxDistanceKm']}
          onChange={(event) => {
            set('maxDistanceKm', event.target.value);
          }}
        />
        <TextField
          label={t('mentoring.field.respondWithinDays')}
          type="number"
          inputMode="numeric"
          min={0}
          max={30}
          hint={t('mentoring.form.respondWithinHint')}
          value={draft.respondWithinDays}
          error={errors['settings.rules.respondWithinDays']}
          onChange={(event) => {
            set('respondWithinDays', event.target.value);
          }}
        />
      </div>
      <FormProblem state={state} placed={PLACED} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={state.status === 'running'}>
          {submitLabel}
        </button>
        <Link className="button" to={cancelTo}>
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

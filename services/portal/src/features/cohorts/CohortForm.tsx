import { useState, type ReactNode, type SubmitEvent } from 'react';
import type { ActionState } from '../../api/hooks.ts';
import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { sortByVietnamese } from '../../i18n/format.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import type { CohortDraft, FacilitatorDraft } from './cohort-draft.ts';
import { loadOrganisations } from '../../api/organisations.ts';
import { loadRounds } from '../../api/rounds.ts';
import { loadTracks } from './data.ts';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { DELIVERY_MODE } from './labels.ts';
import type { DeliveryMode, OrganisationCode } from './types.ts';

const MODES: readonly DeliveryMode[] = [
  'DELIVERY_MODE_IN_PERSON',
  'DELIVERY_MODE_ONLINE',
  'DELIVERY_MODE_BLENDED',
];

const PLACED = [
  'settings.trackId',
  'settings.intakeRoundId',
  'settings.code',
  'settings.name',
  'settings.name.vi',
  'settings.name.en',
  'settings.startDate',
  'settings.endDate',
  'settings.capacity',
  'settings.deliveryMode',
  'settings.venueProvince',
  'settings.venue',
  'settings.facilitators',
];

/** The fields of a cohort, for creating one and for changing its settings. */
export function CohortForm({
  draft,
  onChange,
  onSubmit,
  state,
  submitLabel,
  cancelTo,
  trackLocked = false,
  extra,
}: {
  readonly draft: CohortDraft;
  readonly onChange: (draft: CohortDraft) => void;
  readonly onSubmit: () => void;
  readonly state: ActionState;
  readonly submitLabel: string;
  readonly cancelTo: string;
  /** A cohort keeps its track once created. */
  readonly trackLocked?: boolean;
  /** Fields only one of the forms has (the status of an existing cohort). */
  readonly extra?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const tracks = useLoad(loadTracks, []);
  const rounds = useLoad(loadRounds, []);
  const organisations = useLoad(loadOrganisations, []);
  // Dates left empty never reach the API (its format check would hide the other fields' errors).
  const [missing, setMissing] = useState<Readonly<Record<string, string>>>({});
  const errors = { ...actionFieldErrors(state), ...missing };
  const set = <K extends keyof CohortDraft>(key: K, value: CohortDraft[K]) => {
    onChange({ ...draft, [key]: value });
  };
  const provinces =
    organisations.status === 'ok'
      ? sortByVietnamese(
          organisations.data.filter(
            (organisation) => organisation.kind === 'ORGANISATION_KIND_PROVINCE',
          ),
          (organisation) => localized(locale, organisation.name),
        )
      : [];
  const setFacilitator = (index: number, change: Partial<FacilitatorDraft>) => {
    set(
      'facilitators',
      draft.facilitators.map((facilitator, at) =>
        at === index ? { ...facilitator, ...change } : facilitator,
      ),
    );
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty: Record<string, string> = {};
    if (draft.startDate === '') empty['settings.startDate'] = t('cohorts.form.dateRequired');
    if (draft.endDate === '') empty['settings.endDate'] = t('cohorts.form.dateRequired');
    setMissing(empty);
    if (Object.keys(empty).length === 0) onSubmit();
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <div className="grid-2">
        <SelectField
          label={t('cohorts.field.track')}
          required
          disabled={trackLocked}
          value={draft.trackId}
          error={errors['settings.trackId']}
          onChange={(event) => {
            set('trackId', event.target.value);
          }}
          options={[
            { value: '', label: t('cohorts.form.chooseTrack') },
            ...(tracks.status === 'ok' ? tracks.data : []).map((track) => ({
              value: track.id ?? '',
              label: `${track.settings?.code ?? ''} · ${localized(locale, track.settings?.name)}`,
            })),
          ]}
        />
        <SelectField
          label={t('cohorts.field.intakeRound')}
          hint={t('cohorts.form.intakeRoundHint')}
          value={draft.intakeRoundId}
          error={errors['settings.intakeRoundId']}
          onChange={(event) => {
            set('intakeRoundId', event.target.value);
          }}
          options={[
            { value: '', label: t('common.none') },
            ...(rounds.status === 'ok' ? rounds.data : []).map((round) => ({
              value: round.id ?? '',
              label: localized(locale, round.name),
            })),
          ]}
        />
        <TextField
          label={t('cohorts.field.code')}
          required
          hint={t('cohorts.form.codeHint')}
          value={draft.code}
          error={errors['settings.code']}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            set('code', event.target.value);
          }}
        />
        <TextField
          label={t('cohorts.field.capacity')}
          required
          inputMode="numeric"
          value={draft.capacity}
          error={errors['settings.capacity']}
          onChange={(event) => {
            set('capacity', event.target.value);
          }}
        />
        <TextField
          label={t('cohorts.field.nameVi')}
          required
          value={draft.nameVi}
          error={errors['settings.name.vi'] ?? errors['settings.name']}
          onChange={(event) => {
            set('nameVi', event.target.value);
          }}
        />
        <TextField
          label={t('cohorts.field.nameEn')}
          lang="en"
          value={draft.nameEn}
          error={errors['settings.name.en']}
          onChange={(event) => {
            set('nameEn', event.target.value);
          }}
        />
        <TextField
          label={t('cohorts.field.startDate')}
          type="date"
          required
          value={draft.startDate}
          error={errors['settings.startDate']}
          onChange={(event) => {
            set('startDate', event.target.value);
          }}
        />
        <TextField
          label={t('cohorts.field.endDate')}
          type="date"
          required
          value={draft.endDate}
          error={errors['settings.endDate']}
          onChange={(event) => {
            set('endDate', event.target.value);
          }}
        />
        <SelectField
          label={t('cohorts.field.deliveryMode')}
          required
          value={draft.deliveryMode}
          error={errors['settings.deliveryMode']}
          onChange={(event) => {
            const mode = MODES.find((candidate) => candidate === event.target.value);
            if (mode !== undefined) set('deliveryMode', mode);
          }}
          options={MODES.map((mode) => ({ value: mode, label: t(DELIVERY_MODE[mode]) }))}
        />
        <SelectField
          label={t('cohorts.field.venueProvince')}
          value={draft.venueProvince}
          error={errors['settings.venueProvince']}
          onChange={(event) => {
            const found = provinces.find((province) => province.code === event.target.value);
            // The list holds the API's own codes, so a chosen one is one of OrganisationCode.
            set('venueProvince', found === undefined ? '' : (found.code as OrganisationCode));
          }}
          options={[
            { value: '', label: t('common.none') },
            ...provinces.map((province) => ({
              value: province.code ?? '',
              label: localized(locale, province.name),
            })),
          ]}
        />
      </div>
      <TextField
        label={t('cohorts.field.venue')}
        value={draft.venue}
        error={errors['settings.venue']}
        onChange={(event) => {
          set('venue', event.target.value);
        }}
      />
      {extra}
      <fieldset>
        <legend>{t('cohorts.field.facilitators')}</legend>
        <p className="hint">{t('cohorts.form.facilitatorsHint')}</p>
        {errors['settings.facilitators'] !== undefined && (
          <p className="field-error">{errors['settings.facilitators']}</p>
        )}
        {draft.facilitators.map((facilitator, index) => (
          <div className="grid-3 facilitator-row" key={index}>
            <TextField
              label={t('cohorts.facilitator.fullName', { number: index + 1 })}
              value={facilitator.fullName}
              error={errors[`settings.facilitators[${String(index)}].fullName`]}
              onChange={(event) => {
                setFacilitator(index, { fullName: event.target.value });
              }}
            />
            <TextField
              label={t('cohorts.facilitator.email', { number: index + 1 })}
              type="email"
              value={facilitator.email}
              error={errors[`settings.facilitators[${String(index)}].email`]}
              onChange={(event) => {
                setFacilitator(index, { email: event.target.value });
              }}
            />
            <TextField
              label={t('cohorts.facilitator.subject', { number: index + 1 })}
              hint={t('cohorts.facilitator.subjectHint')}
              value={facilitator.subject}
              spellCheck={false}
              error={errors[`settings.facilitators[${String(index)}].subject`]}
              onChange={(event) => {
                setFacilitator(index, { subject: event.target.value });
              }}
            />
            <div className="field">
              <button
                type="button"
                className="button danger small facilitator-remove"
                onClick={() => {
                  set(
                    'facilitators',
                    draft.facilitators.filter((_, at) => at !== index),
                  );
                }}
              >
                {t('cohorts.facilitator.remove', { number: index + 1 })}
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          className="button small"
          onClick={() => {
            set('facilitators', [...draft.facilitators, { subject: '', fullName: '', email: '' }]);
          }}
        >
          {t('cohorts.facilitator.add')}
        </button>
      </fieldset>
      <FormProblem
        state={state}
        placed={[
          ...PLACED,
          ...draft.facilitators.flatMap((_, index) =>
            ['fullName', 'email', 'subject'].map(
              (field) => `settings.facilitators[${String(index)}].${field}`,
            ),
          ),
        ]}
      />
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

import { useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link, navigate } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { useNames } from '../expert/reference.ts';
import {
  applicationBody,
  EMPTY_APPLICATION,
  MAX_TOPICS,
  toggleTopic,
  topicsError,
  type ApplicationDraft,
} from './application-draft.ts';
import { loadProgrammes } from './data.ts';
import { MEETING_MODE } from './labels.ts';
import type { OrganisationCode, PreferredMode } from './types.ts';
import './mentoring.css';

const MODES: readonly PreferredMode[] = [
  'MEETING_MODE_ANY',
  'MEETING_MODE_ONLINE',
  'MEETING_MODE_IN_PERSON',
];
/** Languages a mentor may speak beyond Vietnamese (ISO 639-1). */
const LANGUAGES = ['en', 'fr', 'ja', 'ko', 'zh', 'de', 'ru'] as const;

const PLACED = [
  'programmeId',
  'details.goals',
  'details.preferredMode',
  'details.preferredProvince',
  'details.preferredLanguage',
  'details.durationMonths',
];

/** A mentee asks for a mentor in an open programme: topics, goals and how they would meet. */
export default function ApplyForm({ query }: ScreenProps) {
  const { t, locale, date } = useI18n();
  const names = useNames();
  const programmes = useLoad(() => loadProgrammes(true), []);
  const [draft, setDraft] = useState<ApplicationDraft>(() => ({
    ...EMPTY_APPLICATION,
    programmeId: query.get('programme') ?? '',
  }));
  const [missing, setMissing] = useState<Readonly<Record<string, string>>>({});
  const apply = useAction(
    (body: ReturnType<typeof applicationBody>) =>
      call(api.POST('/api/v1/mentoring/applications', { body })),
    () => {
      navigate('/mentoring/applications?sent=1');
    },
  );
  const errors = { ...actionFieldErrors(apply.state), ...missing };
  const set = <K extends keyof ApplicationDraft>(key: K, value: ApplicationDraft[K]) => {
    setDraft({ ...draft, [key]: value });
  };
  const open = programmes.status === 'ok' ? programmes.data : [];
  const programmeId =
    draft.programmeId === '' && open.length === 1 ? (open[0]?.id ?? '') : draft.programmeId;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty: Record<string, string> = {};
    if (programmeId === '') empty.programmeId = t('mentoring.apply.programmeRequired');
    if (draft.topicSkillCodes.length === 0)
      empty['details.topicSkillCodes'] = t('mentoring.apply.topicsRequired');
    setMissing(empty);
    if (Object.keys(empty).length === 0)
      void apply.execute(applicationBody({ ...draft, programmeId }));
  };
  const topicError = topicsError(errors);
  return (
    <Page title={t('mentoring.apply.title')}>
      <p>{t('mentoring.apply.intro')}</p>
      {programmes.status === 'loading' && <Loading />}
      {programmes.status === 'failed' && <ProblemAlert failure={programmes.failure} />}
      {programmes.status === 'ok' && open.length === 0 && (
        <p className="alert alert-warn">{t('mentoring.apply.noneOpen')}</p>
      )}
      {open.length > 0 && (
        <form className="card" onSubmit={submit} noValidate>
          <SelectField
            label={t('mentoring.apply.programme')}
            required
            value={programmeId}
            error={errors.programmeId}
            onChange={(event) => {
              set('programmeId', event.target.value);
            }}
            options={[
              ...(open.length > 1
                ? [{ value: '', label: t('mentoring.apply.chooseProgramme') }]
                : []),
              ...open.map((programme) => ({
                value: programme.id ?? '',
                label: t('mentoring.apply.programmeOption', {
                  name: localized(locale, programme.settings?.name),
                  to: date(programme.settings?.closesOn),
                }),
              })),
            ]}
          />
          <fieldset>
            <legend>
              {t('mentoring.apply.topics')}{' '}
              <span className="required">({t('common.required')})</span>
            </legend>
            <p className="hint">{t('mentoring.apply.topicsHint', { max: MAX_TOPICS })}</p>
            <div className="mentoring-choices mentoring-scroll">
              {names.skillOptions.map((option) => (
                <CheckboxField
                  key={option.value}
                  label={option.label}
                  checked={draft.topicSkillCodes.includes(option.value)}
                  disabled={
                    !draft.topicSkillCodes.includes(option.value) &&
                    draft.topicSkillCodes.length >= MAX_TOPICS
                  }
                  onChange={() => {
                    set('topicSkillCodes', toggleTopic(draft.topicSkillCodes, option.value));
                  }}
                />
              ))}
            </div>
            {topicError !== undefined && (
              <p className="field-error" role="alert">
                {topicError}
              </p>
            )}
          </fieldset>
          <TextAreaField
            label={t('mentoring.apply.goals')}
            hint={t('mentoring.apply.goalsHint')}
            required
            rows={4}
            maxLength={2000}
            value={draft.goals}
            error={errors['details.goals']}
            onChange={(event) => {
              set('goals', event.target.value);
            }}
          />
          <div className="grid-2">
            <SelectField
              label={t('mentoring.apply.mode')}
              required
              value={draft.preferredMode}
              error={errors['details.preferredMode']}
              onChange={(event) => {
                const mode = MODES.find((value) => value === event.target.value);
                if (mode !== undefined) set('preferredMode', mode);
              }}
              options={MODES.map((mode) => ({ value: mode, label: t(MEETING_MODE[mode]) }))}
            />
            <SelectField
              label={t('mentoring.apply.province')}
              hint={t('mentoring.apply.provinceHint')}
              value={draft.preferredProvince}
              error={errors['details.preferredProvince']}
              onChange={(event) => {
                set('preferredProvince', event.target.value as OrganisationCode | '');
              }}
              options={[{ value: '', label: t('mentoring.apply.ownProvince') }, ...names.provinces]}
            />
            <SelectField
              label={t('mentoring.apply.language')}
              value={draft.preferredLanguage}
              error={errors['details.preferredLanguage']}
              onChange={(event) => {
                set('preferredLanguage', event.target.value);
              }}
              options={[
                { value: '', label: t('mentoring.apply.vietnamese') },
                ...LANGUAGES.map((code) => ({ value: code, label: names.language(code) })),
              ]}
            />
            <TextField
              label={t('mentoring.apply.duration')}
              type="number"
              inputMode="numeric"
              required
              min={1}
              max={24}
              value={draft.durationMonths}
              error={errors['details.durationMonths']}
              onChange={(event) => {
                set('durationMonths', event.target.value);
              }}
            />
          </div>
          <FormProblem
            state={apply.state}
            placed={[
              ...PLACED,
              ...Object.keys(errors).filter((field) => field.startsWith('details.topicSkillCodes')),
            ]}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="button primary"
              disabled={apply.state.status === 'running'}
            >
              {t('mentoring.apply.submit')}
            </button>
            <Link className="button" to="/mentoring/applications">
              {t('common.cancel')}
            </Link>
          </div>
        </form>
      )}
    </Page>
  );
}

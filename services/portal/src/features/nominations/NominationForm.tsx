import { useCallback, useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { fieldErrors } from '../../api/problem.ts';
import { Link, navigate } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useUser } from '../../app/session.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';
import { newRequestId } from './ids.ts';
import {
  candidateFromDraft,
  draftFromNomination,
  EDUCATION_LEVELS,
  EMPLOYMENT_TYPES,
  EMPTY_TRAINING,
  emptyDraft,
  errorAt,
  FIELD_PATH,
  GENDERS,
  inputNameOf,
  isFormPath,
  officerFromDraft,
  trainingPath,
  type NominationDraft,
  type TrainingDraft,
} from './form.ts';
import { EDUCATION_LEVEL_LABEL, EMPLOYMENT_TYPE_LABEL, GENDER_LABEL, pick } from './labels.ts';
import type { Nomination } from './model.ts';
import { asOrganisationCode } from './orgCode.ts';
import type { Outcome } from '../../api/pages.ts';
import { isEditable } from './status.ts';
import './nominations.css';

/** The nomination form: a new nomination in a round, or changes to a draft or returned one. */
export default function NominationForm({ params }: ScreenProps) {
  const nominationId = params.nominationId;
  return nominationId === undefined ? (
    <CreateNomination roundId={params.roundId ?? ''} />
  ) : (
    <EditNomination nominationId={nominationId} />
  );
}

function CreateNomination({ roundId }: { readonly roundId: string }) {
  const { t } = useI18n();
  const user = useUser();
  const initial = useMemo(
    () => emptyDraft({ fullName: user.name, email: user.email }),
    [user.name, user.email],
  );
  // One id per form: a save sent twice (a retry after a lost answer) creates one nomination.
  const [requestId] = useState(newRequestId);
  const organisation = asOrganisationCode(user.organisation);
  const save = useCallback(
    (draft: NominationDraft) =>
      call(
        api.POST('/api/v1/nominations', {
          body: {
            requestId,
            roundId,
            // The API checks that this is a known code and the caller's own organisation.
            organisation: { code: organisation ?? 'BKHCN' },
            candidate: candidateFromDraft(draft),
            nationalId: draft.nationalId.trim(),
            officer: officerFromDraft(draft),
          },
        }),
      ),
    [requestId, roundId, organisation],
  );
  return (
    <Page title={t('nominations.form.createTitle')}>
      <p>
        <Link to={`/nominating/rounds/${roundId}`}>{t('nominations.form.backToRound')}</Link>
      </p>
      {organisation === undefined ? (
        <div className="alert alert-error" role="alert">
          {t('nominations.form.noOrganisation')}
        </div>
      ) : (
        <NominationEditor
          initial={initial}
          nationalIdRequired
          save={save}
          cancelTo={`/nominating/rounds/${roundId}`}
        />
      )}
    </Page>
  );
}

function EditNomination({ nominationId }: { readonly nominationId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(
    () =>
      call(api.GET('/api/v1/nominations/{nominationId}', { params: { path: { nominationId } } })),
    [nominationId],
  );
  const nomination = loaded.status === 'ok' ? loaded.data.nomination : undefined;
  const initial = useMemo(
    () => (nomination === undefined ? undefined : draftFromNomination(nomination)),
    [nomination],
  );
  const version = nomination?.version ?? 0;
  const save = useCallback(
    (draft: NominationDraft) => {
      const nationalId = draft.nationalId.trim();
      return call(
        api.PUT('/api/v1/nominations/{nominationId}', {
          params: { path: { nominationId } },
          body: {
            expectedVersion: version,
            candidate: candidateFromDraft(draft),
            ...(nationalId === '' ? {} : { nationalId }),
            officer: officerFromDraft(draft),
          },
        }),
      );
    },
    [nominationId, version],
  );
  const detail = `/nominating/nominations/${nominationId}`;
  return (
    <Page title={t('nominations.form.editTitle')}>
      <p>
        <Link to={detail}>{t('nominations.form.backToNomination')}</Link>
      </p>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {nomination !== undefined && !isEditable(nomination.status) && (
        <div className="alert alert-warn" role="status">
          {t('nominations.form.notEditable')}
        </div>
      )}
      {initial !== undefined && isEditable(nomination?.status) && (
        <NominationEditor
          initial={initial}
          nationalIdRequired={false}
          save={save}
          cancelTo={detail}
        />
      )}
    </Page>
  );
}

const FIELD_LABEL: Readonly<Record<keyof typeof FIELD_PATH, MessageKey>> = {
  fullName: 'nominations.field.fullName',
  dateOfBirth: 'nominations.field.dateOfBirth',
  gender: 'nominations.field.gender',
  nationalId: 'nominations.field.nationalId',
  email: 'nominations.field.email',
  phone: 'nominations.field.phone',
  position: 'nominations.field.position',
  unit: 'nominations.field.unit',
  employmentType: 'nominations.field.employmentType',
  yearsOfService: 'nominations.field.yearsOfService',
  educationLevel: 'nominations.field.educationLevel',
  fieldOfStudy: 'nominations.field.fieldOfStudy',
  digitalBackground: 'nominations.field.digitalBackground',
  yearsOfExperience: 'nominations.field.yearsOfExperience',
  specialties: 'nominations.field.specialties',
  languages: 'nominations.field.languages',
  officerFullName: 'nominations.field.officerFullName',
  officerPosition: 'nominations.field.officerPosition',
  officerEmail: 'nominations.field.officerEmail',
  officerPhone: 'nominations.field.officerPhone',
};

const TRAINING_LABEL: Readonly<Record<keyof TrainingDraft, MessageKey>> = {
  title: 'nominations.field.trainingTitle',
  provider: 'nominations.field.trainingProvider',
  year: 'nominations.field.trainingYear',
};

function NominationEditor({
  initial,
  nationalIdRequired,
  save,
  cancelTo,
}: {
  readonly initial: NominationDraft;
  readonly nationalIdRequired: boolean;
  readonly save: (draft: NominationDraft) => Promise<Outcome<{ nomination?: Nomination }>>;
  readonly cancelTo: string;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusTraining = useRef<number | undefined>(undefined);
  const addTrainingRef = useRef<HTMLButtonElement>(null);
  const onSaved = useCallback((data: { nomination?: Nomination }) => {
    navigate(`/nominating/nominations/${data.nomination?.id ?? ''}?saved=1`);
  }, []);
  const { state, execute } = useAction(save, onSaved);
  const problem =
    state.status === 'failed' && state.failure.kind === 'problem'
      ? state.failure.problem
      : undefined;
  const errors = fieldErrors(problem);
  const listed = problem?.errors ?? [];

  // After a failed save, focus goes to the summary of what to fix (or to the alert).
  useEffect(() => {
    if (state.status === 'failed') summaryRef.current?.focus();
  }, [state]);
  useEffect(() => {
    const index = focusTraining.current;
    if (index === undefined) return;
    focusTraining.current = undefined;
    const input = formRef.current?.elements.namedItem(trainingPath(index, 'title'));
    if (input instanceof HTMLElement) input.focus();
  }, [draft.trainings.length]);

  const set = <K extends keyof NominationDraft>(key: K, value: NominationDraft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
  };
  const setTraining = (index: number, field: keyof TrainingDraft, value: string) => {
    setDraft((previous) => ({
      ...previous,
      trainings: previous.trainings.map((training, at) =>
        at === index ? { ...training, [field]: value } : training,
      ),
    }));
  };
  const text = (key: keyof typeof FIELD_PATH) => {
    const value = draft[key];
    return {
      label: t(FIELD_LABEL[key]),
      name: FIELD_PATH[key],
      value: typeof value === 'string' ? value : '',
      error: errorAt(errors, FIELD_PATH[key]),
      onChange: (event: { target: { value: string } }) => {
        set(key, event.target.value);
      },
    };
  };
  const labelOfPath = (path: string): string => {
    const field = (Object.keys(FIELD_PATH) as (keyof typeof FIELD_PATH)[]).find(
      (key) => FIELD_PATH[key] === inputNameOf(path),
    );
    if (field !== undefined) return t(FIELD_LABEL[field]);
    const training = /^candidate\.priorTrainings\[(\d+)\]\.(title|provider|year)$/.exec(path);
    if (training !== null) {
      const part = pick(['title', 'provider', 'year'] as const, training[2] ?? '', 'title');
      return t('nominations.form.trainingField', {
        number: Number(training[1]) + 1,
        field: t(TRAINING_LABEL[part]),
      });
    }
    return path;
  };
  const focusField = (path: string) => {
    const input = formRef.current?.elements.namedItem(inputNameOf(path));
    if (input instanceof HTMLElement) input.focus();
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void execute(draft);
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-describedby="nomination-form-intro">
      <p id="nomination-form-intro" className="muted">
        {t('nominations.form.intro')}
      </p>
      {state.status === 'failed' && listed.length > 0 && (
        <div
          ref={summaryRef}
          className="alert alert-error error-summary"
          role="alert"
          tabIndex={-1}
          aria-labelledby="error-summary-title"
        >
          <strong id="error-summary-title">
            {t('nominations.form.errorSummary', { count: listed.length })}
          </strong>
          <ul>
            {listed.map(({ field, message }) => (
              <li key={`${field}:${message}`}>
                {isFormPath(field, draft.trainings.length) ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      focusField(field);
                    }}
                  >
                    {labelOfPath(field)}: {message}
                  </button>
                ) : (
                  <>
                    {labelOfPath(field)}: {message}
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.status === 'failed' && listed.length === 0 && (
        <div ref={summaryRef} tabIndex={-1}>
          <ProblemAlert failure={state.failure} />
        </div>
      )}

      <fieldset>
        <legend>{t('nominations.form.identity')}</legend>
        <div className="grid-2">
          <TextField {...text('fullName')} required autoComplete="off" />
          <TextField {...text('dateOfBirth')} type="date" required />
          <SelectField
            label={t(FIELD_LABEL.gender)}
            name={FIELD_PATH.gender}
            value={draft.gender}
            required
            error={errorAt(errors, FIELD_PATH.gender)}
            options={GENDERS.map((value) => ({ value, label: t(GENDER_LABEL[value]) }))}
            onChange={(event) => {
              set('gender', pick(GENDERS, event.target.value, draft.gender));
            }}
          />
          <TextField
            {...text('nationalId')}
            inputMode="numeric"
            autoComplete="off"
            required={nationalIdRequired}
            hint={
              nationalIdRequired
                ? t('nominations.form.nationalIdHint')
                : t('nominations.form.nationalIdKeepHint')
            }
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('nominations.form.contact')}</legend>
        <div className="grid-2">
          <TextField {...text('email')} type="email" required autoComplete="off" />
          <TextField
            {...text('phone')}
            type="tel"
            required
            autoComplete="off"
            hint={t('nominations.form.phoneHint')}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('nominations.form.work')}</legend>
        <div className="grid-2">
          <TextField {...text('position')} required />
          <TextField {...text('unit')} required />
          <SelectField
            label={t(FIELD_LABEL.employmentType)}
            name={FIELD_PATH.employmentType}
            value={draft.employmentType}
            required
            error={errorAt(errors, FIELD_PATH.employmentType)}
            options={EMPLOYMENT_TYPES.map((value) => ({
              value,
              label: t(EMPLOYMENT_TYPE_LABEL[value]),
            }))}
            onChange={(event) => {
              set(
                'employmentType',
                pick(EMPLOYMENT_TYPES, event.target.value, draft.employmentType),
              );
            }}
          />
          <TextField {...text('yearsOfService')} type="number" min={0} inputMode="numeric" />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('nominations.form.qualifications')}</legend>
        <div className="grid-2">
          <SelectField
            label={t(FIELD_LABEL.educationLevel)}
            name={FIELD_PATH.educationLevel}
            value={draft.educationLevel}
            required
            error={errorAt(errors, FIELD_PATH.educationLevel)}
            options={EDUCATION_LEVELS.map((value) => ({
              value,
              label: t(EDUCATION_LEVEL_LABEL[value]),
            }))}
            onChange={(event) => {
              set(
                'educationLevel',
                pick(EDUCATION_LEVELS, event.target.value, draft.educationLevel),
              );
            }}
          />
          <TextField {...text('fieldOfStudy')} />
          <TextField {...text('yearsOfExperience')} type="number" min={0} inputMode="numeric" />
          <TextField {...text('languages')} hint={t('nominations.form.languagesHint')} />
        </div>
        <label className="checkbox-field">
          <input
            type="checkbox"
            name={FIELD_PATH.digitalBackground}
            checked={draft.digitalBackground}
            onChange={(event) => {
              set('digitalBackground', event.target.checked);
            }}
          />
          {t(FIELD_LABEL.digitalBackground)}
        </label>
        <TextAreaField {...text('specialties')} hint={t('nominations.form.specialtiesHint')} />
      </fieldset>

      <fieldset>
        <legend>{t('nominations.form.trainings')}</legend>
        {draft.trainings.length === 0 && (
          <p className="muted">{t('nominations.form.noTrainings')}</p>
        )}
        {draft.trainings.map((training, index) => (
          <div
            key={index}
            className="training-row"
            role="group"
            aria-label={t('nominations.form.trainingNumber', { number: index + 1 })}
          >
            {(['title', 'provider', 'year'] as const).map((field) => (
              <TextField
                key={field}
                label={t('nominations.form.trainingField', {
                  number: index + 1,
                  field: t(TRAINING_LABEL[field]),
                })}
                name={trainingPath(index, field)}
                value={training[field]}
                required={field !== 'provider'}
                error={errorAt(errors, trainingPath(index, field))}
                {...(field === 'year' ? { type: 'number', inputMode: 'numeric' as const } : {})}
                onChange={(event) => {
                  setTraining(index, field, event.target.value);
                }}
              />
            ))}
            <button
              type="button"
              className="button danger small"
              onClick={() => {
                set(
                  'trainings',
                  draft.trainings.filter((_, at) => at !== index),
                );
                addTrainingRef.current?.focus();
              }}
            >
              {t('nominations.form.removeTraining', { number: index + 1 })}
            </button>
          </div>
        ))}
        <button
          ref={addTrainingRef}
          type="button"
          className="button small"
          onClick={() => {
            focusTraining.current = draft.trainings.length;
            set('trainings', [...draft.trainings, EMPTY_TRAINING]);
          }}
        >
          {t('nominations.form.addTraining')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('nominations.form.officer')}</legend>
        <div className="grid-2">
          <TextField {...text('officerFullName')} required />
          <TextField {...text('officerPosition')} />
          <TextField {...text('officerEmail')} type="email" required />
          <TextField {...text('officerPhone')} type="tel" />
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button primary" disabled={state.status === 'running'}>
          {state.status === 'running' ? t('nominations.form.saving') : t('nominations.form.save')}
        </button>
        <Link className="button" to={cancelTo}>
          {t('common.cancel')}
        </Link>
      </div>
      {state.status === 'done' && <Notice>{t('common.saved')}</Notice>}
    </form>
  );
}

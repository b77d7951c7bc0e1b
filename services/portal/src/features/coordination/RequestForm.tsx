import { useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import type { Outcome } from '../../api/pages.ts';
import { Link, navigate } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useUser } from '../../app/session.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNames } from '../expert/reference.ts';
import { loadRequest } from './data.ts';
import { MODE, SKILL_LEVEL, URGENCY } from './labels.ts';
import {
  draftOf,
  EMPTY_REQUEST,
  listError,
  needsAddress,
  newRequestId,
  removeAt,
  replaceAt,
  requestDetails,
  type RequestDraft,
} from './request-draft.ts';
import type {
  OrganisationCode,
  SkillLevel,
  SupportMode,
  SupportRequest,
  Urgency,
} from './types.ts';
import './coordination.css';

const MODES: readonly SupportMode[] = [
  'SUPPORT_MODE_ON_SITE',
  'SUPPORT_MODE_REMOTE',
  'SUPPORT_MODE_HYBRID',
];
const URGENCIES: readonly Urgency[] = [
  'URGENCY_LOW',
  'URGENCY_NORMAL',
  'URGENCY_HIGH',
  'URGENCY_CRITICAL',
];
const LEVELS: readonly SkillLevel[] = [
  'SKILL_LEVEL_UNSPECIFIED',
  'SKILL_LEVEL_BASIC',
  'SKILL_LEVEL_INTERMEDIATE',
  'SKILL_LEVEL_ADVANCED',
  'SKILL_LEVEL_EXPERT',
];
/** Languages the work may need besides Vietnamese (ISO 639-1). */
const LANGUAGES = ['en', 'fr', 'ja', 'ko', 'zh', 'de', 'ru'] as const;

const PLACED = [
  'details.title',
  'details.description',
  'details.sectorCode',
  'details.mode',
  'details.province',
  'details.province.code',
  'details.address',
  'details.startDate',
  'details.endDate',
  'details.effortDays',
  'details.expertsNeeded',
  'details.localPlan',
  'details.scope',
  'details.urgency',
  'details.contact.fullName',
  'details.contact.email',
  'details.contact.phone',
];

/** A new request, or a draft (or a request returned for changes) edited again. */
export default function RequestForm({ params }: ScreenProps) {
  const { t } = useI18n();
  const id = params.supportRequestId;
  const loaded = useLoad(
    (): Promise<Outcome<SupportRequest | undefined>> =>
      id === undefined
        ? Promise.resolve({ ok: true, data: undefined })
        : loadRequest(id).then((outcome) =>
            outcome.ok ? { ok: true, data: outcome.data.supportRequest } : outcome,
          ),
    [id],
  );
  const title =
    id === undefined ? t('coordination.form.newTitle') : t('coordination.form.editTitle');
  return (
    <Page title={title}>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {loaded.status === 'ok' && <RequestEditor initial={loaded.data} />}
    </Page>
  );
}

function RequestEditor({ initial }: { readonly initial: SupportRequest | undefined }) {
  const { t } = useI18n();
  const user = useUser();
  const names = useNames();
  const [draft, setDraft] = useState<RequestDraft>(() =>
    initial === undefined
      ? {
          ...EMPTY_REQUEST,
          provinceCode: user.organisation.startsWith('P') ? user.organisation : '',
        }
      : draftOf(initial.details),
  );
  const [requestId] = useState(newRequestId);
  const [saved, setSaved] = useState<{ id: string; version: number } | undefined>(
    initial?.id === undefined ? undefined : { id: initial.id, version: initial.version ?? 1 },
  );
  const [savedAt, setSavedAt] = useState(0);
  const save = async (): Promise<Outcome<SupportRequest>> => {
    const details = requestDetails(draft);
    const outcome =
      saved === undefined
        ? await call(
            api.POST('/api/v1/support-requests', {
              body: {
                requestId,
                requestingOrganisation: {
                  code: (initial?.requestingOrganisation?.code ??
                    user.organisation) as OrganisationCode,
                },
                details,
              },
            }),
          )
        : await call(
            api.PUT('/api/v1/support-requests/{supportRequestId}', {
              params: { path: { supportRequestId: saved.id } },
              body: { expectedVersion: saved.version, details },
            }),
          );
    if (!outcome.ok) return outcome;
    const request = outcome.data.supportRequest ?? {};
    setSaved({ id: request.id ?? '', version: request.version ?? 1 });
    return { ok: true, data: request };
  };
  const act = useAction(
    async (submit: boolean): Promise<Outcome<SupportRequest>> => {
      const first = await save();
      if (!first.ok || !submit) return first;
      const submitted = await call(
        api.POST('/api/v1/support-requests/{supportRequestId}/submit', {
          params: { path: { supportRequestId: first.data.id ?? '' } },
          body: { expectedVersion: first.data.version ?? 1 },
        }),
      );
      if (!submitted.ok) return submitted;
      return { ok: true, data: submitted.data.supportRequest ?? {} };
    },
    (request) => {
      if (request.status === 'SUPPORT_REQUEST_STATUS_SUBMITTED') {
        navigate(`/coordination/requests/${request.id ?? ''}?submitted=1`);
      } else {
        setSavedAt(Date.now());
      }
    },
  );
  const errors = actionFieldErrors(act.state);
  const set = <K extends keyof RequestDraft>(key: K, value: RequestDraft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void act.execute(true);
  };
  const skillsError = listError(errors, 'details.skills');
  const deliverablesError = listError(errors, 'details.deliverables');
  const attachmentsError = listError(errors, 'details.attachments');
  const languagesError = listError(errors, 'details.languageCodes');
  return (
    <form className="card coordination-form" onSubmit={submit} noValidate>
      <p>{t('coordination.form.intro')}</p>
      {savedAt > 0 && act.state.status === 'done' && (
        <Notice>{t('coordination.form.savedDraft')}</Notice>
      )}
      <TextField
        label={t('coordination.field.title')}
        required
        maxLength={200}
        value={draft.title}
        error={errors['details.title']}
        onChange={(event) => {
          set('title', event.target.value);
        }}
      />
      <TextAreaField
        label={t('coordination.field.description')}
        hint={t('coordination.field.descriptionHint')}
        required
        rows={5}
        maxLength={8000}
        value={draft.description}
        error={errors['details.description']}
        onChange={(event) => {
          set('description', event.target.value);
        }}
      />
      <SelectField
        label={t('coordination.field.sector')}
        required
        value={draft.sectorCode}
        error={errors['details.sectorCode']}
        onChange={(event) => {
          set('sectorCode', event.target.value);
        }}
        options={[{ value: '', label: t('coordination.form.choose') }, ...names.sectorOptions]}
      />
      <fieldset>
        <legend>
          {t('coordination.field.skills')}{' '}
          <span className="required">({t('common.required')})</span>
        </legend>
        <p className="hint">{t('coordination.field.skillsHint')}</p>
        {draft.skills.map((skill, index) => (
          <div className="coordination-row" key={index}>
            <SelectField
              label={t('coordination.field.skillN', { n: index + 1 })}
              value={skill.code}
              error={errors[`details.skills[${String(index)}].code`]}
              onChange={(event) => {
                set(
                  'skills',
                  replaceAt(draft.skills, index, { ...skill, code: event.target.value }),
                );
              }}
              options={[{ value: '', label: t('coordination.form.choose') }, ...names.skillOptions]}
            />
            <SelectField
              label={t('coordination.field.minLevelN', { n: index + 1 })}
              value={skill.minLevel}
              onChange={(event) => {
                const minLevel = LEVELS.find((level) => level === event.target.value);
                if (minLevel !== undefined)
                  set('skills', replaceAt(draft.skills, index, { ...skill, minLevel }));
              }}
              options={LEVELS.map((level) => ({ value: level, label: t(SKILL_LEVEL[level]) }))}
            />
            <button
              type="button"
              className="button small"
              aria-label={t('coordination.form.removeSkill', { n: index + 1 })}
              onClick={() => {
                set('skills', removeAt(draft.skills, index));
              }}
            >
              {t('coordination.form.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button small"
          onClick={() => {
            set('skills', [...draft.skills, { code: '', minLevel: 'SKILL_LEVEL_UNSPECIFIED' }]);
          }}
        >
          {t('coordination.form.addSkill')}
        </button>
        {skillsError !== undefined && (
          <p className="field-error" role="alert">
            {skillsError}
          </p>
        )}
      </fieldset>
      <div className="grid-2">
        <SelectField
          label={t('coordination.field.mode')}
          required
          value={draft.mode}
          error={errors['details.mode']}
          onChange={(event) => {
            const mode = MODES.find((value) => value === event.target.value);
            if (mode !== undefined) set('mode', mode);
          }}
          options={MODES.map((mode) => ({ value: mode, label: t(MODE[mode]) }))}
        />
        <SelectField
          label={t('coordination.field.province')}
          hint={t('coordination.field.provinceHint')}
          required
          value={draft.provinceCode}
          error={errors['details.province.code'] ?? errors['details.province']}
          onChange={(event) => {
            set('provinceCode', event.target.value);
          }}
          options={[{ value: '', label: t('coordination.form.choose') }, ...names.provinces]}
        />
      </div>
      <TextField
        label={t('coordination.field.address')}
        hint={needsAddress(draft.mode) ? t('coordination.field.addressHint') : undefined}
        required={needsAddress(draft.mode)}
        maxLength={500}
        value={draft.address}
        error={errors['details.address']}
        onChange={(event) => {
          set('address', event.target.value);
        }}
      />
      <div className="grid-2">
        <TextField
          label={t('coordination.field.startDate')}
          type="date"
          required
          value={draft.startDate}
          error={errors['details.startDate']}
          onChange={(event) => {
            set('startDate', event.target.value);
          }}
        />
        <TextField
          label={t('coordination.field.endDate')}
          type="date"
          required
          value={draft.endDate}
          error={errors['details.endDate']}
          onChange={(event) => {
            set('endDate', event.target.value);
          }}
        />
        <TextField
          label={t('coordination.field.effortDays')}
          hint={t('coordination.field.effortDaysHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={250}
          value={draft.effortDays}
          error={errors['details.effortDays']}
          onChange={(event) => {
            set('effortDays', event.target.value);
          }}
        />
        <TextField
          label={t('coordination.field.expertsNeeded')}
          type="number"
          inputMode="numeric"
          required
          min={1}
          max={20}
          value={draft.expertsNeeded}
          error={errors['details.expertsNeeded']}
          onChange={(event) => {
            set('expertsNeeded', event.target.value);
          }}
        />
        <SelectField
          label={t('coordination.field.urgency')}
          value={draft.urgency}
          error={errors['details.urgency']}
          onChange={(event) => {
            const urgency = URGENCIES.find((value) => value === event.target.value);
            if (urgency !== undefined) set('urgency', urgency);
          }}
          options={URGENCIES.map((urgency) => ({ value: urgency, label: t(URGENCY[urgency]) }))}
        />
      </div>
      <fieldset>
        <legend>{t('coordination.field.languages')}</legend>
        <p className="hint">{t('coordination.field.languagesHint')}</p>
        <div className="coordination-choices">
          {LANGUAGES.map((code) => (
            <CheckboxField
              key={code}
              label={names.language(code)}
              checked={draft.languageCodes.includes(code)}
              onChange={(checked) => {
                set(
                  'languageCodes',
                  checked
                    ? [...draft.languageCodes, code]
                    : draft.languageCodes.filter((value) => value !== code),
                );
              }}
            />
          ))}
        </div>
        {languagesError !== undefined && (
          <p className="field-error" role="alert">
            {languagesError}
          </p>
        )}
      </fieldset>
      <TextField
        label={t('coordination.field.localPlan')}
        hint={t('coordination.field.localPlanHint')}
        maxLength={500}
        value={draft.localPlan}
        error={errors['details.localPlan']}
        onChange={(event) => {
          set('localPlan', event.target.value);
        }}
      />
      <TextAreaField
        label={t('coordination.field.scope')}
        rows={3}
        maxLength={4000}
        value={draft.scope}
        error={errors['details.scope']}
        onChange={(event) => {
          set('scope', event.target.value);
        }}
      />
      <fieldset>
        <legend>{t('coordination.field.deliverables')}</legend>
        {draft.deliverables.map((item, index) => (
          <div className="coordination-row" key={index}>
            <TextField
              label={t('coordination.field.deliverableN', { n: index + 1 })}
              maxLength={300}
              value={item}
              error={errors[`details.deliverables[${String(index)}]`]}
              onChange={(event) => {
                set('deliverables', replaceAt(draft.deliverables, index, event.target.value));
              }}
            />
            <button
              type="button"
              className="button small"
              aria-label={t('coordination.form.removeDeliverable', { n: index + 1 })}
              onClick={() => {
                set('deliverables', removeAt(draft.deliverables, index));
              }}
            >
              {t('coordination.form.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button small"
          onClick={() => {
            set('deliverables', [...draft.deliverables, '']);
          }}
        >
          {t('coordination.form.addDeliverable')}
        </button>
        {deliverablesError !== undefined && (
          <p className="field-error" role="alert">
            {deliverablesError}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('coordination.field.attachments')}</legend>
        <p className="hint">{t('coordination.field.attachmentsHint')}</p>
        {draft.attachments.map((item, index) => (
          <div className="coordination-row" key={index}>
            <TextField
              label={t('coordination.field.attachmentTitleN', { n: index + 1 })}
              maxLength={200}
              value={item.title}
              error={errors[`details.attachments[${String(index)}].title`]}
              onChange={(event) => {
                set(
                  'attachments',
                  replaceAt(draft.attachments, index, { ...item, title: event.target.value }),
                );
              }}
            />
            <TextField
              label={t('coordination.field.attachmentUrlN', { n: index + 1 })}
              type="url"
              value={item.url}
              error={errors[`details.attachments[${String(index)}].url`]}
              onChange={(event) => {
                set(
                  'attachments',
                  replaceAt(draft.attachments, index, { ...item, url: event.target.value }),
                );
              }}
            />
            <button
              type="button"
              className="button small"
              aria-label={t('coordination.form.removeAttachment', { n: index + 1 })}
              onClick={() => {
                set('attachments', removeAt(draft.attachments, index));
              }}
            >
              {t('coordination.form.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button small"
          onClick={() => {
            set('attachments', [...draft.attachments, { title: '', url: '' }]);
          }}
        >
          {t('coordination.form.addAttachment')}
        </button>
        {attachmentsError !== undefined && (
          <p className="field-error" role="alert">
            {attachmentsError}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('coordination.field.contact')}</legend>
        <div className="grid-2">
          <TextField
            label={t('coordination.field.contactName')}
            required
            maxLength={120}
            autoComplete="name"
            value={draft.contactName}
            error={errors['details.contact.fullName']}
            onChange={(event) => {
              set('contactName', event.target.value);
            }}
          />
          <TextField
            label={t('coordination.field.contactEmail')}
            type="email"
            required
            autoComplete="email"
            value={draft.contactEmail}
            error={errors['details.contact.email']}
            onChange={(event) => {
              set('contactEmail', event.target.value);
            }}
          />
          <TextField
            label={t('coordination.field.contactPhone')}
            hint={t('coordination.field.contactPhoneHint')}
            type="tel"
            required
            autoComplete="tel"
            value={draft.contactPhone}
            error={errors['details.contact.phone']}
            onChange={(event) => {
              set('contactPhone', event.target.value);
            }}
          />
        </div>
      </fieldset>
      <FormProblem
        state={act.state}
        placed={[
          ...PLACED,
          ...Object.keys(errors).filter(
            (field) =>
              field.startsWith('details.skills') ||
              field.startsWith('details.deliverables') ||
              field.startsWith('details.attachments') ||
              field.startsWith('details.languageCodes'),
          ),
        ]}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={act.state.status === 'running'}>
          {t('coordination.form.submit')}
        </button>
        <button
          type="button"
          className="button"
          disabled={act.state.status === 'running'}
          onClick={() => void act.execute(false)}
        >
          {t('coordination.form.saveDraft')}
        </button>
        <Link
          className="button"
          to={saved === undefined ? '/coordination/requests' : `/coordination/requests/${saved.id}`}
        >
          {saved === undefined ? t('common.cancel') : t('coordination.form.toRequest')}
        </Link>
      </div>
    </form>
  );
}

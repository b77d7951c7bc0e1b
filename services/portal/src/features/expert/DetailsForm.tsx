import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { sortByVietnamese } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { toggle } from './filters.ts';
import {
  CONTACT_CHANNEL_LABEL,
  CONTACT_CHANNELS,
  LANGUAGE_LEVEL_LABEL,
  LANGUAGE_LEVELS,
} from './labels.ts';
import type { LanguageLevel } from './model.ts';
import { detailsBody, detailsDraftOf, type DetailsDraft } from './profileForm.ts';
import { errorsOf, ProfileSection, type SectionProps } from './section.tsx';

/** Languages offered in the language rows (ISO 639-1); the API accepts any two-letter code. */
const LANGUAGE_CODES = ['vi', 'en', 'fr', 'ja', 'ko', 'zh', 'de', 'ru', 'lo', 'km', 'th', 'es'];
const MAX_SECTORS = 10;
const MAX_LANGUAGES = 10;

/** Position, unit, province, bio, sectors, languages and contact (PUT /experts/{id}). */
export function DetailsForm({ profile, names, onSaved, reload }: SectionProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<DetailsDraft>(() => detailsDraftOf(profile));
  const save = useAction(
    (body: DetailsDraft) =>
      call(
        api.PUT('/api/v1/experts/{expertId}', {
          params: { path: { expertId: profile.id ?? '' } },
          body: { expectedVersion: profile.version ?? 1, details: detailsBody(body) },
        }),
      ),
    (data) => {
      if (data.profile !== undefined) onSaved(data.profile);
    },
  );
  const errors = errorsOf(save.state);
  const set = (change: Partial<DetailsDraft>) => {
    setDraft((previous) => ({ ...previous, ...change }));
  };
  const languageOptions = [
    { value: '', label: t('expert.profile.chooseLanguage') },
    ...sortByVietnamese(
      [...new Set([...LANGUAGE_CODES, ...draft.languages.map((language) => language.code)])]
        .filter((code) => code !== '')
        .map((code) => ({ value: code, label: names.language(code) })),
      (option) => option.label,
    ),
  ];
  const sectorError =
    errors['details.sectorCodes'] ??
    Object.entries(errors).find(([field]) => field.startsWith('details.sectorCodes'))?.[1];
  return (
    <ProfileSection
      id="expert-details"
      title={t('expert.profile.details')}
      state={save.state}
      reload={reload}
      saveLabel={t('expert.profile.saveDetails')}
      onSubmit={() => void save.execute(draft)}
    >
      <div className="grid-2">
        <TextField
          label={t('expert.profile.position')}
          value={draft.position}
          required
          maxLength={200}
          error={errors['details.position']}
          onChange={(event) => {
            set({ position: event.target.value });
          }}
        />
        <TextField
          label={t('expert.profile.unit')}
          value={draft.unit}
          maxLength={300}
          error={errors['details.unit']}
          onChange={(event) => {
            set({ unit: event.target.value });
          }}
        />
      </div>
      <SelectField
        label={t('expert.profile.province')}
        value={draft.province}
        required
        hint={t('expert.profile.provinceHint')}
        error={errors['details.province.code'] ?? errors['details.province']}
        options={[
          { value: '', label: t('expert.profile.chooseProvince') },
          ...(names.provinces.some((option) => option.value === draft.province) ||
          draft.province === ''
            ? []
            : [{ value: draft.province, label: names.organisation(draft.province) }]),
          ...names.provinces,
        ]}
        onChange={(event) => {
          set({ province: event.target.value });
        }}
      />
      <TextAreaField
        label={t('expert.profile.bio')}
        value={draft.bio}
        rows={5}
        maxLength={4000}
        hint={t('expert.profile.bioHint')}
        error={errors['details.bio']}
        onChange={(event) => {
          set({ bio: event.target.value });
        }}
      />
      <fieldset className="expert-choices" aria-describedby="expert-sectors-hint">
        <legend>{t('expert.profile.sectors')}</legend>
        <p id="expert-sectors-hint" className="hint">
          {t('expert.profile.sectorsHint', { max: MAX_SECTORS })}
        </p>
        <div className="expert-check-grid">
          {names.sectorOptions.map((option) => (
            <CheckboxField
              key={option.value}
              label={option.label}
              checked={draft.sectorCodes.includes(option.value)}
              disabled={
                !draft.sectorCodes.includes(option.value) && draft.sectorCodes.length >= MAX_SECTORS
              }
              onChange={() => {
                set({ sectorCodes: toggle(draft.sectorCodes, option.value) });
              }}
            />
          ))}
        </div>
        {sectorError !== undefined && <p className="field-error">{sectorError}</p>}
      </fieldset>
      <fieldset className="expert-choices">
        <legend>{t('expert.profile.languages')}</legend>
        {draft.languages.length === 0 && <p className="muted">{t('expert.profile.noLanguages')}</p>}
        {draft.languages.map((language, index) => (
          <div className="expert-row" key={index}>
            <SelectField
              label={t('expert.profile.languageN', { n: index + 1 })}
              value={language.code}
              options={languageOptions}
              error={errors[`details.languages[${String(index)}].code`]}
              onChange={(event) => {
                set({
                  languages: draft.languages.map((item, at) =>
                    at === index ? { ...item, code: event.target.value } : item,
                  ),
                });
              }}
            />
            <SelectField
              label={t('expert.profile.languageLevelN', { n: index + 1 })}
              value={language.level}
              options={LANGUAGE_LEVELS.map((level) => ({
                value: level,
                label: t(LANGUAGE_LEVEL_LABEL[level]),
              }))}
              error={errors[`details.languages[${String(index)}].level`]}
              onChange={(event) => {
                const level = LANGUAGE_LEVELS.find((item) => item === event.target.value);
                if (level === undefined) return;
                set({
                  languages: draft.languages.map((item, at) =>
                    at === index ? { ...item, level: level satisfies LanguageLevel } : item,
                  ),
                });
              }}
            />
            <button
              type="button"
              className="button small"
              onClick={() => {
                set({ languages: draft.languages.filter((_, at) => at !== index) });
              }}
            >
              {t('expert.profile.removeLanguage', { n: index + 1 })}
            </button>
          </div>
        ))}
        {draft.languages.length < MAX_LANGUAGES && (
          <button
            type="button"
            className="button small"
            onClick={() => {
              set({
                languages: [...draft.languages, { code: '', level: 'LANGUAGE_LEVEL_WORKING' }],
              });
            }}
          >
            {t('expert.profile.addLanguage')}
          </button>
        )}
      </fieldset>
      <fieldset className="expert-choices">
        <legend>{t('expert.profile.contact')}</legend>
        <p className="hint">{t('expert.profile.contactHint')}</p>
        <div className="grid-2">
          <TextField
            label={t('expert.profile.email')}
            type="email"
            autoComplete="email"
            value={draft.email}
            error={errors['details.contact.email']}
            onChange={(event) => {
              set({ email: event.target.value });
            }}
          />
          <TextField
            label={t('expert.profile.phone')}
            type="tel"
            autoComplete="tel"
            value={draft.phone}
            hint={t('expert.profile.phoneHint')}
            error={errors['details.contact.phone']}
            onChange={(event) => {
              set({ phone: event.target.value });
            }}
          />
        </div>
        <SelectField
          label={t('expert.profile.channel')}
          value={draft.channel}
          error={errors['details.contact.preferredChannel']}
          options={CONTACT_CHANNELS.map((channel) => ({
            value: channel,
            label: t(CONTACT_CHANNEL_LABEL[channel]),
          }))}
          onChange={(event) => {
            const channel = CONTACT_CHANNELS.find((item) => item === event.target.value);
            if (channel !== undefined) set({ channel });
          }}
        />
      </fieldset>
    </ProfileSection>
  );
}

import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { toggle } from './filters.ts';
import { MENTORING_MODALITIES, MENTORING_MODALITY_LABEL } from './labels.ts';
import { mentoringBody, mentoringDraftOf, type MentoringDraft } from './profileForm.ts';
import { errorsOf, ProfileSection, type SectionProps } from './section.tsx';

const MAX_TOPICS = 20;

/** Willingness and capacity to mentor, on what and how (PUT /experts/{id}/mentoring). */
export function MentoringForm({ profile, names, onSaved, reload }: SectionProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<MentoringDraft>(() => mentoringDraftOf(profile));
  const save = useAction(
    (offer: MentoringDraft) =>
      call(
        api.PUT('/api/v1/experts/{expertId}/mentoring', {
          params: { path: { expertId: profile.id ?? '' } },
          body: { expectedVersion: profile.version ?? 1, offer: mentoringBody(offer) },
        }),
      ),
    (data) => {
      if (data.profile !== undefined) onSaved(data.profile);
    },
  );
  const errors = errorsOf(save.state);
  // The expert's own skills first: those are what they would mentor on.
  const own = new Set((profile.skills ?? []).map((skill) => skill.code));
  const topics = [
    ...names.skillOptions.filter((option) => own.has(option.value)),
    ...names.skillOptions.filter((option) => !own.has(option.value)),
  ];
  const topicError = Object.entries(errors).find(([field]) =>
    field.startsWith('offer.topicSkillCodes'),
  )?.[1];
  return (
    <ProfileSection
      id="expert-mentoring"
      title={t('expert.mentoring.title')}
      intro={t('expert.mentoring.intro')}
      state={save.state}
      reload={reload}
      saveLabel={t('expert.mentoring.save')}
      onSubmit={() => void save.execute(draft)}
    >
      <CheckboxField
        label={t('expert.mentoring.willing')}
        checked={draft.willing}
        onChange={(willing) => {
          setDraft({ ...draft, willing });
        }}
      />
      {draft.willing && (
        <>
          <TextField
            label={t('expert.mentoring.maxMentees')}
            type="number"
            inputMode="numeric"
            min={0}
            max={20}
            value={String(draft.maxMentees)}
            hint={t('expert.mentoring.maxMenteesHint')}
            error={errors['offer.maxMentees']}
            onChange={(event) => {
              const value = Number.parseInt(event.target.value, 10);
              setDraft({ ...draft, maxMentees: Number.isNaN(value) ? 0 : value });
            }}
          />
          <SelectField
            label={t('expert.mentoring.modality')}
            value={draft.modality}
            required
            error={errors['offer.modality']}
            options={MENTORING_MODALITIES.map((modality) => ({
              value: modality,
              label: t(MENTORING_MODALITY_LABEL[modality]),
            }))}
            onChange={(event) => {
              const modality = MENTORING_MODALITIES.find((item) => item === event.target.value);
              if (modality !== undefined) setDraft({ ...draft, modality });
            }}
          />
          <fieldset className="expert-choices">
            <legend>{t('expert.mentoring.topics')}</legend>
            <p className="hint">{t('expert.mentoring.topicsHint', { max: MAX_TOPICS })}</p>
            <div className="expert-check-grid expert-scroll">
              {topics.map((option) => (
                <CheckboxField
                  key={option.value}
                  label={option.label}
                  checked={draft.topicSkillCodes.includes(option.value)}
                  disabled={
                    !draft.topicSkillCodes.includes(option.value) &&
                    draft.topicSkillCodes.length >= MAX_TOPICS
                  }
                  onChange={() => {
                    setDraft({
                      ...draft,
                      topicSkillCodes: toggle(draft.topicSkillCodes, option.value),
                    });
                  }}
                />
              ))}
            </div>
            {topicError !== undefined && <p className="field-error">{topicError}</p>}
          </fieldset>
        </>
      )}
      <TextAreaField
        label={t('expert.mentoring.note')}
        value={draft.note}
        rows={2}
        maxLength={500}
        error={errors['offer.note']}
        onChange={(event) => {
          setDraft({ ...draft, note: event.target.value });
        }}
      />
    </ProfileSection>
  );
}

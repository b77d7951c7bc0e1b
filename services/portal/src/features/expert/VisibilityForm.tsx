import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { SelectField } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { VISIBILITY_EXPLANATION, VISIBILITY_LABEL } from './labels.ts';
import type { VisibilitySettings } from './model.ts';
import { errorsOf, ProfileSection, type SectionProps } from './section.tsx';
import {
  DEFAULT_VISIBILITY,
  VISIBILITY_FIELDS,
  VISIBILITY_LEVELS,
  visibilityDraft,
} from './visibility.ts';

/**
 * Who sees each part of the profile (PUT /experts/{id}/visibility). Name, organisation, province
 * and position are always shown: an expert must be findable.
 */
export function VisibilityForm({ profile, onSaved, reload }: SectionProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<VisibilitySettings>(() => visibilityDraft(profile.visibility));
  const save = useAction(
    (visibility: VisibilitySettings) =>
      call(
        api.PUT('/api/v1/experts/{expertId}/visibility', {
          params: { path: { expertId: profile.id ?? '' } },
          body: { expectedVersion: profile.version ?? 1, visibility },
        }),
      ),
    (data) => {
      if (data.profile !== undefined) onSaved(data.profile);
    },
  );
  const errors = errorsOf(save.state);
  return (
    <ProfileSection
      id="expert-visibility"
      title={t('expert.visibility.title')}
      intro={t('expert.visibility.intro')}
      state={save.state}
      reload={reload}
      saveLabel={t('expert.visibility.save')}
      onSubmit={() => void save.execute(draft)}
    >
      <dl className="expert-levels">
        {VISIBILITY_LEVELS.map((level) => (
          <div key={level}>
            <dt>{t(VISIBILITY_LABEL[level])}</dt>
            <dd>{t(VISIBILITY_EXPLANATION[level])}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('expert.visibility.always')}</p>
      <div className="grid-2">
        {VISIBILITY_FIELDS.map(({ field, label }) => (
          <SelectField
            key={field}
            label={t('expert.visibility.selectLabel', { field: t(label) })}
            value={draft[field] ?? DEFAULT_VISIBILITY[field]}
            hint={
              draft[field] === DEFAULT_VISIBILITY[field]
                ? t('expert.visibility.isDefault')
                : undefined
            }
            error={errors[`visibility.${field}`]}
            options={VISIBILITY_LEVELS.map((level) => ({
              value: level,
              label: t(VISIBILITY_LABEL[level]),
            }))}
            onChange={(event) => {
              const level = VISIBILITY_LEVELS.find((item) => item === event.target.value);
              if (level !== undefined) setDraft({ ...draft, [field]: level });
            }}
          />
        ))}
      </div>
    </ProfileSection>
  );
}

import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { SelectField } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { SKILL_LEVEL_LABEL, SKILL_LEVELS } from './labels.ts';
import type { SkillClaim } from './model.ts';
import { declaredSkills, skillsBody, verifiedSkills } from './profileForm.ts';
import { errorsOf, ProfileSection, type SectionProps } from './section.tsx';
import { SkillTags } from './SkillTags.tsx';

const MAX_SKILLS = 50;

/**
 * Skills: the ones the programme office verified are shown and kept as they are; the expert
 * declares the others with a level (PUT /experts/{id}/skills replaces those).
 */
export function SkillsForm({ profile, names, onSaved, reload }: SectionProps) {
  const { t } = useI18n();
  const verified = verifiedSkills(profile);
  const [claims, setClaims] = useState<SkillClaim[]>(() => declaredSkills(profile));
  const save = useAction(
    (skills: readonly SkillClaim[]) =>
      call(
        api.PUT('/api/v1/experts/{expertId}/skills', {
          params: { path: { expertId: profile.id ?? '' } },
          body: { expectedVersion: profile.version ?? 1, skills: skillsBody(skills) },
        }),
      ),
    (data) => {
      if (data.profile !== undefined) {
        onSaved(data.profile);
        setClaims(declaredSkills(data.profile));
      }
    },
  );
  const errors = errorsOf(save.state);
  const taken = new Set([...verified.map((skill) => skill.code), ...claims.map((c) => c.code)]);
  const update = (index: number, change: Partial<SkillClaim>) => {
    setClaims((previous) =>
      previous.map((claim, at) => (at === index ? { ...claim, ...change } : claim)),
    );
  };
  return (
    <ProfileSection
      id="expert-skills"
      title={t('expert.skills.title')}
      intro={t('expert.skills.intro')}
      state={save.state}
      reload={reload}
      saveLabel={t('expert.skills.save')}
      onSubmit={() => void save.execute(claims)}
    >
      <h3>{t('expert.skills.verifiedTitle')}</h3>
      {verified.length === 0 ? (
        <p className="muted">{t('expert.skills.noneVerified')}</p>
      ) : (
        <SkillTags skills={verified} />
      )}
      <h3>{t('expert.skills.declaredTitle')}</h3>
      {claims.length === 0 && <p className="muted">{t('expert.skills.noneDeclared')}</p>}
      {claims.map((claim, index) => (
        <div className="expert-row" key={index}>
          <SelectField
            label={t('expert.skills.skillN', { n: index + 1 })}
            value={claim.code}
            error={errors[`skills[${String(index)}].code`]}
            options={[
              { value: '', label: t('expert.skills.choose') },
              ...(claim.code !== '' &&
              !names.skillOptions.some((option) => option.value === claim.code)
                ? [{ value: claim.code, label: names.skill(claim.code) }]
                : []),
              ...names.skillOptions.filter(
                (option) => option.value === claim.code || !taken.has(option.value),
              ),
            ]}
            onChange={(event) => {
              update(index, { code: event.target.value });
            }}
          />
          <SelectField
            label={t('expert.skills.levelN', { n: index + 1 })}
            value={claim.level}
            error={errors[`skills[${String(index)}].level`]}
            options={SKILL_LEVELS.map((level) => ({
              value: level,
              label: t(SKILL_LEVEL_LABEL[level]),
            }))}
            onChange={(event) => {
              const level = SKILL_LEVELS.find((item) => item === event.target.value);
              if (level !== undefined) update(index, { level });
            }}
          />
          <button
            type="button"
            className="button small"
            onClick={() => {
              setClaims((previous) => previous.filter((_, at) => at !== index));
            }}
          >
            {t('expert.skills.remove', { n: index + 1 })}
          </button>
        </div>
      ))}
      {errors.skills !== undefined && <p className="field-error">{errors.skills}</p>}
      {verified.length + claims.length < MAX_SKILLS && (
        <p>
          <button
            type="button"
            className="button small"
            onClick={() => {
              setClaims((previous) => [
                ...previous,
                { code: '', level: 'SKILL_LEVEL_INTERMEDIATE' },
              ]);
            }}
          >
            {t('expert.skills.add')}
          </button>
        </p>
      )}
      <p className="hint">{t('expert.skills.levelsHint')}</p>
    </ProfileSection>
  );
}

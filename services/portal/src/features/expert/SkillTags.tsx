import { localized, useI18n } from '../../i18n/i18n.tsx';
import { SKILL_LEVEL_LABEL } from './labels.ts';
import type { ExpertSkill } from './model.ts';

/** Skills with their level; verified ones marked in words and with a tick (not by colour only). */
export function SkillTags({
  skills,
  highlight = [],
}: {
  readonly skills: readonly ExpertSkill[];
  /** Codes the search matched, shown in bold. */
  readonly highlight?: readonly string[];
}) {
  const { t, locale } = useI18n();
  if (skills.length === 0) return <p className="muted">{t('expert.skills.none')}</p>;
  return (
    <ul className="expert-skills plain">
      {skills.map((skill) => {
        const verified = skill.source === 'SKILL_SOURCE_VERIFIED';
        const name = localized(locale, skill.name) || (skill.code ?? '');
        return (
          <li
            key={skill.code}
            className={`expert-skill${verified ? ' expert-skill-verified' : ''}`}
          >
            {highlight.includes(skill.code ?? '') ? <strong>{name}</strong> : name}
            <span className="muted">
              {' · '}
              {t(SKILL_LEVEL_LABEL[skill.level ?? 'SKILL_LEVEL_UNSPECIFIED'])}
            </span>
            {verified && (
              <span className="expert-verified">
                {' · '}
                <span aria-hidden="true">✓ </span>
                {t('expert.skills.verified')}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

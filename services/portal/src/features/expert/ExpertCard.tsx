import type { ReactNode } from 'react';
import { Link } from '../../app/router.tsx';
import { Badge } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AVAILABILITY_LABEL, AVAILABILITY_TONE } from './labels.ts';
import type { ExpertSummary } from './model.ts';
import type { Names } from './reference.ts';
import { SkillTags } from './SkillTags.tsx';

/** One expert in a list (search results, peers): name, where they work, top skills. */
export function ExpertCard({
  expert,
  names,
  matchedSkillCodes,
  children,
}: {
  readonly expert: ExpertSummary;
  readonly names: Names;
  readonly matchedSkillCodes?: readonly string[];
  /** Extra lines under the skills (a peer's reasons). */
  readonly children?: ReactNode;
}) {
  const { t } = useI18n();
  const organisation = names.organisation(expert.organisation?.code);
  const province = names.organisation(expert.province?.code);
  const availability = expert.availability ?? 'AVAILABILITY_STATUS_UNSPECIFIED';
  return (
    <article className="card expert-card">
      <h3>
        <Link to={`/experts/${expert.id ?? ''}`}>{expert.fullName}</Link>
      </h3>
      <p className="expert-meta">
        {[expert.position, organisation].filter(Boolean).join(' · ')}
        {province !== '' && province !== organisation && (
          <span className="muted"> · {province}</span>
        )}
      </p>
      <p className="expert-badges">
        {availability !== 'AVAILABILITY_STATUS_UNSPECIFIED' && (
          <Badge tone={AVAILABILITY_TONE[availability]}>
            {t(AVAILABILITY_LABEL[availability])}
          </Badge>
        )}
        {expert.willingToMentor === true && <Badge tone="info">{t('expert.card.mentor')}</Badge>}
        {expert.certified === true && <Badge tone="good">{t('expert.card.certified')}</Badge>}
      </p>
      <SkillTags skills={expert.topSkills ?? []} highlight={matchedSkillCodes} />
      {children}
    </article>
  );
}

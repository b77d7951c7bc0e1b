import { Badge } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { scoreBars, scorePoints } from './board.ts';
import { ASSIGNMENT_STATUS, ASSIGNMENT_TONE, SCORE_KIND } from './labels.ts';
import type { AssignmentStatus, Mentee, Mentor, ScorePart } from './types.ts';

/**
 * A score and its parts as bars: each part's bar shows how well it is met, its text the points it
 * adds to the score and why. The figures are in the text; the bars are only their picture.
 */
export function ScoreBars({
  score,
  parts,
  caption,
}: {
  readonly score: number | undefined;
  readonly parts: readonly ScorePart[] | undefined;
  readonly caption?: string;
}) {
  const { t, locale } = useI18n();
  const bars = scoreBars(parts);
  return (
    <div className="mentoring-score">
      <p className="mentoring-score-total">
        {caption ?? t('mentoring.score.total')}:{' '}
        <strong>{t('mentoring.score.points', { points: scorePoints(score) })}</strong>
      </p>
      {bars.length > 0 && (
        <ul className="plain mentoring-bars">
          {bars.map((bar) => (
            <li key={bar.kind}>
              <span className="mentoring-bar-label">{t(SCORE_KIND[bar.kind])}</span>
              <span className="mentoring-bar-track" aria-hidden="true">
                <span className="mentoring-bar-fill" style={{ width: `${String(bar.percent)}%` }} />
              </span>
              <span className="mentoring-bar-value">
                {t('mentoring.score.part', { percent: bar.percent, points: bar.points })}
              </span>
              {bar.reason !== undefined && localized(locale, bar.reason) !== '' && (
                <span className="mentoring-bar-reason muted small">
                  {localized(locale, bar.reason)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function PairStatusBadge({ status }: { readonly status: AssignmentStatus | undefined }) {
  const { t } = useI18n();
  const value = status ?? 'ASSIGNMENT_STATUS_UNSPECIFIED';
  return <Badge tone={ASSIGNMENT_TONE[value]}>{t(ASSIGNMENT_STATUS[value])}</Badge>;
}

/** "Nguyễn Văn An · Sở TT&TT Hà Nội": a person with their unit or organisation. */
export function PersonLine({
  person,
  organisationName,
}: {
  readonly person: Mentor | Mentee | undefined;
  readonly organisationName: (code: string | undefined) => string;
}) {
  if (person === undefined) return null;
  const where =
    person.unit !== undefined && person.unit !== ''
      ? person.unit
      : organisationName(person.organisation?.code);
  return (
    <>
      {person.fullName}
      {where !== '' && <span className="muted"> · {where}</span>}
    </>
  );
}

/** Skill codes by their names, as tags. */
export function TopicTags({
  codes,
  skillName,
}: {
  readonly codes: readonly string[] | undefined;
  readonly skillName: (code: string | undefined) => string;
}) {
  if (codes === undefined || codes.length === 0) return null;
  return (
    <ul className="plain mentoring-tags">
      {codes.map((code) => (
        <li key={code} className="badge badge-neutral">
          {skillName(code)}
        </li>
      ))}
    </ul>
  );
}

import type { components } from '../../api/gen/schema.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import type { Nomination } from '../nominations/model.ts';

type Criterion = components['schemas']['RubricCriterion'];

/** The reviews so far: each reviewer's scores per criterion, total and comment. */
export function Reviews({
  nomination,
  rubric,
}: {
  readonly nomination: Nomination;
  readonly rubric: readonly Criterion[];
}) {
  const { t, number, dateTime, locale } = useI18n();
  const reviews = nomination.reviews ?? [];
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{t('review.reviews.title')}</h2>
      {reviews.length === 0 ? (
        <p className="muted">{t('review.reviews.none')}</p>
      ) : (
        <>
          <p>{t('review.reviews.average', { score: number(nomination.averageScore ?? 0) })}</p>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('review.reviews.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.reviews.reviewer')}</th>
                  {rubric.map((criterion) => (
                    <th key={criterion.code} scope="col" className="numeric">
                      {localized(locale, criterion.name)}
                    </th>
                  ))}
                  <th scope="col" className="numeric">
                    {t('review.reviews.total')}
                  </th>
                  <th scope="col">{t('review.score.comment')}</th>
                  <th scope="col">{t('review.reviews.at')}</th>
                </tr>
              </thead>
              <tbody>
                {reviews.map((review) => (
                  <tr key={review.reviewerSubject}>
                    <td>{review.reviewerName ?? review.reviewerSubject}</td>
                    {rubric.map((criterion) => (
                      <td key={criterion.code} className="numeric">
                        {number(
                          review.scores?.find((score) => score.criterionCode === criterion.code)
                            ?.score,
                        )}
                      </td>
                    ))}
                    <td className="numeric">{number(review.total)}</td>
                    <td>{review.comment}</td>
                    <td>{dateTime(review.scoredAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

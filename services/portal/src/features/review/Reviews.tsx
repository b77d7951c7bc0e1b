import type { components } from '../../api/gen/schema.ts';
import { useUser } from '../../app/session.tsx';
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
  const user = useUser();
  const reviews = nomination.reviews ?? [];
  // The API records reviewers by account id only; a name is shown when it has a real one.
  const reviewerLabel = (review: (typeof reviews)[number], index: number) => {
    if (review.reviewerSubject === user.subject) return t('review.reviews.you');
    const name = review.reviewerName ?? '';
    return name !== '' && name !== review.reviewerSubject
      ? name
      : t('review.reviews.reviewerNumber', { number: index + 1 });
  };
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
                {reviews.map((review, index) => (
                  <tr key={review.reviewerSubject}>
                    <td>{reviewerLabel(review, index)}</td>
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

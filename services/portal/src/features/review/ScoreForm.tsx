import { useCallback, useMemo, useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/gen/schema.ts';
import { useAction } from '../../api/hooks.ts';
import { fieldErrors } from '../../api/problem.ts';
import { useUser } from '../../app/session.tsx';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import type { Nomination } from '../nominations/model.ts';
import { scoreDraft, scoresOf, weightedTotal, type ScoreDraft } from './scoring.ts';

type Criterion = components['schemas']['RubricCriterion'];

/** The reviewer's scores on the round's rubric; scoring again replaces their earlier review. */
export function ScoreForm({
  nomination,
  rubric,
  onScored,
}: {
  readonly nomination: Nomination;
  readonly rubric: readonly Criterion[];
  readonly onScored: (nomination: Nomination | undefined) => void;
}) {
  const { t, number, locale } = useI18n();
  const user = useUser();
  const initial = useMemo(
    () => scoreDraft(rubric, nomination.reviews ?? [], user.subject),
    [rubric, nomination.reviews, user.subject],
  );
  const [scores, setScores] = useState<ScoreDraft>(initial.scores);
  const [comment, setComment] = useState(initial.comment);
  const nominationId = nomination.id ?? '';
  const run = useCallback(
    (draft: ScoreDraft, note: string) =>
      call(
        api.POST('/api/v1/nominations/{nominationId}/score', {
          params: { path: { nominationId } },
          body: {
            scores: scoresOf(rubric, draft),
            ...(note.trim() === '' ? {} : { comment: note.trim() }),
          },
        }),
      ),
    [nominationId, rubric],
  );
  const { state, execute } = useAction(
    run,
    useCallback(
      (data: { nomination?: Nomination }) => {
        onScored(data.nomination);
      },
      [onScored],
    ),
  );
  const errors =
    state.status === 'failed' && state.failure.kind === 'problem'
      ? fieldErrors(state.failure.problem)
      : {};
  const total = weightedTotal(rubric, scores);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void execute(scores, comment);
  };
  const known = new Set([
    'comment',
    ...rubric.flatMap((_, index) => [`scores[${String(index)}]`, `scores[${String(index)}].score`]),
  ]);
  const unplaced = Object.keys(errors).some((field) => !known.has(field));
  return (
    <form className="card" onSubmit={submit} aria-labelledby="score-heading">
      <h2 id="score-heading">{t('review.score.title')}</h2>
      {rubric.length === 0 ? (
        <p className="muted">{t('review.score.noRubric')}</p>
      ) : (
        <>
          <div className="score-grid">
            {rubric.map((criterion, index) => (
              <TextField
                key={criterion.code}
                label={localized(locale, criterion.name)}
                hint={t('review.score.hint', {
                  max: criterion.maxScore,
                  weight: criterion.weight,
                })}
                name={`scores.${criterion.code}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={criterion.maxScore}
                required
                value={scores[criterion.code] ?? ''}
                error={
                  errors[`scores[${String(index)}].score`] ?? errors[`scores[${String(index)}]`]
                }
                onChange={(event) => {
                  setScores((previous) => ({ ...previous, [criterion.code]: event.target.value }));
                }}
              />
            ))}
          </div>
          <p role="status">
            {total === undefined
              ? t('review.score.totalPending')
              : t('review.score.total', { total: number(total) })}
          </p>
          <TextAreaField
            label={t('review.score.comment')}
            name="comment"
            value={comment}
            error={errors.comment}
            onChange={(event) => {
              setComment(event.target.value);
            }}
          />
          {state.status === 'failed' && (unplaced || state.failure.kind === 'network') && (
            <ProblemAlert failure={state.failure} />
          )}
          <button type="submit" className="button primary" disabled={state.status === 'running'}>
            {t('review.score.submit')}
          </button>
        </>
      )}
    </form>
  );
}

import { useEffect, useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { Badge, Notice } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import {
  draftsOfGoals,
  GOAL_STATUSES,
  goalsBody,
  MAX_GOALS,
  NEW_GOAL,
  overallProgress,
  type GoalDraft,
} from './goals.ts';
import { GOAL_STATUS } from './labels.ts';
import type { Assignment } from './types.ts';

/** What the pair works towards, with progress: a list edited as a whole and saved at once. */
export function GoalsSection({
  assignment,
  canChange,
  onSaved,
}: {
  readonly assignment: Assignment;
  readonly canChange: boolean;
  readonly onSaved: (assignment: Assignment) => void;
}) {
  const { t, date, number } = useI18n();
  const [drafts, setDrafts] = useState<GoalDraft[]>(() => draftsOfGoals(assignment.trackedGoals));
  useEffect(() => {
    setDrafts(draftsOfGoals(assignment.trackedGoals));
  }, [assignment.trackedGoals]);
  const save = useAction(
    (goals: ReturnType<typeof goalsBody>) =>
      call(
        api.PUT('/api/v1/mentoring/assignments/{assignmentId}/goals', {
          params: { path: { assignmentId: assignment.id ?? '' } },
          body: { expectedVersion: assignment.version ?? 1, goals },
        }),
      ),
    (data) => {
      if (data.assignment !== undefined) onSaved(data.assignment);
    },
  );
  const errors = actionFieldErrors(save.state);
  const update = (index: number, change: Partial<GoalDraft>) => {
    save.reset();
    setDrafts((previous) =>
      previous.map((goal, at) => (at === index ? { ...goal, ...change } : goal)),
    );
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save.execute(goalsBody(drafts));
  };
  const progress = overallProgress(assignment.trackedGoals);
  const saved = assignment.trackedGoals ?? [];
  return (
    <section className="card" aria-labelledby="mentoring-goals-heading">
      <h2 id="mentoring-goals-heading">{t('mentoring.goal.title')}</h2>
      {progress !== undefined && (
        <p>
          <label htmlFor="mentoring-goals-progress">{t('mentoring.goal.overall')}</label>{' '}
          <progress id="mentoring-goals-progress" max={100} value={progress}>
            {progress}%
          </progress>{' '}
          {t('mentoring.goal.percent', { percent: progress })}
        </p>
      )}
      {!canChange &&
        (saved.length === 0 ? (
          <p className="muted">{t('mentoring.goal.none')}</p>
        ) : (
          <ul>
            {saved.map((goal) => (
              <li key={goal.id ?? goal.title}>
                {goal.title} · <Badge>{t(GOAL_STATUS[goal.status])}</Badge> ·{' '}
                {t('mentoring.goal.percent', { percent: goal.progressPercent ?? 0 })}
                {goal.targetDate !== undefined && goal.targetDate !== '' && (
                  <> · {t('mentoring.goal.by', { date: date(goal.targetDate) })}</>
                )}
              </li>
            ))}
          </ul>
        ))}
      {canChange && (
        <form onSubmit={submit} noValidate aria-label={t('mentoring.goal.title')}>
          {drafts.length === 0 && <p className="muted">{t('mentoring.goal.none')}</p>}
          {drafts.map((goal, index) => {
            const at = `goals[${String(index)}]`;
            const n = index + 1;
            return (
              <fieldset key={index} className="mentoring-row">
                <legend className="visually-hidden">{t('mentoring.goal.n', { n })}</legend>
                <TextField
                  label={t('mentoring.goal.titleN', { n })}
                  required
                  maxLength={300}
                  value={goal.title}
                  error={errors[`${at}.title`]}
                  onChange={(event) => {
                    update(index, { title: event.target.value });
                  }}
                />
                <SelectField
                  label={t('mentoring.goal.statusN', { n })}
                  value={goal.status}
                  error={errors[`${at}.status`]}
                  onChange={(event) => {
                    const status = GOAL_STATUSES.find((value) => value === event.target.value);
                    if (status !== undefined) update(index, { status });
                  }}
                  options={GOAL_STATUSES.map((status) => ({
                    value: status,
                    label: t(GOAL_STATUS[status]),
                  }))}
                />
                <TextField
                  label={t('mentoring.goal.progressN', { n })}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={100}
                  value={goal.progressPercent}
                  error={errors[`${at}.progressPercent`]}
                  onChange={(event) => {
                    update(index, { progressPercent: event.target.value });
                  }}
                />
                <TextField
                  label={t('mentoring.goal.targetN', { n })}
                  type="date"
                  value={goal.targetDate}
                  error={errors[`${at}.targetDate`]}
                  onChange={(event) => {
                    update(index, { targetDate: event.target.value });
                  }}
                />
                <button
                  type="button"
                  className="button small"
                  onClick={() => {
                    save.reset();
                    setDrafts((previous) => previous.filter((_, position) => position !== index));
                  }}
                >
                  {t('mentoring.goal.remove', { n })}
                </button>
              </fieldset>
            );
          })}
          {errors.goals !== undefined && <p className="field-error">{errors.goals}</p>}
          <FormProblem
            state={save.state}
            placed={[
              'goals',
              ...drafts.flatMap((_, index) =>
                ['title', 'status', 'progressPercent', 'targetDate'].map(
                  (field) => `goals[${String(index)}].${field}`,
                ),
              ),
            ]}
          />
          {save.state.status === 'done' && <Notice>{t('mentoring.goal.saved')}</Notice>}
          <div className="form-actions">
            {drafts.length < MAX_GOALS && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  save.reset();
                  setDrafts((previous) => [...previous, NEW_GOAL]);
                }}
              >
                {t('mentoring.goal.add')}
              </button>
            )}
            <button
              type="submit"
              className="button primary"
              disabled={save.state.status === 'running'}
            >
              {t('mentoring.goal.save')}
            </button>
          </div>
          <p className="hint">{t('mentoring.goal.hint', { max: number(MAX_GOALS) })}</p>
        </form>
      )}
    </section>
  );
}

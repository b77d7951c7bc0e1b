import type { ActionState } from '../api/hooks.ts';
import { fieldErrors } from '../api/problem.ts';
import { ProblemAlert } from './Status.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** The API's messages per field of a failed form action ({} while it has not failed so). */
export function actionFieldErrors(state: ActionState): Readonly<Record<string, string>> {
  return state.status === 'failed' && state.failure.kind === 'problem'
    ? fieldErrors(state.failure.problem)
    : {};
}

/**
 * A failed form action, above its buttons: the problem itself when it names no field; else how
 * many fields show a message beside them, and the messages no field shows (rules across fields,
 * such as "ends_at must be after starts_at"). `placed` names the fields the form shows errors
 * beside.
 */
export function FormProblem({
  state,
  placed,
}: {
  readonly state: ActionState;
  readonly placed: readonly string[];
}) {
  const { t } = useI18n();
  if (state.status !== 'failed') return null;
  const { failure } = state;
  if (failure.kind === 'network') return <ProblemAlert failure={failure} />;
  const shown = new Set(placed);
  const { problem } = failure;
  const unplaced = problem.errors.filter((error) => !shown.has(error.field));
  const placedCount = new Set(
    problem.errors.filter((error) => shown.has(error.field)).map((error) => error.field),
  ).size;
  if (problem.errors.length === 0) return <ProblemAlert failure={failure} />;
  return (
    <div className="alert alert-error" role="alert">
      <strong>{problem.title}</strong>
      {placedCount > 0 && <p>{t('problem.fieldErrors', { count: placedCount })}</p>}
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((error, index) => (
            <li key={`${error.field}-${String(index)}`}>{error.message}</li>
          ))}
        </ul>
      )}
      {problem.requestId !== '' && (
        <p className="muted small">{t('problem.requestId', { id: problem.requestId })}</p>
      )}
    </div>
  );
}

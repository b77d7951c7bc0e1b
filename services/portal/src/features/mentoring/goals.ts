import type { Goal, GoalStatus } from './types.ts';

export const GOAL_STATUSES: readonly GoalStatus[] = [
  'GOAL_STATUS_OPEN',
  'GOAL_STATUS_IN_PROGRESS',
  'GOAL_STATUS_ACHIEVED',
  'GOAL_STATUS_DROPPED',
];

/** At most this many goals per pair (the contract's limit). */
export const MAX_GOALS = 20;

/** One goal's fields, as typed; `id` empty for a new goal (the service names it). */
export interface GoalDraft {
  readonly id: string;
  readonly title: string;
  readonly status: GoalStatus;
  readonly progressPercent: string;
  readonly targetDate: string;
}

export const NEW_GOAL: GoalDraft = {
  id: '',
  title: '',
  status: 'GOAL_STATUS_OPEN',
  progressPercent: '0',
  targetDate: '',
};

export function draftsOfGoals(goals: readonly Goal[] | undefined): GoalDraft[] {
  return (goals ?? []).map((goal) => ({
    id: goal.id ?? '',
    title: goal.title,
    status: goal.status,
    progressPercent: String(goal.progressPercent ?? 0),
    targetDate: goal.targetDate ?? '',
  }));
}

/**
 * The goals the API takes, in the form's order: titles trimmed, empty ids and dates left out, an
 * achieved goal at 100 %, a progress that is not a whole number sent as -1 for the API to name.
 */
export function goalsBody(drafts: readonly GoalDraft[]): Goal[] {
  return drafts.map((draft) => {
    const typed = draft.progressPercent.trim();
    const progress = /^\d{1,3}$/.test(typed) ? Number(typed) : -1;
    return {
      ...(draft.id === '' ? {} : { id: draft.id }),
      title: draft.title.trim(),
      status: draft.status,
      progressPercent: draft.status === 'GOAL_STATUS_ACHIEVED' ? 100 : progress,
      ...(draft.targetDate === '' ? {} : { targetDate: draft.targetDate }),
    };
  });
}

/** The pair's overall progress: the mean of the goals not dropped, 0..100; undefined for none. */
export function overallProgress(goals: readonly Goal[] | undefined): number | undefined {
  const counted = (goals ?? []).filter((goal) => goal.status !== 'GOAL_STATUS_DROPPED');
  if (counted.length === 0) return undefined;
  const sum = counted.reduce(
    (total, goal) =>
      total + (goal.status === 'GOAL_STATUS_ACHIEVED' ? 100 : (goal.progressPercent ?? 0)),
    0,
  );
  return Math.round(sum / counted.length);
}

import type {
  Application,
  Assignment,
  ExcludedMentor,
  MatchRun,
  MentorSuggestion,
  PlanSummary,
  ScorePart,
} from './types.ts';

export type SummaryFigure = 'menteesMatched' | 'totalScore' | 'mentorsUsed' | 'maxLoad';

/** The plan figures compared, each with which way is better. */
const FIGURES: readonly { readonly key: SummaryFigure; readonly higherIsBetter: boolean }[] = [
  { key: 'menteesMatched', higherIsBetter: true },
  { key: 'totalScore', higherIsBetter: true },
  { key: 'mentorsUsed', higherIsBetter: true },
  { key: 'maxLoad', higherIsBetter: false },
];

export interface ComparisonRow {
  readonly key: SummaryFigure;
  readonly optimal: number;
  readonly greedy: number;
  /** Which plan does better on this figure. */
  readonly better: 'optimal' | 'greedy' | 'same';
}

/** The optimal plan against the greedy one, figure by figure (scores to two decimals). */
export function planComparison(run: MatchRun): ComparisonRow[] {
  const figure = (summary: PlanSummary | undefined, key: SummaryFigure) => {
    const value = summary?.[key] ?? 0;
    return key === 'totalScore' ? Math.round(value * 100) / 100 : value;
  };
  return FIGURES.map(({ key, higherIsBetter }) => {
    const optimal = figure(run.optimal, key);
    const greedy = figure(run.greedy, key);
    const better =
      optimal === greedy ? 'same' : optimal > greedy === higherIsBetter ? 'optimal' : 'greedy';
    return { key, optimal, greedy, better };
  });
}

export interface ScoreBar {
  readonly kind: NonNullable<ScorePart['kind']>;
  /** How well the part is met, 0..100. */
  readonly percent: number;
  /** Its share of the score, 0..100 points of the whole. */
  readonly points: number;
  readonly reason: ScorePart['reason'];
}

/** A score's parts as bars, the largest share first; 0..1 values as whole percentages. */
export function scoreBars(parts: readonly ScorePart[] | undefined): ScoreBar[] {
  const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value * 100)));
  return (parts ?? [])
    .map((part) => ({
      kind: part.kind ?? 'MATCH_REASON_KIND_UNSPECIFIED',
      percent: clamp(part.value ?? 0),
      points: clamp(part.points ?? 0),
      reason: part.reason,
    }))
    .sort((a, b) => b.points - a.points);
}

/** A score 0..1 as whole points out of 100. */
export const scorePoints = (score: number | undefined): number =>
  Math.round(Math.min(1, Math.max(0, score ?? 0)) * 100);

export interface MentorChoice {
  readonly expertId: string;
  readonly fullName: string;
  readonly score: number;
  /** Paired with this mentee before: allowed only with an override reason. */
  readonly repeat: boolean;
}

/**
 * Who the office may choose for an application: the suggestions, then the excluded mentors whose
 * only guardrail is a repeat pair (the office may override it with a reason). The current mentor
 * is left out.
 */
export function mentorChoices(
  suggestions: readonly MentorSuggestion[],
  excluded: readonly ExcludedMentor[],
  currentMentorId: string | undefined,
): MentorChoice[] {
  const choices: MentorChoice[] = [];
  const seen = new Set<string>(currentMentorId === undefined ? [] : [currentMentorId]);
  const add = (mentor: MentorSuggestion['mentor'], score: number | undefined, repeat: boolean) => {
    const id = mentor?.expertId ?? '';
    if (id === '' || seen.has(id)) return;
    seen.add(id);
    choices.push({
      expertId: id,
      fullName: mentor?.fullName ?? id,
      score: scorePoints(score),
      repeat,
    });
  };
  for (const suggestion of suggestions) add(suggestion.mentor, suggestion.score, false);
  for (const mentor of excluded) {
    const breaches = mentor.breaches ?? [];
    if (breaches.length > 0 && breaches.every((b) => b.guardrail === 'GUARDRAIL_REPEAT_PAIR')) {
      add(mentor.mentor, mentor.score, true);
    }
  }
  return choices;
}

/** The run's unmatched applications, with what is known of them (an id alone when not loaded). */
export function unmatchedApplications(
  run: MatchRun,
  applications: readonly Application[],
): Application[] {
  const byId = new Map(applications.map((application) => [application.id ?? '', application]));
  return (run.unmatchedApplicationIds ?? []).map((id) => byId.get(id) ?? { id });
}

/**
 * The caller's place in a pair: by their token's subject, or by their own expert profile's id (a
 * mentor comes from the directory's profiles, which may not name the account's subject).
 */
export function placeIn(
  assignment: Assignment,
  subject: string,
  expertId = '',
): 'mentor' | 'mentee' | undefined {
  const is = (person: Assignment['mentor'] | Assignment['mentee']) =>
    (subject !== '' && person?.userSubject === subject) ||
    (expertId !== '' && person?.expertId === expertId);
  if (is(assignment.mentee)) return 'mentee';
  if (is(assignment.mentor)) return 'mentor';
  return undefined;
}

/**
 * The proposals a mentor still has to answer, soonest deadline first, from the caller's own pairs
 * (where they are mentor or mentee): those where they are not the mentee.
 */
export function proposalsToAnswer(
  assignments: readonly Assignment[],
  subject: string,
): Assignment[] {
  return assignments
    .filter(
      (assignment) =>
        assignment.status === 'ASSIGNMENT_STATUS_PROPOSED' &&
        placeIn(assignment, subject) !== 'mentee',
    )
    .sort((a, b) => (a.respondBy ?? '').localeCompare(b.respondBy ?? ''));
}

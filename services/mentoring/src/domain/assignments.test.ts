import { describe, expect, it } from 'vitest';
import {
  addMonths,
  accept,
  accepted,
  decline,
  end,
  expire,
  feedbackGiven,
  isLive,
  respondByOf,
  setGoals,
} from './assignments.ts';
import type { AssignmentStatus, AuditEntry, Goal } from './types.ts';
import { aContext, anActor, anAssignment, caught, LATER, NOW } from '../../test/fixtures.ts';

const DAY_MS = 86_400_000;
const office = anActor({ subject: 'po-1', orgCode: 'BTC', roles: ['programme-office'] });
const EARLIER_ENTRY: AuditEntry = {
  at: NOW,
  actor: office,
  action: 'proposed',
  before: {},
  after: { status: 'proposed' },
};

/** A proposal waiting for an answer until a week after NOW, with one earlier audit entry. */
const proposal = (overrides: Parameters<typeof anAssignment>[0] = {}) =>
  anAssignment({ status: 'proposed', history: [EARLIER_ENTRY], ...overrides });
const activePair = (overrides: Parameters<typeof anAssignment>[0] = {}) =>
  anAssignment({
    status: 'active',
    startDate: '2026-03-01',
    plannedEndDate: '2026-09-01',
    history: [EARLIER_ENTRY],
    ...overrides,
  });

const NOT_PROPOSED: readonly AssignmentStatus[] = [
  'active',
  'declined',
  'expired',
  'completed',
  'ended-early',
];
const NOT_ACTIVE: readonly AssignmentStatus[] = [
  'proposed',
  'declined',
  'expired',
  'completed',
  'ended-early',
];

describe('respondByOf and isLive', () => {
  it('the answer is due whole days after the proposal', () => {
    expect(respondByOf(NOW, 7)).toEqual(new Date(NOW.getTime() + 7 * DAY_MS));
  });

  it('only proposals and active pairs are live', () => {
    expect(NOT_ACTIVE.concat(['active']).filter(isLive).sort()).toEqual(['active', 'proposed']);
  });
});

describe('accept', () => {
  it('makes the pair active from today (Vietnam) for its duration, audited', () => {
    const context = aContext({ now: LATER });
    const pair = accept(proposal(), context);
    expect(pair).toMatchObject({
      status: 'active',
      startDate: '2026-03-05',
      plannedEndDate: '2026-09-05',
      updatedAt: LATER,
    });
    expect(pair.history).toEqual([
      EARLIER_ENTRY,
      {
        at: LATER,
        actor: context.actor,
        action: 'accepted',
        before: { status: 'proposed' },
        after: { status: 'active' },
      },
    ]);
  });

  it('starts on the Vietnam date: 17:30 UTC on 31 January is 1 February in Hà Nội', () => {
    const now = new Date('2026-01-31T17:30:00Z');
    const pair = accept(
      proposal({ respondBy: new Date('2026-02-05T00:00:00Z') }),
      aContext({ now }),
    );
    expect(pair.startDate).toBe('2026-02-01');
    expect(pair.plannedEndDate).toBe('2026-08-01');
  });

  it('plannedEndDate is start + durationMonths, across the year', () => {
    const now = new Date('2026-10-15T03:00:00Z');
    const pair = accepted(proposal({ durationMonths: 12 }), aContext({ now }));
    expect(pair).toMatchObject({ startDate: '2026-10-15', plannedEndDate: '2027-10-15' });
    const short = accepted(proposal({ durationMonths: 3 }), aContext({ now }));
    expect(short.plannedEndDate).toBe('2027-01-15');
  });

  it.each(NOT_PROPOSED)('refuses PROPOSAL_CLOSED on a %s assignment', (status) => {
    const error = caught(() => accept(proposal({ status }), aContext()));
    expect(error).toMatchObject({ kind: 'failed-precondition', code: 'PROPOSAL_CLOSED' });
    expect(error.violations[0]?.field).toBe('assignment_id');
  });

  it('refuses PROPOSAL_CLOSED at and past respondBy, allows just before', () => {
    const respondBy = new Date('2026-03-08T02:00:00Z');
    const pair = proposal({ respondBy });
    expect(caught(() => accept(pair, aContext({ now: respondBy }))).code).toBe('PROPOSAL_CLOSED');
    expect(
      caught(() => accept(pair, aContext({ now: new Date(respondBy.getTime() + 1) }))).code,
    ).toBe('PROPOSAL_CLOSED');
    expect(accept(pair, aContext({ now: new Date(respondBy.getTime() - 1) })).status).toBe(
      'active',
    );
  });
});

describe('accepted (an acceptance the mentor’s place already records)', () => {
  it('completes it whatever the time now, even past respondBy', () => {
    const late = new Date(proposal().respondBy.getTime() + 3 * DAY_MS);
    expect(accepted(proposal(), aContext({ now: late })).status).toBe('active');
  });

  it.each(NOT_PROPOSED)('still refuses PROPOSAL_CLOSED on a %s assignment', (status) => {
    expect(caught(() => accepted(proposal({ status }), aContext())).code).toBe('PROPOSAL_CLOSED');
  });
});

describe('decline', () => {
  it('keeps the reason, audited', () => {
    const pair = decline(proposal(), 'Too many pairs this term', aContext({ now: LATER }));
    expect(pair).toMatchObject({
      status: 'declined',
      reason: 'Too many pairs this term',
      updatedAt: LATER,
    });
    expect(pair.history).toHaveLength(2);
    expect(pair.history[1]).toMatchObject({
      at: LATER,
      action: 'declined',
      before: { status: 'proposed' },
      after: { status: 'declined', reason: 'Too many pairs this term' },
    });
  });

  it.each(NOT_PROPOSED)('refuses PROPOSAL_CLOSED on a %s assignment', (status) => {
    expect(caught(() => decline(proposal({ status }), 'no', aContext())).code).toBe(
      'PROPOSAL_CLOSED',
    );
  });

  it('refuses PROPOSAL_CLOSED past respondBy', () => {
    const now = new Date(proposal().respondBy.getTime() + 1);
    expect(caught(() => decline(proposal(), 'no', aContext({ now }))).code).toBe('PROPOSAL_CLOSED');
  });
});

describe('expire', () => {
  const respondBy = new Date('2026-03-08T02:00:00Z');

  it('leaves a proposal not yet due', () => {
    expect(
      expire(proposal({ respondBy }), aContext({ now: new Date(respondBy.getTime() - 1) })),
    ).toBeUndefined();
  });

  it('expires a proposal at and past respondBy, audited as by the sweep', () => {
    const sweep = aContext({
      now: respondBy,
      actor: anActor({ subject: '', orgCode: '', service: 'mentoring' }),
    });
    const expired = expire(proposal({ respondBy }), sweep);
    expect(expired).toMatchObject({ status: 'expired', updatedAt: respondBy, reason: '' });
    expect(expired?.history.at(-1)).toEqual({
      at: respondBy,
      actor: sweep.actor,
      action: 'expired',
      before: { status: 'proposed' },
      after: { status: 'expired' },
    });
    const later = aContext({ now: new Date(respondBy.getTime() + DAY_MS) });
    expect(expire(proposal({ respondBy }), later)?.status).toBe('expired');
  });

  it.each(NOT_PROPOSED)('leaves a %s assignment, however late', (status) => {
    const late = aContext({ now: new Date(respondBy.getTime() + 30 * DAY_MS) });
    expect(expire(proposal({ status, respondBy }), late)).toBeUndefined();
  });
});

describe('end', () => {
  it('completes a pair once both sides gave feedback, audited', () => {
    const pair = activePair({ mentorFeedbackGiven: true, menteeFeedbackGiven: true });
    const ended = end(pair, 'completed', '', aContext({ now: LATER }));
    expect(ended).toMatchObject({ status: 'completed', updatedAt: LATER });
    expect(ended.history.at(-1)).toMatchObject({
      action: 'completed',
      before: { status: 'active' },
      after: { status: 'completed', reason: '' },
    });
  });

  it.each([
    [false, false],
    [true, false],
    [false, true],
  ])(
    'refuses FEEDBACK_MISSING to complete with mentor feedback %s, mentee feedback %s',
    (mentorFeedbackGiven, menteeFeedbackGiven) => {
      const error = caught(() =>
        end(activePair({ mentorFeedbackGiven, menteeFeedbackGiven }), 'completed', '', aContext()),
      );
      expect(error).toMatchObject({ kind: 'failed-precondition', code: 'FEEDBACK_MISSING' });
      expect(error.violations[0]?.field).toBe('outcome');
    },
  );

  it('ends a pair early with its reason, without feedback', () => {
    const ended = end(activePair(), 'ended-early', 'The mentee moved jobs', aContext());
    expect(ended).toMatchObject({ status: 'ended-early', reason: 'The mentee moved jobs' });
    expect(ended.history.at(-1)).toMatchObject({
      action: 'ended-early',
      before: { status: 'active' },
      after: { status: 'ended-early', reason: 'The mentee moved jobs' },
    });
  });

  it.each(NOT_ACTIVE)('refuses ASSIGNMENT_NOT_ACTIVE on a %s assignment', (status) => {
    for (const outcome of ['completed', 'ended-early'] as const) {
      const error = caught(() =>
        end(
          activePair({ status, mentorFeedbackGiven: true, menteeFeedbackGiven: true }),
          outcome,
          'why',
          aContext(),
        ),
      );
      expect(error).toMatchObject({ code: 'ASSIGNMENT_NOT_ACTIVE' });
      expect(error.violations[0]?.field).toBe('assignment_id');
    }
  });
});

describe('setGoals', () => {
  const known: Goal = {
    id: 'goal-1',
    title: 'Publish 3 datasets',
    status: 'in-progress',
    progressPercent: 30,
    targetDate: '2026-06-30',
  };
  const fresh = (title: string): Goal => ({
    id: '',
    title,
    status: 'open',
    progressPercent: 0,
    targetDate: '',
  });
  const ids = () => {
    let next = 0;
    return () => `new-goal-${String(++next)}`;
  };

  it('replaces the goals; new ones get ids, known ones keep theirs; audited before and after', () => {
    const pair = activePair({ goals: [known] });
    const updated = { ...known, progressPercent: 60 };
    const result = setGoals(
      pair,
      [updated, fresh('Train the team'), fresh('Write the guide')],
      aContext({ now: LATER }),
      ids(),
    );
    expect(result.goals.map((goal) => goal.id)).toEqual(['goal-1', 'new-goal-1', 'new-goal-2']);
    expect(result.goals[0]).toEqual(updated);
    expect(result.updatedAt).toEqual(LATER);
    expect(result.history).toHaveLength(2);
    expect(result.history.at(-1)).toEqual({
      at: LATER,
      actor: aContext().actor,
      action: 'goals-set',
      before: { goals: [known] },
      after: { goals: result.goals },
    });
  });

  it('an empty list drops every goal', () => {
    expect(setGoals(activePair({ goals: [known] }), [], aContext(), ids()).goals).toEqual([]);
  });

  it('refuses UNKNOWN_GOAL on goals[i].id for an id not of this pair', () => {
    const error = caught(() =>
      setGoals(
        activePair({ goals: [known] }),
        [known, { ...known, id: 'goal-of-another-pair' }],
        aContext(),
        ids(),
      ),
    );
    expect(error).toMatchObject({ kind: 'invalid-argument', code: 'UNKNOWN_GOAL' });
    expect(error.violations[0]?.field).toBe('goals[1].id');
  });

  it.each(NOT_ACTIVE)('refuses ASSIGNMENT_NOT_ACTIVE on a %s assignment', (status) => {
    const error = caught(() => setGoals(activePair({ status }), [fresh('x')], aContext(), ids()));
    expect(error).toMatchObject({ code: 'ASSIGNMENT_NOT_ACTIVE' });
    expect(error.violations[0]?.field).toBe('assignment_id');
  });
});

describe('feedbackGiven', () => {
  it.each(['mentor', 'mentee'] as const)('records the %s side, audited', (role) => {
    const field = role === 'mentor' ? 'mentorFeedbackGiven' : 'menteeFeedbackGiven';
    const other = role === 'mentor' ? 'menteeFeedbackGiven' : 'mentorFeedbackGiven';
    const pair = feedbackGiven(activePair(), role, aContext({ now: LATER }));
    expect(pair[field]).toBe(true);
    expect(pair[other]).toBe(false);
    expect(pair.history.at(-1)).toMatchObject({
      at: LATER,
      action: `${role}-feedback`,
      before: { [field]: false },
      after: { [field]: true },
    });
  });

  it('both sides’ feedback lets the pair complete', () => {
    const both = feedbackGiven(
      feedbackGiven(activePair(), 'mentor', aContext()),
      'mentee',
      aContext(),
    );
    expect(end(both, 'completed', '', aContext()).status).toBe('completed');
    expect(both.history.map((entry) => entry.action)).toEqual([
      'proposed',
      'mentor-feedback',
      'mentee-feedback',
    ]);
  });
});

describe('the audit trail', () => {
  it('every change appends one entry with its actor, keeping what was there', () => {
    const mentor = aContext({ now: LATER, actor: anActor({ subject: 'subject-mentor-1' }) });
    const mentee = aContext({ now: LATER, actor: anActor({ subject: 'subject-mentee-1' }) });
    let pair = accept(proposal(), mentor);
    pair = setGoals(
      pair,
      [{ id: '', title: 'g', status: 'open', progressPercent: 0, targetDate: '' }],
      mentee,
      () => 'goal-1',
    );
    pair = feedbackGiven(pair, 'mentor', mentor);
    pair = feedbackGiven(pair, 'mentee', mentee);
    pair = end(pair, 'completed', '', mentee);
    expect(pair.history.map((entry) => [entry.action, entry.actor.subject])).toEqual([
      ['proposed', 'po-1'],
      ['accepted', 'subject-mentor-1'],
      ['goals-set', 'subject-mentee-1'],
      ['mentor-feedback', 'subject-mentor-1'],
      ['mentee-feedback', 'subject-mentee-1'],
      ['completed', 'subject-mentee-1'],
    ]);
  });

  it('does not change the assignment it was given', () => {
    const pair = proposal();
    accept(pair, aContext());
    expect(pair.status).toBe('proposed');
    expect(pair.history).toEqual([EARLIER_ENTRY]);
  });
});

describe('addMonths', () => {
  it('keeps the day, or ends on the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });
});

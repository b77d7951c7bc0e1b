import { describe, expect, it } from 'vitest';
import {
  cancel,
  complete,
  DEFAULT_SERVICE_LEVELS,
  draftRequest,
  dueEscalations,
  escalate,
  isOpen,
  submit,
  triage,
  updateDetails,
  withStaffing,
  type DueAfter,
  type ServiceLevelSettings,
} from './requests.ts';
import type { AuditEntry, SupportRequest, SupportRequestStatus } from './types.ts';
import {
  aContext,
  anActor,
  aRequest,
  caught,
  DAY_MS,
  LATER,
  NOW,
  someDetails,
} from '../../test/fixtures.ts';

const office = anActor({ subject: 'po-1', orgCode: 'BTC', roles: ['programme-office'] });
const asOffice = aContext({ actor: office, now: LATER });
const EARLIER_ENTRY: AuditEntry = {
  at: NOW,
  actor: anActor(),
  action: 'drafted',
  before: {},
  after: { status: 'draft' },
};

const ALL: readonly SupportRequestStatus[] = [
  'draft',
  'submitted',
  'changes-requested',
  'matching',
  'staffed',
  'in-progress',
  'completed',
  'declined',
  'merged',
  'cancelled',
];
const except = (...kept: SupportRequestStatus[]) => ALL.filter((status) => !kept.includes(status));

const LEVELS: ServiceLevelSettings = { triageWorkingDays: 2, firstOfferWorkingDays: 5 };

/** A due date N whole days later, remembering what it was asked. */
function fakeDueAfter() {
  const calls: { from: Date; workingDays: number }[] = [];
  const dueAfter: DueAfter = (from, workingDays) => {
    calls.push({ from, workingDays });
    return new Date(from.getTime() + workingDays * DAY_MS);
  };
  return { dueAfter, calls };
}

const inStatus = (status: SupportRequestStatus, overrides: Partial<SupportRequest> = {}) =>
  aRequest({ status, history: [EARLIER_ENTRY], ...overrides });

/** The last audit entry, checked for who and when. */
function lastEntry(request: SupportRequest, context = asOffice) {
  expect(request.history).toHaveLength(2);
  expect(request.history[0]).toEqual(EARLIER_ENTRY);
  const entry = request.history[1];
  expect(entry).toMatchObject({ at: context.now, actor: context.actor });
  return entry;
}

function refusedStatus(act: () => unknown) {
  const error = caught(act);
  expect(error).toMatchObject({ kind: 'failed-precondition', code: 'REQUEST_STATUS' });
  expect(error.violations.map((violation) => violation.field)).toEqual(['support_request_id']);
  return error;
}

describe('draftRequest', () => {
  it('a draft of the organisation, normal priority, no service levels, no places, version 1, one audit entry', () => {
    const details = someDetails();
    const request = draftRequest({
      id: 'request-9',
      number: 'YC-2026-0009',
      organisationCode: 'P79-SNV',
      details,
      context: aContext(),
    });
    expect(request).toEqual({
      id: 'request-9',
      number: 'YC-2026-0009',
      requestingOrganisationCode: 'P79-SNV',
      details,
      status: 'draft',
      priority: 'normal',
      statusReason: '',
      mergedIntoRequestId: '',
      outcomeSummary: '',
      createdBy: 'coord-79',
      createdAt: NOW,
      submittedAt: undefined,
      staffedAt: undefined,
      completedAt: undefined,
      serviceLevel: {
        triageDueAt: undefined,
        firstOfferDueAt: undefined,
        triagedAt: undefined,
        firstOfferAt: undefined,
        escalations: [],
      },
      offers: undefined,
      matchingDegraded: false,
      places: [],
      history: [
        { at: NOW, actor: anActor(), action: 'drafted', before: {}, after: { status: 'draft' } },
      ],
      version: 1,
    });
  });

  it('is open', () => {
    expect(isOpen('draft')).toBe(true);
  });
});

describe('isOpen', () => {
  it.each(ALL)('%s', (status) => {
    expect(isOpen(status)).toBe(
      ['draft', 'submitted', 'changes-requested', 'matching', 'staffed'].includes(status),
    );
  });
});

describe('updateDetails', () => {
  const changed = someDetails({ title: 'Số hoá hồ sơ hộ tịch', expertsNeeded: 3 });

  it.each(['draft', 'submitted', 'changes-requested'] as const)(
    'a %s request takes the new details, status unchanged, audited',
    (status) => {
      const updated = updateDetails(inStatus(status), changed, asOffice);
      expect(updated.details).toEqual(changed);
      expect(updated.status).toBe(status);
      expect(lastEntry(updated)).toMatchObject({
        action: 'edited',
        before: {},
        after: { title: 'Số hoá hồ sơ hộ tịch' },
      });
    },
  );

  it.each(except('draft', 'submitted', 'changes-requested'))(
    'a %s request is refused (REQUEST_STATUS)',
    (status) => {
      refusedStatus(() => updateDetails(inStatus(status), changed, asOffice));
    },
  );

  it.each([
    ['details.start_date', { startDate: '2026-02-30' }],
    ['details.end_date', { endDate: '2026-13-01' }],
    ['details.start_date', { startDate: 'tomorrow' }],
  ] as const)('a day that is not in the calendar is refused on %s', (field, dates) => {
    const error = caught(() => updateDetails(inStatus('draft'), someDetails(dates), asOffice));
    expect(error).toMatchObject({ kind: 'invalid-argument', code: 'INVALID_DATE' });
    expect(error.violations.map((violation) => violation.field)).toEqual([field]);
  });
});

describe('submit', () => {
  it('a draft is submitted: triage due the injected working days after now, audited', () => {
    const { dueAfter, calls } = fakeDueAfter();
    const submitted = submit(
      inStatus('draft', { submittedAt: undefined }),
      dueAfter,
      LEVELS,
      asOffice,
    );
    expect(calls).toEqual([{ from: LATER, workingDays: 2 }]);
    expect(submitted).toMatchObject({
      status: 'submitted',
      submittedAt: LATER,
      statusReason: '',
      serviceLevel: { triageDueAt: new Date(LATER.getTime() + 2 * DAY_MS) },
    });
    expect(lastEntry(submitted)).toMatchObject({
      action: 'submitted',
      before: { status: 'draft' },
      after: { status: 'submitted' },
    });
  });

  it('the due date is what dueAfter answers, whatever it is', () => {
    const due = new Date('2026-03-09T10:00:00Z');
    const submitted = submit(inStatus('draft'), () => due, DEFAULT_SERVICE_LEVELS, asOffice);
    expect(submitted.serviceLevel.triageDueAt).toBe(due);
  });

  it('after changes were requested: resubmitted, the reason cleared, a new triage due date', () => {
    const { dueAfter } = fakeDueAfter();
    const returned = inStatus('changes-requested', {
      statusReason: 'Thiếu kế hoạch',
      serviceLevel: {
        ...aRequest().serviceLevel,
        triageDueAt: NOW,
        triagedAt: NOW,
      },
    });
    const submitted = submit(returned, dueAfter, LEVELS, asOffice);
    expect(submitted.status).toBe('submitted');
    expect(submitted.statusReason).toBe('');
    expect(submitted.serviceLevel.triageDueAt).toEqual(new Date(LATER.getTime() + 2 * DAY_MS));
    expect(lastEntry(submitted)).toMatchObject({
      action: 'resubmitted',
      before: { status: 'changes-requested' },
      after: { status: 'submitted', reason: '' },
    });
  });

  it.each(except('draft', 'changes-requested'))(
    'a %s request is refused (REQUEST_STATUS)',
    (status) => {
      refusedStatus(() => submit(inStatus(status), fakeDueAfter().dueAfter, LEVELS, asOffice));
    },
  );

  it('work that ended before today (in Hà Nội) is refused on details.end_date (REQUEST_IN_PAST)', () => {
    const past = inStatus('draft', {
      details: someDetails({ startDate: '2026-02-20', endDate: '2026-03-04' }),
    });
    const error = caught(() => submit(past, fakeDueAfter().dueAfter, LEVELS, asOffice));
    expect(error).toMatchObject({ kind: 'failed-precondition', code: 'REQUEST_IN_PAST' });
    expect(error.violations.map((violation) => violation.field)).toEqual(['details.end_date']);
  });

  it('work ending today is accepted', () => {
    const today = inStatus('draft', {
      details: someDetails({ startDate: '2026-03-01', endDate: '2026-03-05' }),
    });
    expect(submit(today, fakeDueAfter().dueAfter, LEVELS, asOffice).status).toBe('submitted');
  });

  it('today is Hà Nội’s: at 18:00 UTC on the 4th it is already the 5th, so work ending on the 4th is past', () => {
    const evening = aContext({ now: new Date('2026-03-04T18:00:00Z') });
    const endsOnThe4th = inStatus('draft', { details: someDetails({ endDate: '2026-03-04' }) });
    expect(caught(() => submit(endsOnThe4th, fakeDueAfter().dueAfter, LEVELS, evening)).code).toBe(
      'REQUEST_IN_PAST',
    );
    const afternoon = aContext({ now: new Date('2026-03-04T16:59:00Z') });
    expect(submit(endsOnThe4th, fakeDueAfter().dueAfter, LEVELS, afternoon).status).toBe(
      'submitted',
    );
  });
});

describe('triage', () => {
  const submitted = () =>
    inStatus('submitted', {
      offers: undefined,
      serviceLevel: { ...aRequest().serviceLevel, triageDueAt: NOW },
    });

  it('accept: matching with the priority, triaged now, the first offer due the injected days after', () => {
    const { dueAfter, calls } = fakeDueAfter();
    const accepted = triage(
      submitted(),
      { action: 'accept', priority: 'high' },
      dueAfter,
      LEVELS,
      asOffice,
    );
    expect(calls).toEqual([{ from: LATER, workingDays: 5 }]);
    expect(accepted).toMatchObject({
      status: 'matching',
      priority: 'high',
      serviceLevel: {
        triageDueAt: NOW,
        triagedAt: LATER,
        firstOfferDueAt: new Date(LATER.getTime() + 5 * DAY_MS),
      },
    });
    expect(lastEntry(accepted)).toMatchObject({
      action: 'accepted',
      before: { status: 'submitted' },
      after: { status: 'matching' },
    });
  });

  it('request changes: changes requested with the reason, no first offer due', () => {
    const { dueAfter, calls } = fakeDueAfter();
    const returned = triage(
      submitted(),
      { action: 'request-changes', reason: 'Thiếu kế hoạch' },
      dueAfter,
      LEVELS,
      asOffice,
    );
    expect(calls).toEqual([]);
    expect(returned).toMatchObject({
      status: 'changes-requested',
      statusReason: 'Thiếu kế hoạch',
      priority: 'normal',
      serviceLevel: { triagedAt: LATER, firstOfferDueAt: undefined },
    });
    expect(lastEntry(returned)).toMatchObject({
      action: 'changes-requested',
      before: { status: 'submitted' },
      after: { status: 'changes-requested', reason: 'Thiếu kế hoạch' },
    });
  });

  it('reject: declined with the reason', () => {
    const rejected = triage(
      submitted(),
      { action: 'reject', reason: 'Ngoài phạm vi' },
      fakeDueAfter().dueAfter,
      LEVELS,
      asOffice,
    );
    expect(rejected).toMatchObject({
      status: 'declined',
      statusReason: 'Ngoài phạm vi',
      serviceLevel: { triagedAt: LATER, firstOfferDueAt: undefined },
    });
    expect(lastEntry(rejected)).toMatchObject({
      action: 'rejected',
      after: { status: 'declined', reason: 'Ngoài phạm vi' },
    });
  });

  it.each(['submitted', 'changes-requested', 'matching', 'staffed'] as const)(
    'merge into an open %s request: merged, pointing at it, with the reason',
    (status) => {
      const into = aRequest({ id: 'request-2', number: 'YC-2026-0041', status });
      const merged = triage(
        submitted(),
        { action: 'merge', reason: 'Trùng', into },
        fakeDueAfter().dueAfter,
        LEVELS,
        asOffice,
      );
      expect(merged).toMatchObject({
        status: 'merged',
        mergedIntoRequestId: 'request-2',
        statusReason: 'Trùng',
        serviceLevel: { triagedAt: LATER },
      });
      expect(lastEntry(merged)).toMatchObject({
        action: 'merged',
        after: { status: 'merged', reason: 'Trùng' },
      });
    },
  );

  it('merge into itself is refused on merge_into_request_id (MERGE_TARGET)', () => {
    const request = submitted();
    const error = caught(() =>
      triage(
        request,
        { action: 'merge', reason: 'Trùng', into: request },
        fakeDueAfter().dueAfter,
        LEVELS,
        asOffice,
      ),
    );
    expect(error).toMatchObject({ kind: 'failed-precondition', code: 'MERGE_TARGET' });
    expect(error.violations.map((violation) => violation.field)).toEqual(['merge_into_request_id']);
  });

  it.each(['draft', 'in-progress', 'completed', 'declined', 'merged', 'cancelled'] as const)(
    'merge into a %s request is refused on merge_into_request_id (MERGE_TARGET)',
    (status) => {
      const into = aRequest({ id: 'request-2', number: 'YC-2026-0041', status });
      const error = caught(() =>
        triage(
          submitted(),
          { action: 'merge', reason: 'Trùng', into },
          fakeDueAfter().dueAfter,
          LEVELS,
          asOffice,
        ),
      );
      expect(error).toMatchObject({ kind: 'failed-precondition', code: 'MERGE_TARGET' });
      expect(error.violations.map((violation) => violation.field)).toEqual([
        'merge_into_request_id',
      ]);
    },
  );

  it.each(except('submitted'))('a %s request cannot be triaged (REQUEST_STATUS)', (status) => {
    for (const decision of [
      { action: 'accept', priority: 'high' },
      { action: 'request-changes', reason: 'x' },
      { action: 'reject', reason: 'x' },
      { action: 'merge', reason: 'x', into: aRequest({ id: 'request-2', status: 'matching' }) },
    ] as const) {
      refusedStatus(() =>
        triage(inStatus(status), decision, fakeDueAfter().dueAfter, LEVELS, asOffice),
      );
    }
  });
});

describe('cancel', () => {
  it.each(['draft', 'submitted', 'changes-requested', 'matching', 'staffed'] as const)(
    'an open %s request is cancelled with the reason, audited',
    (status) => {
      const cancelled = cancel(inStatus(status), 'Không còn cần', asOffice);
      expect(cancelled).toMatchObject({ status: 'cancelled', statusReason: 'Không còn cần' });
      expect(lastEntry(cancelled)).toMatchObject({
        action: 'cancelled',
        before: { status },
        after: { status: 'cancelled', reason: 'Không còn cần' },
      });
    },
  );

  it.each(['in-progress', 'completed', 'declined', 'merged', 'cancelled'] as const)(
    'a %s request is refused (REQUEST_STATUS)',
    (status) => {
      refusedStatus(() => cancel(inStatus(status), 'x', asOffice));
    },
  );
});

describe('complete', () => {
  it.each(['staffed', 'in-progress'] as const)(
    'a %s request is completed with its outcome and time, audited',
    (status) => {
      const completed = complete(inStatus(status), 'Hoàn thành lộ trình', asOffice);
      expect(completed).toMatchObject({
        status: 'completed',
        outcomeSummary: 'Hoàn thành lộ trình',
        completedAt: LATER,
      });
      expect(lastEntry(completed)).toMatchObject({
        action: 'completed',
        before: { status },
        after: { status: 'completed' },
      });
    },
  );

  it.each(except('staffed', 'in-progress'))(
    'a %s request is refused (REQUEST_STATUS)',
    (status) => {
      refusedStatus(() => complete(inStatus(status), 'x', asOffice));
    },
  );
});

describe('withStaffing', () => {
  it('matching, every place confirmed: staffed now, audited', () => {
    const staffed = withStaffing(inStatus('matching'), 2, asOffice);
    expect(staffed).toMatchObject({ status: 'staffed', staffedAt: LATER });
    expect(lastEntry(staffed)).toMatchObject({
      action: 'staffed',
      before: { status: 'matching' },
      after: { status: 'staffed' },
    });
  });

  it('matching, not every place confirmed: unchanged', () => {
    const request = inStatus('matching');
    expect(withStaffing(request, 1, asOffice)).toBe(request);
  });

  it('staffed, a confirmed engagement lost: matching again, audited as understaffed', () => {
    const again = withStaffing(inStatus('staffed', { staffedAt: NOW }), 1, asOffice);
    expect(again.status).toBe('matching');
    expect(lastEntry(again)).toMatchObject({
      action: 'understaffed',
      before: { status: 'staffed' },
      after: { status: 'matching' },
    });
  });

  it('staffed and still full: unchanged', () => {
    const request = inStatus('staffed');
    expect(withStaffing(request, 2, asOffice)).toBe(request);
    expect(withStaffing(request, 3, asOffice)).toBe(request);
  });

  it.each(except('matching', 'staffed'))('a %s request is left as it is', (status) => {
    const request = inStatus(status);
    expect(withStaffing(request, 2, asOffice)).toBe(request);
    expect(withStaffing(request, 0, asOffice)).toBe(request);
  });
});

describe('dueEscalations', () => {
  const triageDue = new Date('2026-03-04T10:00:00Z');
  const offerDue = new Date('2026-03-06T10:00:00Z');
  const afterBoth = new Date('2026-03-07T00:00:00Z');
  const levels = {
    triageDueAt: triageDue,
    firstOfferDueAt: offerDue,
    triagedAt: undefined,
    firstOfferAt: undefined,
    escalations: [],
  };

  it('submitted past the triage due date: triage, once', () => {
    const request = inStatus('submitted', { serviceLevel: levels });
    expect(dueEscalations(request, afterBoth)).toEqual([{ level: 'triage', dueAt: triageDue }]);
    const escalated = escalate(request, 'triage', triageDue, asOffice);
    expect(dueEscalations(escalated, afterBoth)).toEqual([]);
  });

  it('not yet due, or due this very instant: nothing', () => {
    const request = inStatus('submitted', { serviceLevel: levels });
    expect(dueEscalations(request, new Date(triageDue.getTime() - 1))).toEqual([]);
    expect(dueEscalations(request, triageDue)).toEqual([]);
    expect(dueEscalations(request, new Date(triageDue.getTime() + 1))).toHaveLength(1);
  });

  it('matching past the first offer due date with no offer made: first offer, once', () => {
    const request = inStatus('matching', { serviceLevel: levels });
    expect(dueEscalations(request, afterBoth)).toEqual([{ level: 'first-offer', dueAt: offerDue }]);
    const escalated = escalate(request, 'first-offer', offerDue, asOffice);
    expect(dueEscalations(escalated, afterBoth)).toEqual([]);
  });

  it('an escalated triage does not hide the first offer, nor the other way round', () => {
    const request = inStatus('matching', {
      serviceLevel: {
        ...levels,
        escalations: [{ level: 'triage', dueAt: triageDue, escalatedAt: triageDue }],
      },
    });
    expect(dueEscalations(request, afterBoth)).toEqual([{ level: 'first-offer', dueAt: offerDue }]);
    const submittedRequest = inStatus('submitted', {
      serviceLevel: {
        ...levels,
        escalations: [{ level: 'first-offer', dueAt: offerDue, escalatedAt: offerDue }],
      },
    });
    expect(dueEscalations(submittedRequest, afterBoth)).toEqual([
      { level: 'triage', dueAt: triageDue },
    ]);
  });

  it('not after the first offer went out', () => {
    const request = inStatus('matching', {
      serviceLevel: { ...levels, firstOfferAt: new Date('2026-03-07T00:00:00Z') },
    });
    expect(dueEscalations(request, new Date('2026-03-08T00:00:00Z'))).toEqual([]);
  });

  it('without due dates: nothing', () => {
    expect(dueEscalations(inStatus('submitted'), afterBoth)).toEqual([]);
    expect(dueEscalations(inStatus('matching'), afterBoth)).toEqual([]);
  });

  it.each(except('submitted', 'matching'))('a %s request has nothing due', (status) => {
    expect(dueEscalations(inStatus(status, { serviceLevel: levels }), afterBoth)).toEqual([]);
  });
});

describe('escalate', () => {
  it('records the level, its due date and now, audited, status unchanged', () => {
    const due = new Date('2026-03-04T10:00:00Z');
    const escalated = escalate(inStatus('submitted'), 'triage', due, asOffice);
    expect(escalated.status).toBe('submitted');
    expect(escalated.serviceLevel.escalations).toEqual([
      { level: 'triage', dueAt: due, escalatedAt: LATER },
    ]);
    expect(lastEntry(escalated)).toMatchObject({
      action: 'escalated',
      before: {},
      after: { level: 'triage', dueAt: '2026-03-04T10:00:00.000Z' },
    });
  });

  it('keeps earlier escalations', () => {
    const first = { level: 'triage' as const, dueAt: NOW, escalatedAt: NOW };
    const request = inStatus('matching', {
      serviceLevel: { ...aRequest().serviceLevel, escalations: [first] },
    });
    const due = new Date('2026-03-04T10:00:00Z');
    expect(escalate(request, 'first-offer', due, asOffice).serviceLevel.escalations).toEqual([
      first,
      { level: 'first-offer', dueAt: due, escalatedAt: LATER },
    ]);
  });
});

describe('changes leave the request they were given alone', () => {
  it('the input record is not mutated', () => {
    const request = inStatus('submitted');
    const snapshot = structuredClone(request);
    triage(
      request,
      { action: 'accept', priority: 'low' },
      fakeDueAfter().dueAfter,
      LEVELS,
      asOffice,
    );
    cancel(request, 'x', asOffice);
    updateDetails(request, someDetails({ title: 'x' }), asOffice);
    expect(request).toEqual(snapshot);
  });
});

import { describe, expect, it } from 'vitest';
import {
  accept,
  cancelEngagement,
  decideRelease,
  decline,
  expire,
  invite,
  nextCandidates,
  rate,
  report,
  start,
  surplusOffers,
  withdraw,
} from './dispatches.ts';
import type { AuditEntry, Dispatch, DispatchStatus } from './types.ts';
import {
  aContext,
  aDispatch,
  anActor,
  aRequest,
  CANDIDATES,
  caught,
  DAY_MS,
  NOW,
} from '../../test/fixtures.ts';

const RESPOND_BY = new Date(NOW.getTime() + 3 * DAY_MS);
const BEFORE_DEADLINE = new Date(RESPOND_BY.getTime() - 1);
const expertActor = anActor({
  subject: 'subject-expert-1',
  orgCode: 'P01-SKHCN',
  roles: ['expert'],
});
const homeActor = anActor({ subject: 'coord-01', orgCode: 'P01-SKHCN' });
const asExpert = aContext({ actor: expertActor, now: BEFORE_DEADLINE });
const asHome = aContext({ actor: homeActor, now: BEFORE_DEADLINE });
const EARLIER_ENTRY: AuditEntry = {
  at: NOW,
  actor: anActor({ subject: 'po-1', orgCode: 'BTC', roles: ['programme-office'] }),
  action: 'invited',
  before: {},
  after: { status: 'invited', expertId: 'expert-1' },
};

const ALL: readonly DispatchStatus[] = [
  'invited',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
  'release-refused',
  'confirmed',
  'in-progress',
  'reported',
  'completed',
  'cancelled',
];
const except = (...kept: DispatchStatus[]) => ALL.filter((status) => !kept.includes(status));

const inStatus = (status: DispatchStatus, overrides: Partial<Dispatch> = {}) =>
  aDispatch({ status, respondBy: RESPOND_BY, history: [EARLIER_ENTRY], ...overrides });

function lastEntry(dispatch: Dispatch, context = asExpert) {
  expect(dispatch.history).toHaveLength(2);
  expect(dispatch.history[0]).toEqual(EARLIER_ENTRY);
  const entry = dispatch.history[1];
  expect(entry).toMatchObject({ at: context.now, actor: context.actor });
  return entry;
}

function refused(act: () => unknown, code: 'OFFER_CLOSED' | 'ENGAGEMENT_STATUS') {
  const error = caught(act);
  expect(error).toMatchObject({ kind: 'failed-precondition', code });
  expect(error.violations.map((violation) => violation.field)).toEqual(['dispatch_id']);
}

/** The code a refusal of a step of the engagement carries, whatever status it is in. */
const refusalOf = (_status: DispatchStatus) => 'ENGAGEMENT_STATUS' as const;

describe('invite', () => {
  it('an offer to the candidate on the request, to answer within the days given, audited', () => {
    const request = aRequest();
    const candidate = CANDIDATES[1];
    if (candidate === undefined) throw new Error('no candidate');
    const office = anActor({ subject: 'po-1', orgCode: 'BTC', roles: ['programme-office'] });
    const dispatch = invite({
      id: 'dispatch-7',
      request,
      candidate,
      respondWithinDays: 5,
      message: 'Mời chị',
      context: aContext({ actor: office }),
    });
    expect(dispatch).toEqual({
      id: 'dispatch-7',
      requestId: 'request-1',
      requestNumber: 'YC-2026-0042',
      requestTitle: 'Chuyển đổi số hồ sơ đất đai',
      requestingOrganisationCode: 'P79-SNV',
      mode: 'on-site',
      provinceCode: 'P79',
      startDate: '2026-04-06',
      endDate: '2026-04-17',
      expertId: 'expert-2',
      expertName: 'Lê Thị Bình',
      expertOrganisationCode: 'B-BKHCN',
      status: 'invited',
      message: 'Mời chị',
      invitedAt: NOW,
      respondBy: new Date(NOW.getTime() + 5 * DAY_MS),
      respondedAt: undefined,
      reason: '',
      releaseDecidedAt: undefined,
      releaseDecidedBy: '',
      report: undefined,
      rating: undefined,
      cancelledBy: '',
      history: [
        {
          at: NOW,
          actor: office,
          action: 'invited',
          before: {},
          after: { status: 'invited', expertId: 'expert-2' },
        },
      ],
      version: 1,
    });
  });
});

describe('accept and decline', () => {
  it('accepted while invited and before the answer time, audited', () => {
    const accepted = accept(inStatus('invited'), asExpert);
    expect(accepted).toMatchObject({ status: 'accepted', respondedAt: BEFORE_DEADLINE });
    expect(lastEntry(accepted)).toMatchObject({
      action: 'accepted',
      before: { status: 'invited' },
      after: { status: 'accepted' },
    });
  });

  it('declined with the reason while invited and before the answer time, audited', () => {
    const declined = decline(inStatus('invited'), 'Bận', asExpert);
    expect(declined).toMatchObject({
      status: 'declined',
      respondedAt: BEFORE_DEADLINE,
      reason: 'Bận',
    });
    expect(lastEntry(declined)).toMatchObject({
      action: 'declined',
      before: { status: 'invited' },
      after: { status: 'declined', reason: 'Bận' },
    });
  });

  it.each([
    ['at the answer time', RESPOND_BY],
    ['after the answer time', new Date(RESPOND_BY.getTime() + DAY_MS)],
  ])('an offer %s is closed (OFFER_CLOSED)', (_, now) => {
    const late = aContext({ actor: expertActor, now });
    refused(() => accept(inStatus('invited'), late), 'OFFER_CLOSED');
    refused(() => decline(inStatus('invited'), 'x', late), 'OFFER_CLOSED');
  });

  it.each(except('invited'))('a %s offer cannot be answered (OFFER_CLOSED)', (status) => {
    refused(() => accept(inStatus(status), asExpert), 'OFFER_CLOSED');
    refused(() => decline(inStatus(status), 'x', asExpert), 'OFFER_CLOSED');
  });
});

describe('expire', () => {
  it('an invited offer at its answer time expires, audited', () => {
    const now = aContext({ now: RESPOND_BY });
    const expired = expire(inStatus('invited'), now);
    expect(expired?.status).toBe('expired');
    expect(expired && lastEntry(expired, now)).toMatchObject({
      action: 'expired',
      before: { status: 'invited' },
      after: { status: 'expired' },
    });
  });

  it('not before its answer time', () => {
    expect(expire(inStatus('invited'), aContext({ now: BEFORE_DEADLINE }))).toBeUndefined();
  });

  it.each(except('invited'))('a %s offer never expires', (status) => {
    expect(
      expire(inStatus(status), aContext({ now: new Date(RESPOND_BY.getTime() + DAY_MS) })),
    ).toBeUndefined();
  });
});

describe('withdraw', () => {
  it.each(['invited', 'accepted'] as const)(
    'a %s offer is withdrawn with the reason, audited',
    (status) => {
      const withdrawn = withdraw(inStatus(status), 'Đã đủ người', asHome);
      expect(withdrawn).toMatchObject({ status: 'withdrawn', reason: 'Đã đủ người' });
      expect(lastEntry(withdrawn, asHome)).toMatchObject({
        action: 'withdrawn',
        before: { status },
        after: { status: 'withdrawn', reason: 'Đã đủ người' },
      });
    },
  );

  it('even after the answer time', () => {
    const late = aContext({ now: new Date(RESPOND_BY.getTime() + DAY_MS) });
    expect(withdraw(inStatus('invited'), 'x', late).status).toBe('withdrawn');
  });

  it.each(except('invited', 'accepted'))('a %s offer is refused (ENGAGEMENT_STATUS)', (status) => {
    refused(() => withdraw(inStatus(status), 'x', asHome), 'ENGAGEMENT_STATUS');
  });
});

describe('decideRelease', () => {
  it('released: confirmed, who and when decided, audited', () => {
    const confirmed = decideRelease(inStatus('accepted'), true, '', asHome);
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      releaseDecidedAt: BEFORE_DEADLINE,
      releaseDecidedBy: 'coord-01',
      reason: '',
    });
    expect(lastEntry(confirmed, asHome)).toMatchObject({
      action: 'released',
      before: { status: 'accepted' },
      after: { status: 'confirmed', reason: '' },
    });
  });

  it('refused: release refused, with the reason', () => {
    const refusedRelease = decideRelease(inStatus('accepted'), false, 'Mùa quyết toán', asHome);
    expect(refusedRelease).toMatchObject({
      status: 'release-refused',
      releaseDecidedAt: BEFORE_DEADLINE,
      releaseDecidedBy: 'coord-01',
      reason: 'Mùa quyết toán',
    });
    expect(lastEntry(refusedRelease, asHome)).toMatchObject({
      action: 'release-refused',
      after: { status: 'release-refused', reason: 'Mùa quyết toán' },
    });
  });

  it.each(except('accepted'))('a %s offer cannot be released either way', (status) => {
    refused(() => decideRelease(inStatus(status), true, '', asHome), refusalOf(status));
    refused(() => decideRelease(inStatus(status), false, 'x', asHome), refusalOf(status));
  });
});

describe('the engagement', () => {
  const theReport = { summary: 'Đã khảo sát 12 phòng', hours: 64, deliverables: ['Báo cáo'] };

  it('start: confirmed → in progress, audited', () => {
    const started = start(inStatus('confirmed'), asExpert);
    expect(started.status).toBe('in-progress');
    expect(lastEntry(started)).toMatchObject({
      action: 'started',
      before: { status: 'confirmed' },
      after: { status: 'in-progress' },
    });
  });

  it.each(except('confirmed'))('start from %s is refused', (status) => {
    refused(() => start(inStatus(status), asExpert), refusalOf(status));
  });

  it.each(['confirmed', 'in-progress'] as const)(
    'report from %s: reported with the report',
    (status) => {
      const reported = report(inStatus(status), theReport, asExpert);
      expect(reported).toMatchObject({ status: 'reported', report: theReport });
      expect(lastEntry(reported)).toMatchObject({
        action: 'reported',
        before: { status },
        after: { status: 'reported' },
      });
    },
  );

  it.each(except('confirmed', 'in-progress'))('report from %s is refused', (status) => {
    refused(() => report(inStatus(status), theReport, asExpert), refusalOf(status));
  });

  it('rate: reported → completed with the rating', () => {
    const rated = rate(
      inStatus('reported', { report: theReport }),
      { rating: 5, feedback: 'Tốt' },
      asHome,
    );
    expect(rated).toMatchObject({
      status: 'completed',
      report: theReport,
      rating: { rating: 5, feedback: 'Tốt' },
    });
    expect(lastEntry(rated, asHome)).toMatchObject({
      action: 'rated',
      before: { status: 'reported' },
      after: { status: 'completed' },
    });
  });

  it.each(except('reported'))('rate from %s is refused', (status) => {
    refused(() => rate(inStatus(status), { rating: 4, feedback: '' }, asHome), refusalOf(status));
  });

  it.each(['confirmed', 'in-progress'] as const)(
    'cancel from %s: cancelled, by whom and why',
    (status) => {
      const cancelled = cancelEngagement(inStatus(status), 'requester', 'Dời lịch', asHome);
      expect(cancelled).toMatchObject({
        status: 'cancelled',
        cancelledBy: 'requester',
        reason: 'Dời lịch',
      });
      expect(lastEntry(cancelled, asHome)).toMatchObject({
        action: 'cancelled',
        before: { status },
        after: { status: 'cancelled', reason: 'Dời lịch' },
      });
    },
  );

  it.each(except('confirmed', 'in-progress'))('cancel from %s is refused', (status) => {
    refused(() => cancelEngagement(inStatus(status), 'expert', 'x', asHome), refusalOf(status));
  });
});

describe('nextCandidates', () => {
  const offered = (expertId: string, status: DispatchStatus) =>
    aDispatch({ id: `dispatch-${expertId}`, expertId, status });

  it('K at once, in the directory’s order, when nothing is out yet', () => {
    expect(nextCandidates(aRequest(), []).map((c) => c.expertId)).toEqual(['expert-1', 'expert-2']);
  });

  it('tops up to K outstanding: one out, one more', () => {
    const out = [offered('expert-1', 'invited')];
    expect(nextCandidates(aRequest(), out).map((c) => c.expertId)).toEqual(['expert-2']);
  });

  it('K out already: none', () => {
    const out = [offered('expert-1', 'invited'), offered('expert-2', 'invited')];
    expect(nextCandidates(aRequest(), out)).toEqual([]);
  });

  it('each candidate once, whatever became of their offer; answered offers are not outstanding', () => {
    const out = [
      offered('expert-1', 'declined'),
      offered('expert-2', 'expired'),
      offered('expert-3', 'invited'),
    ];
    expect(nextCandidates(aRequest(), out).map((c) => c.expertId)).toEqual(['expert-4']);
  });

  it('an accepted offer holds a place and is not outstanding', () => {
    const request = aRequest({ places: ['dispatch-expert-1'] });
    const out = [offered('expert-1', 'accepted')];
    expect(nextCandidates(request, out).map((c) => c.expertId)).toEqual(['expert-2', 'expert-3']);
  });

  it('runs out with the ranking', () => {
    const out = CANDIDATES.slice(0, 4).map((c) => offered(c.expertId, 'declined'));
    expect(nextCandidates(aRequest(), out).map((c) => c.expertId)).toEqual(['expert-5']);
    const all = CANDIDATES.map((c) => offered(c.expertId, 'declined'));
    expect(nextCandidates(aRequest(), all)).toEqual([]);
  });

  it('none once every place is held', () => {
    const request = aRequest({ places: ['dispatch-a', 'dispatch-b'] });
    expect(nextCandidates(request, [])).toEqual([]);
  });

  it('none before the directory answered', () => {
    const request = aRequest({
      offers: { offersAtOnce: 2, respondWithinDays: 3, message: '', candidates: undefined },
    });
    expect(nextCandidates(request, [])).toEqual([]);
    expect(nextCandidates(aRequest({ offers: undefined }), [])).toEqual([]);
  });

  it.each([
    'draft',
    'submitted',
    'changes-requested',
    'staffed',
    'in-progress',
    'completed',
    'declined',
    'merged',
    'cancelled',
  ] as const)('none while the request is %s', (status) => {
    expect(nextCandidates(aRequest({ status }), [])).toEqual([]);
  });
});

describe('surplusOffers', () => {
  const dispatches = [
    aDispatch({ id: 'd-1', expertId: 'expert-1', status: 'accepted' }),
    aDispatch({ id: 'd-2', expertId: 'expert-2', status: 'confirmed' }),
    aDispatch({ id: 'd-3', expertId: 'expert-3', status: 'invited' }),
    aDispatch({ id: 'd-4', expertId: 'expert-4', status: 'declined' }),
    aDispatch({ id: 'd-5', expertId: 'expert-5', status: 'invited' }),
  ];

  it('every place held: the offers still out', () => {
    const full = aRequest({ places: ['d-1', 'd-2'] });
    expect(surplusOffers(full, dispatches).map((d) => d.id)).toEqual(['d-3', 'd-5']);
  });

  it('a place open: none', () => {
    expect(surplusOffers(aRequest({ places: ['d-1'] }), dispatches)).toEqual([]);
  });
});

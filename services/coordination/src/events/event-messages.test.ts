// Every coordination subject's mapper against the contract: events made the way the use cases make
// them, wrapped by coordinationEnvelopes, decoded with the subject's own message, field by field.
import { fromBinary, toBinary } from '@bufbuild/protobuf';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import { COORDINATION_EVENTS, COORDINATION_SUBJECTS } from '@expertnet/proto/events';
import {
  DispatchStatus,
  SupportMode,
  SupportRequestStatus,
} from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { describe, expect, it } from 'vitest';
import {
  dispatchEvent,
  requestEvent,
  staffingEvent,
  type CoordinationEvent,
  type Dispatch,
  type SupportRequest,
} from '../domain/index.ts';
import { COORDINATION_EVENT_MESSAGES } from './event-messages.ts';
import { coordinationEnvelopes } from './envelopes.ts';
import { aDispatch, anActor, aRequest, LATER, NOW, someDetails } from '../../test/fixtures.ts';

const envelopesOf = coordinationEnvelopes(() => 'event-1');
const actor = anActor({ subject: 'po-1', orgCode: 'BTC', roles: ['programme-office'] });

/** What must stay in the service: contact details, the report's text, feedback, free text. */
const SECRET = 'PRIVATE';

const request: SupportRequest = aRequest({
  details: someDetails({
    description: `${SECRET} description`,
    address: `${SECRET} address`,
    localPlan: `${SECRET} plan`,
    scope: `${SECRET} scope`,
    deliverables: [`${SECRET} deliverable`],
    attachments: [{ title: `${SECRET} attachment`, url: 'https://files.example.vn/PRIVATE.pdf' }],
    contact: {
      fullName: `${SECRET} Trần Thị Lan`,
      email: 'PRIVATE.lan@snv.example.vn',
      phone: '+84 PRIVATE',
    },
  }),
  outcomeSummary: `${SECRET} outcome`,
  version: 7,
});

const dispatch: Dispatch = aDispatch({
  message: `${SECRET} offer message`,
  report: {
    summary: `${SECRET} report summary`,
    hours: 62.5,
    deliverables: [`${SECRET} report deliverable`],
  },
  rating: { rating: 4, feedback: `${SECRET} feedback` },
});

const DUE = new Date('2026-03-04T10:00:00Z');
const COMPLETED = new Date('2026-04-20T03:00:00Z');

/** One event of every subject the service publishes, as the use cases make them. */
const EVENTS: Readonly<Record<CoordinationEvent['type'], CoordinationEvent>> = {
  [COORDINATION_SUBJECTS.requestSubmitted]: requestEvent(COORDINATION_SUBJECTS.requestSubmitted, {
    ...request,
    status: 'submitted',
  }),
  [COORDINATION_SUBJECTS.requestAccepted]: requestEvent(
    COORDINATION_SUBJECTS.requestAccepted,
    request,
  ),
  [COORDINATION_SUBJECTS.requestDeclined]: requestEvent(COORDINATION_SUBJECTS.requestDeclined, {
    ...request,
    status: 'declined',
    statusReason: 'Ngoài phạm vi',
  }),
  [COORDINATION_SUBJECTS.requestChangesRequested]: requestEvent(
    COORDINATION_SUBJECTS.requestChangesRequested,
    { ...request, status: 'changes-requested', statusReason: 'Thiếu kế hoạch' },
  ),
  [COORDINATION_SUBJECTS.requestMerged]: requestEvent(COORDINATION_SUBJECTS.requestMerged, {
    ...request,
    status: 'merged',
    statusReason: 'Trùng',
    mergedIntoRequestId: 'request-2',
  }),
  [COORDINATION_SUBJECTS.requestStaffed]: staffingEvent(
    COORDINATION_SUBJECTS.requestStaffed,
    { ...request, status: 'staffed' },
    ['expert-1'],
  ),
  [COORDINATION_SUBJECTS.requestCompleted]: staffingEvent(
    COORDINATION_SUBJECTS.requestCompleted,
    { ...request, status: 'completed', completedAt: COMPLETED },
    ['expert-1', 'expert-2'],
  ),
  [COORDINATION_SUBJECTS.requestCancelled]: {
    type: COORDINATION_SUBJECTS.requestCancelled,
    orgCode: 'P79-SNV',
    payload: {
      request: { ...request, status: 'cancelled', statusReason: 'Không còn cần' },
      previousStatus: 'matching',
    },
  },
  [COORDINATION_SUBJECTS.requestEscalated]: {
    type: COORDINATION_SUBJECTS.requestEscalated,
    orgCode: 'P79-SNV',
    payload: { request, level: 'first-offer', dueAt: DUE },
  },
  [COORDINATION_SUBJECTS.dispatchInvited]: dispatchEvent(
    COORDINATION_SUBJECTS.dispatchInvited,
    dispatch,
    'invited',
  ),
  [COORDINATION_SUBJECTS.dispatchAccepted]: dispatchEvent(
    COORDINATION_SUBJECTS.dispatchAccepted,
    { ...dispatch, status: 'accepted' },
    'invited',
  ),
  [COORDINATION_SUBJECTS.dispatchDeclined]: dispatchEvent(
    COORDINATION_SUBJECTS.dispatchDeclined,
    { ...dispatch, status: 'declined', reason: 'Bận' },
    'invited',
  ),
  [COORDINATION_SUBJECTS.dispatchWithdrawn]: dispatchEvent(
    COORDINATION_SUBJECTS.dispatchWithdrawn,
    { ...dispatch, status: 'withdrawn', reason: 'Đã đủ người' },
    'accepted',
  ),
  [COORDINATION_SUBJECTS.releaseDecided]: dispatchEvent(
    COORDINATION_SUBJECTS.releaseDecided,
    { ...dispatch, status: 'confirmed', reason: '' },
    'accepted',
  ),
  [COORDINATION_SUBJECTS.engagementChanged]: dispatchEvent(
    COORDINATION_SUBJECTS.engagementChanged,
    { ...dispatch, status: 'completed' },
    'reported',
  ),
};

/** Encodes the subject's event and decodes the envelope's data with the subject's message. */
function decoded<S extends CoordinationEvent['type']>(
  subject: S,
  event: CoordinationEvent = EVENTS[subject],
) {
  const [envelope] = envelopesOf([event], actor, LATER);
  if (envelope === undefined) throw new Error('no envelope');
  const schema: (typeof COORDINATION_EVENTS)[S] = COORDINATION_EVENTS[subject];
  return {
    envelope,
    message: fromBinary<(typeof COORDINATION_EVENTS)[S]>(schema, envelope.data),
  };
}

/** The SupportRequestFacts every request event carries. */
const FACTS = {
  supportRequestId: 'request-1',
  number: 'YC-2026-0042',
  requestingOrganisation: { code: 'P79-SNV' },
  title: 'Chuyển đổi số hồ sơ đất đai',
  sectorCode: 'digital-government',
  skillCodes: ['data-engineering', 'gis'],
  mode: SupportMode.ON_SITE,
  province: { code: 'P79' },
  startDate: '2026-04-06',
  endDate: '2026-04-17',
  expertsNeeded: 2,
  version: 7,
};

/** The DispatchFacts every offer and engagement event carries. */
const DISPATCH_FACTS = {
  dispatchId: 'dispatch-1',
  expertId: 'expert-1',
  expertName: 'Nguyễn Văn An',
  request: {
    supportRequestId: 'request-1',
    number: 'YC-2026-0042',
    requestingOrganisation: { code: 'P79-SNV' },
    title: 'Chuyển đổi số hồ sơ đất đai',
    mode: SupportMode.ON_SITE,
    province: { code: 'P79' },
    startDate: '2026-04-06',
    endDate: '2026-04-17',
  },
};

describe('coordination event messages', () => {
  it('a case for every subject the service publishes (every subject but the request’s rating)', () => {
    const published = Object.values(COORDINATION_SUBJECTS)
      .filter((subject) => subject !== COORDINATION_SUBJECTS.requestRated)
      .sort();
    expect(Object.keys(EVENTS).sort()).toEqual(published);
    expect(Object.keys(COORDINATION_EVENT_MESSAGES).sort()).toEqual(published);
  });

  it.each(Object.values(EVENTS))(
    '$type: the envelope names subject, message, source, organisation and actor',
    (event) => {
      const { envelope } = decoded(event.type, event);
      expect(envelope).toMatchObject({
        id: 'event-1',
        subject: event.type,
        type: COORDINATION_EVENTS[event.type].typeName,
        source: 'coordination',
        orgCode: 'P79-SNV',
        actor: { subject: 'po-1', orgCode: 'BTC', roles: ['programme-office'], service: '' },
      });
      expect(envelope.time && timestampDate(envelope.time)).toEqual(LATER);
    },
  );

  it.each(Object.values(EVENTS))(
    '$type: contact details, report text, feedback and free text never travel',
    (event) => {
      const { envelope } = decoded(event.type, event);
      const bytes = new TextDecoder().decode(toBinary(EventEnvelopeSchema, envelope));
      expect(bytes).not.toContain(SECRET);
      expect(bytes).not.toContain('Trần Thị Lan');
      expect(bytes).not.toContain('+84');
    },
  );

  it.each([
    COORDINATION_SUBJECTS.requestSubmitted,
    COORDINATION_SUBJECTS.requestAccepted,
    COORDINATION_SUBJECTS.requestStaffed,
  ] as const)('%s: the request’s facts', (subject) => {
    expect(decoded(subject).message.request).toMatchObject(FACTS);
  });

  it('the facts follow the request: mode, skills, places needed', () => {
    const remote = requestEvent(COORDINATION_SUBJECTS.requestAccepted, {
      ...request,
      details: { ...request.details, mode: 'remote', skills: [], expertsNeeded: 1 },
    });
    expect(decoded(COORDINATION_SUBJECTS.requestAccepted, remote).message.request).toMatchObject({
      mode: SupportMode.REMOTE,
      skillCodes: [],
      expertsNeeded: 1,
    });
  });

  it('declined: facts and reason', () => {
    expect(decoded(COORDINATION_SUBJECTS.requestDeclined).message).toMatchObject({
      request: FACTS,
      reason: 'Ngoài phạm vi',
    });
  });

  it('changes requested: facts and reason', () => {
    expect(decoded(COORDINATION_SUBJECTS.requestChangesRequested).message).toMatchObject({
      request: FACTS,
      reason: 'Thiếu kế hoạch',
    });
  });

  it('merged: facts, the request merged into, reason', () => {
    expect(decoded(COORDINATION_SUBJECTS.requestMerged).message).toMatchObject({
      request: FACTS,
      mergedIntoRequestId: 'request-2',
      reason: 'Trùng',
    });
  });

  it('staffed and completed name the engaged experts', () => {
    expect(decoded(COORDINATION_SUBJECTS.requestStaffed).message.expertIds).toEqual(['expert-1']);
    expect(decoded(COORDINATION_SUBJECTS.requestCompleted).message.expertIds).toEqual([
      'expert-1',
      'expert-2',
    ]);
  });

  it('completed: facts and when', () => {
    const { message } = decoded(COORDINATION_SUBJECTS.requestCompleted);
    expect(message.request).toMatchObject(FACTS);
    expect(message.completedAt && timestampDate(message.completedAt)).toEqual(COMPLETED);
  });

  it('cancelled: facts, the status it had, reason', () => {
    expect(decoded(COORDINATION_SUBJECTS.requestCancelled).message).toMatchObject({
      request: FACTS,
      previousStatus: SupportRequestStatus.MATCHING,
      reason: 'Không còn cần',
    });
  });

  it.each([
    ['first-offer', 'first_offer'],
    ['triage', 'triage'],
  ] as const)('escalated (%s): facts, level "%s", due date', (level, name) => {
    const event: CoordinationEvent = {
      type: COORDINATION_SUBJECTS.requestEscalated,
      orgCode: 'P79-SNV',
      payload: { request, level, dueAt: DUE },
    };
    const { message } = decoded(COORDINATION_SUBJECTS.requestEscalated, event);
    expect(message).toMatchObject({ request: FACTS, level: name });
    expect(message.dueAt && timestampDate(message.dueAt)).toEqual(DUE);
  });

  it('invited: the offer’s facts and its answer time', () => {
    const { message } = decoded(COORDINATION_SUBJECTS.dispatchInvited);
    expect(message.dispatch).toMatchObject(DISPATCH_FACTS);
    expect(message.respondBy && timestampDate(message.respondBy)).toEqual(dispatch.respondBy);
    expect(dispatch.respondBy.getTime()).toBeGreaterThan(NOW.getTime());
  });

  it('accepted: the offer’s facts', () => {
    expect(decoded(COORDINATION_SUBJECTS.dispatchAccepted).message).toMatchObject({
      dispatch: DISPATCH_FACTS,
    });
  });

  it('declined: not expired, with the reason', () => {
    expect(decoded(COORDINATION_SUBJECTS.dispatchDeclined).message).toMatchObject({
      dispatch: DISPATCH_FACTS,
      expired: false,
      reason: 'Bận',
    });
  });

  it('declined by expiry: expired', () => {
    const expired = dispatchEvent(
      COORDINATION_SUBJECTS.dispatchDeclined,
      { ...dispatch, status: 'expired', reason: '' },
      'invited',
    );
    expect(decoded(COORDINATION_SUBJECTS.dispatchDeclined, expired).message).toMatchObject({
      expired: true,
      reason: '',
    });
  });

  it('withdrawn: the status it had and the reason', () => {
    expect(decoded(COORDINATION_SUBJECTS.dispatchWithdrawn).message).toMatchObject({
      dispatch: DISPATCH_FACTS,
      previousStatus: DispatchStatus.ACCEPTED,
      reason: 'Đã đủ người',
    });
  });

  it('release decided: released, and the expert’s organisation', () => {
    expect(decoded(COORDINATION_SUBJECTS.releaseDecided).message).toMatchObject({
      dispatch: DISPATCH_FACTS,
      released: true,
      reason: '',
      expertOrganisation: { code: 'P01-SKHCN' },
    });
  });

  it('release refused: not released, with the reason', () => {
    const refused = dispatchEvent(
      COORDINATION_SUBJECTS.releaseDecided,
      { ...dispatch, status: 'release-refused', reason: 'Mùa quyết toán' },
      'accepted',
    );
    expect(decoded(COORDINATION_SUBJECTS.releaseDecided, refused).message).toMatchObject({
      released: false,
      reason: 'Mùa quyết toán',
      expertOrganisation: { code: 'P01-SKHCN' },
    });
  });

  it('engagement changed (completed): status, hours and rating as figures, no reason', () => {
    expect(decoded(COORDINATION_SUBJECTS.engagementChanged).message).toMatchObject({
      dispatch: DISPATCH_FACTS,
      status: DispatchStatus.COMPLETED,
      hours: 62.5,
      rating: 4,
      reason: '',
    });
  });

  it('engagement changed (cancelled): the reason travels', () => {
    const cancelled = dispatchEvent(
      COORDINATION_SUBJECTS.engagementChanged,
      {
        ...dispatch,
        status: 'cancelled',
        report: undefined,
        rating: undefined,
        reason: 'Dời lịch',
      },
      'confirmed',
    );
    expect(decoded(COORDINATION_SUBJECTS.engagementChanged, cancelled).message).toMatchObject({
      status: DispatchStatus.CANCELLED,
      hours: 0,
      rating: 0,
      reason: 'Dời lịch',
    });
  });

  it('engagement changed (in progress): a reason on the record is not sent', () => {
    const started = dispatchEvent(
      COORDINATION_SUBJECTS.engagementChanged,
      { ...dispatch, status: 'in-progress', report: undefined, rating: undefined, reason: 'old' },
      'confirmed',
    );
    expect(decoded(COORDINATION_SUBJECTS.engagementChanged, started).message).toMatchObject({
      status: DispatchStatus.IN_PROGRESS,
      reason: '',
    });
  });
});

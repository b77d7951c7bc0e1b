import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import {
  DispatchSchema,
  DispatchStatus,
  Priority,
  SupportMode,
  SupportRequestDetailsSchema,
  SupportRequestSchema,
  SupportRequestStatus,
  Urgency,
} from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import { SkillLevel } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import { describe, expect, it } from 'vitest';
import { aDispatch, aRequest, caught, LATER, NOW, someDetails } from '../../../test/fixtures.ts';
import { detailsMessage, dispatchMessage, requestMessage } from './answers.ts';
import { detailsOf } from './requests.ts';

/** What a test changes in the contract's details. */
interface DetailsOverrides {
  readonly mode?: SupportMode;
  readonly urgency?: Urgency;
  readonly province?: { readonly code: string };
  readonly skills?: { code: string; minLevel?: SkillLevel; verifiedOnly?: boolean }[];
}

const detailsWith = (overrides: DetailsOverrides) =>
  create(SupportRequestDetailsSchema, { ...detailsMessage(someDetails()), ...overrides });

describe('detailsOf', () => {
  it('the contract’s details as the domain’s, field by field', () => {
    expect(detailsOf(create(SupportRequestDetailsSchema, detailsMessage(someDetails())))).toEqual(
      someDetails(),
    );
  });

  it('reads each enum and reference from the message', () => {
    const details = detailsOf(
      detailsWith({
        mode: SupportMode.HYBRID,
        urgency: Urgency.CRITICAL,
        province: { code: 'P48' },
        skills: [{ code: 'gis', minLevel: SkillLevel.EXPERT, verifiedOnly: true }],
      }),
    );
    expect(details).toMatchObject({
      mode: 'hybrid',
      urgency: 'critical',
      provinceCode: 'P48',
      skills: [{ code: 'gis', minLevel: 'expert', verifiedOnly: true }],
    });
  });

  it('no details: refused on details', () => {
    const error = caught(() => detailsOf(undefined));
    expect(error).toMatchObject({ kind: 'invalid-argument', code: 'INVALID_ARGUMENT' });
    expect(error.violations.map((violation) => violation.field)).toEqual(['details']);
  });

  it('an UNSPECIFIED mode is refused on details.mode', () => {
    const error = caught(() => detailsOf(detailsWith({ mode: SupportMode.UNSPECIFIED })));
    expect(error).toMatchObject({ kind: 'invalid-argument', code: 'INVALID_ARGUMENT' });
    expect(error.violations.map((violation) => violation.field)).toEqual(['details.mode']);
  });

  it('a mode the contract does not define is refused on details.mode', () => {
    const error = caught(() => detailsOf(detailsWith({ mode: 99 as SupportMode })));
    expect(error.violations.map((violation) => violation.field)).toEqual(['details.mode']);
  });

  it('no urgency: normal', () => {
    expect(detailsOf(detailsWith({ urgency: Urgency.UNSPECIFIED })).urgency).toBe('normal');
  });

  it('an undefined urgency is refused on details.urgency', () => {
    const error = caught(() => detailsOf(detailsWith({ urgency: 42 as Urgency })));
    expect(error.violations.map((violation) => violation.field)).toEqual(['details.urgency']);
  });

  it('a skill without a minimum level: any level; a wrong level is refused on its own index', () => {
    const details = detailsOf(
      detailsWith({
        skills: [
          { code: 'gis', minLevel: SkillLevel.UNSPECIFIED, verifiedOnly: false },
          { code: 'ai', minLevel: SkillLevel.BASIC, verifiedOnly: false },
        ],
      }),
    );
    expect(details.skills).toEqual([
      { code: 'gis', minLevel: undefined, verifiedOnly: false },
      { code: 'ai', minLevel: 'basic', verifiedOnly: false },
    ]);
    const error = caught(() =>
      detailsOf(
        detailsWith({
          skills: [
            { code: 'gis', minLevel: SkillLevel.BASIC },
            { code: 'ai', minLevel: 17 as SkillLevel },
          ],
        }),
      ),
    );
    expect(error.violations.map((violation) => violation.field)).toEqual([
      'details.skills[1].min_level',
    ]);
  });

  it('no province or contact: empty strings', () => {
    const details = detailsOf(create(SupportRequestDetailsSchema, { mode: SupportMode.REMOTE }));
    expect(details).toMatchObject({
      mode: 'remote',
      provinceCode: '',
      contact: { fullName: '', email: '', phone: '' },
      urgency: 'normal',
      skills: [],
    });
  });
});

describe('requestMessage', () => {
  const escalatedAt = new Date('2026-03-07T01:00:00Z');
  const request = aRequest({
    status: 'staffed',
    priority: 'high',
    statusReason: 'Đủ người',
    mergedIntoRequestId: '',
    outcomeSummary: 'Đang làm',
    staffedAt: LATER,
    serviceLevel: {
      triageDueAt: NOW,
      firstOfferDueAt: LATER,
      triagedAt: NOW,
      firstOfferAt: LATER,
      escalations: [{ level: 'first-offer', dueAt: LATER, escalatedAt }],
    },
    matchingDegraded: true,
  });

  it('round trip of the main fields through the wire', () => {
    const message = fromBinary(
      SupportRequestSchema,
      toBinary(SupportRequestSchema, requestMessage(request, [aDispatch()])),
    );
    expect(message).toMatchObject({
      id: 'request-1',
      number: 'YC-2026-0042',
      requestingOrganisation: { code: 'P79-SNV' },
      status: SupportRequestStatus.STAFFED,
      priority: Priority.HIGH,
      statusReason: 'Đủ người',
      outcomeSummary: 'Đang làm',
      createdBy: 'coord-79',
      version: 4,
      offersAtOnce: 2,
      matchingDegraded: true,
      mergedIntoRequestId: '',
    });
    expect(message.dispatches.map((dispatch) => dispatch.id)).toEqual(['dispatch-1']);
    expect(message.createdAt && timestampDate(message.createdAt)).toEqual(NOW);
    expect(message.submittedAt && timestampDate(message.submittedAt)).toEqual(NOW);
    expect(message.staffedAt && timestampDate(message.staffedAt)).toEqual(LATER);
    expect(message.completedAt).toBeUndefined();
    const levels = message.serviceLevel;
    expect(levels?.triageDueAt && timestampDate(levels.triageDueAt)).toEqual(NOW);
    expect(levels?.firstOfferDueAt && timestampDate(levels.firstOfferDueAt)).toEqual(LATER);
    expect(levels?.firstOfferAt && timestampDate(levels.firstOfferAt)).toEqual(LATER);
    expect(levels?.escalations).toHaveLength(1);
    expect(levels?.escalations[0]?.level).toBe('first_offer');
    const escalation = levels?.escalations[0];
    expect(escalation?.escalatedAt && timestampDate(escalation.escalatedAt)).toEqual(escalatedAt);
    expect(detailsOf(message.details)).toEqual(request.details);
  });

  it('the details come back as they went: every mode, urgency and level', () => {
    for (const mode of ['on-site', 'remote', 'hybrid'] as const) {
      for (const urgency of ['low', 'normal', 'high', 'critical'] as const) {
        const details = someDetails({
          mode,
          urgency,
          skills: [
            { code: 'a', minLevel: 'basic', verifiedOnly: false },
            { code: 'b', minLevel: 'intermediate', verifiedOnly: true },
            { code: 'c', minLevel: 'expert', verifiedOnly: false },
            { code: 'd', minLevel: undefined, verifiedOnly: true },
          ],
        });
        const message = fromBinary(
          SupportRequestSchema,
          toBinary(SupportRequestSchema, requestMessage(aRequest({ details }))),
        );
        expect(detailsOf(message.details)).toEqual(details);
      }
    }
  });

  it('a request not yet offered: no offers at once, no service-level dates', () => {
    const message = requestMessage(
      aRequest({ status: 'draft', offers: undefined, submittedAt: undefined }),
    );
    expect(message.offersAtOnce).toBe(0);
    expect(message.submittedAt).toBeUndefined();
    expect(message.serviceLevel?.triageDueAt).toBeUndefined();
    expect(message.dispatches).toEqual([]);
    expect(message.status).toBe(SupportRequestStatus.DRAFT);
  });
});

describe('dispatchMessage', () => {
  it('round trip of the main fields through the wire', () => {
    const dispatch = aDispatch({
      status: 'completed',
      respondedAt: NOW,
      releaseDecidedAt: LATER,
      releaseDecidedBy: 'coord-01',
      reason: 'ok',
      report: { summary: 'Xong', hours: 40, deliverables: ['Báo cáo'] },
      rating: { rating: 5, feedback: 'Tốt' },
      cancelledBy: '',
      version: 6,
    });
    const message = fromBinary(DispatchSchema, toBinary(DispatchSchema, dispatchMessage(dispatch)));
    expect(message).toMatchObject({
      id: 'dispatch-1',
      requestId: 'request-1',
      requestNumber: 'YC-2026-0042',
      requestTitle: 'Chuyển đổi số hồ sơ đất đai',
      requestingOrganisation: { code: 'P79-SNV' },
      mode: SupportMode.ON_SITE,
      province: { code: 'P79' },
      startDate: '2026-04-06',
      endDate: '2026-04-17',
      expertId: 'expert-1',
      expertName: 'Nguyễn Văn An',
      expertOrganisation: { code: 'P01-SKHCN' },
      status: DispatchStatus.COMPLETED,
      message: 'Mời anh/chị',
      reason: 'ok',
      releaseDecidedBy: 'coord-01',
      report: { summary: 'Xong', hours: 40, deliverables: ['Báo cáo'] },
      rating: { rating: 5, feedback: 'Tốt' },
      cancelledBy: '',
      version: 6,
    });
    expect(message.invitedAt && timestampDate(message.invitedAt)).toEqual(NOW);
    expect(message.respondBy && timestampDate(message.respondBy)).toEqual(dispatch.respondBy);
    expect(message.respondedAt && timestampDate(message.respondedAt)).toEqual(NOW);
    expect(message.releaseDecidedAt && timestampDate(message.releaseDecidedAt)).toEqual(LATER);
  });

  it('an open offer: no answer, release, report or rating', () => {
    const message = dispatchMessage(aDispatch());
    expect(message.status).toBe(DispatchStatus.INVITED);
    expect(message.respondedAt).toBeUndefined();
    expect(message.releaseDecidedAt).toBeUndefined();
    expect(message.report).toBeUndefined();
    expect(message.rating).toBeUndefined();
  });

  it.each([
    ['invited', DispatchStatus.INVITED],
    ['accepted', DispatchStatus.ACCEPTED],
    ['declined', DispatchStatus.DECLINED],
    ['expired', DispatchStatus.EXPIRED],
    ['withdrawn', DispatchStatus.WITHDRAWN],
    ['release-refused', DispatchStatus.RELEASE_REFUSED],
    ['confirmed', DispatchStatus.CONFIRMED],
    ['in-progress', DispatchStatus.IN_PROGRESS],
    ['reported', DispatchStatus.REPORTED],
    ['completed', DispatchStatus.COMPLETED],
    ['cancelled', DispatchStatus.CANCELLED],
  ] as const)('%s is the contract’s %s', (status, value) => {
    expect(dispatchMessage(aDispatch({ status })).status).toBe(value);
  });
});

import { create, type Message } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { ErrorKind } from '@expertnet/platform';
import {
  CoordinationService,
  CreateSupportRequestResponseSchema,
  DecideReleaseResponseSchema,
  DispatchStatus,
  GetProgrammeKpisResponseSchema,
  Kpi,
  ListDispatchesResponseSchema,
  Priority,
  ReportEngagementResponseSchema,
  StartOffersResponseSchema,
  SuggestExpertsResponseSchema,
  SupportMode,
  SupportRequestStatus,
  TriageAction,
  TriageSupportRequestResponseSchema,
  type CreateSupportRequestRequest,
  type DecideReleaseRequest,
  type GetProgrammeKpisRequest,
  type ListDispatchesRequest,
  type ReportEngagementRequest,
  type StartOffersRequest,
  type TriageSupportRequestRequest,
} from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbook } from '../../test/spreadsheets.ts';
import {
  bearer,
  jsonOf,
  NOMINATOR_TOKEN,
  OFFICE_TOKEN,
  rpcError,
  testGateway,
  type FakeHandler,
  type FakeHandlers,
} from '../../test/support.ts';
import { PUBLIC_RPC_ROUTES, RPC_ROUTES } from './api.routes.ts';
import { XLSX_CONTENT_TYPE } from './route-docs.ts';

const REQUEST_ID = '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const SUPPORT_REQUEST_ID = '4a3c2d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';
const OTHER_REQUEST_ID = '5b4d3e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f';
const DISPATCH_ID = '6c5e4f7a-8b9c-4d0e-9f2a-3b4c5d6e7f8a';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function gateway(handlers: FakeHandlers = {}) {
  const built = await testGateway(handlers);
  app = built.app;
  return built;
}

const DETAILS = {
  title: 'Xây dựng kho dữ liệu dùng chung của tỉnh',
  description: 'Tư vấn kiến trúc và lộ trình xây dựng kho dữ liệu dùng chung cho các sở ngành.',
  sectorCode: 'public-administration',
  skills: [{ code: 'data-governance', minLevel: 'SKILL_LEVEL_INTERMEDIATE' }],
  mode: 'SUPPORT_MODE_HYBRID',
  province: { code: 'HNI' },
  address: '12 Lê Lai, Hoàn Kiếm, Hà Nội',
  startDate: '2027-03-01',
  endDate: '2027-03-31',
  expertsNeeded: 2,
  languageCodes: ['en'],
  contact: { fullName: 'Nguyễn Văn Hùng', email: 'hung@hanoi.gov.vn', phone: '0912345678' },
  deliverables: ['Báo cáo hiện trạng', 'Lộ trình triển khai'],
  effortDays: 10,
  urgency: 'URGENCY_HIGH',
  attachments: [{ title: 'Kế hoạch 15/KH-UBND', url: 'https://hanoi.gov.vn/kh-15.pdf' }],
};

describe('coordination routes call the coordination service', () => {
  it('drafts a request: the client-chosen id and details from the body, 201, the token forwarded', async () => {
    const createSupportRequest: FakeHandler = (request: Message) =>
      Promise.resolve(
        create(CreateSupportRequestResponseSchema, {
          supportRequest: {
            id: SUPPORT_REQUEST_ID,
            number: 'YC-2027-0001',
            details: (request as CreateSupportRequestRequest).details,
            status: SupportRequestStatus.DRAFT,
            version: 1,
          },
        }),
      );
    const { app, calls } = await gateway({ createSupportRequest });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/support-requests',
      headers: bearer(NOMINATOR_TOKEN),
      payload: { requestId: REQUEST_ID, requestingOrganisation: { code: 'HNI' }, details: DETAILS },
    });
    expect(response.statusCode).toBe(201);
    expect(calls[0]).toMatchObject({
      service: 'coordination',
      rpc: 'createSupportRequest',
      options: { token: NOMINATOR_TOKEN, deadlineMs: 5_000 },
    });
    const sent = calls[0]?.request as CreateSupportRequestRequest;
    expect(sent.$typeName).toBe('expertnet.coordination.v1.CreateSupportRequestRequest');
    expect(sent.requestId).toBe(REQUEST_ID);
    expect(sent.details?.mode).toBe(SupportMode.HYBRID);
    expect(sent.details?.deliverables).toEqual(['Báo cáo hiện trạng', 'Lộ trình triển khai']);
    expect(sent.details?.attachments[0]?.url).toBe('https://hanoi.gov.vn/kh-15.pdf');
    expect(jsonOf(response)).toMatchObject({
      supportRequest: { id: SUPPORT_REQUEST_ID, status: 'SUPPORT_REQUEST_STATUS_DRAFT' },
    });
  });

  it('triages: the request from the path, the action, priority and merge target from the body', async () => {
    const triageSupportRequest: FakeHandler = () =>
      Promise.resolve(
        create(TriageSupportRequestResponseSchema, {
          supportRequest: {
            id: SUPPORT_REQUEST_ID,
            status: SupportRequestStatus.MATCHING,
            priority: Priority.HIGH,
            serviceLevel: { triagedAt: timestampFromDate(new Date('2027-02-01T03:00:00Z')) },
            version: 3,
          },
        }),
      );
    const { app, calls } = await gateway({ triageSupportRequest });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/support-requests/${SUPPORT_REQUEST_ID}/triage`,
      headers: bearer(OFFICE_TOKEN),
      payload: {
        expectedVersion: 2,
        action: 'TRIAGE_ACTION_MERGE',
        reason: 'Trùng với yêu cầu trước',
        mergeIntoRequestId: OTHER_REQUEST_ID,
      },
    });
    expect(response.statusCode).toBe(200);
    expect(calls[0]?.request as TriageSupportRequestRequest).toMatchObject({
      supportRequestId: SUPPORT_REQUEST_ID,
      expectedVersion: 2,
      action: TriageAction.MERGE,
      mergeIntoRequestId: OTHER_REQUEST_ID,
    });
    expect(jsonOf(response)).toMatchObject({
      supportRequest: {
        status: 'SUPPORT_REQUEST_STATUS_MATCHING',
        priority: 'PRIORITY_HIGH',
        serviceLevel: { triagedAt: '2027-02-01T03:00:00Z' },
      },
    });
  });

  it('suggests experts and says when the directory is down', async () => {
    const suggestExperts: FakeHandler = () =>
      Promise.resolve(
        create(SuggestExpertsResponseSchema, {
          degraded: true,
          degradedReason: { vi: 'Danh bạ chuyên gia không phản hồi', en: 'The directory is down' },
        }),
      );
    const { app, calls } = await gateway({ suggestExperts });
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/support-requests/${SUPPORT_REQUEST_ID}/suggestions?page.pageSize=10`,
      headers: bearer(OFFICE_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(calls[0]?.request).toMatchObject({
      supportRequestId: SUPPORT_REQUEST_ID,
      page: { pageSize: 10 },
    });
    expect(jsonOf(response)).toEqual({
      matches: [],
      degraded: true,
      degradedReason: { vi: 'Danh bạ chuyên gia không phản hồi', en: 'The directory is down' },
    });
  });

  it('starts offers with K and the days to answer', async () => {
    const startOffers: FakeHandler = () =>
      Promise.resolve(
        create(StartOffersResponseSchema, {
          supportRequest: { id: SUPPORT_REQUEST_ID, offersAtOnce: 4, version: 4 },
        }),
      );
    const { app, calls } = await gateway({ startOffers });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/support-requests/${SUPPORT_REQUEST_ID}/offers`,
      headers: bearer(OFFICE_TOKEN),
      payload: { expectedVersion: 3, offersAtOnce: 4, respondWithinDays: 5 },
    });
    expect(response.statusCode).toBe(200);
    expect(calls[0]?.request as StartOffersRequest).toMatchObject({
      supportRequestId: SUPPORT_REQUEST_ID,
      expectedVersion: 3,
      offersAtOnce: 4,
      respondWithinDays: 5,
    });
    expect(jsonOf(response)).toMatchObject({ supportRequest: { offersAtOnce: 4 } });
  });

  it("lists the offers awaiting the caller's release from query parameters", async () => {
    const listDispatches: FakeHandler = () =>
      Promise.resolve(
        create(ListDispatchesResponseSchema, {
          dispatches: [{ id: DISPATCH_ID, status: DispatchStatus.ACCEPTED, version: 2 }],
        }),
      );
    const { app, calls } = await gateway({ listDispatches });
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/dispatches?awaitingMyRelease=true&statuses=DISPATCH_STATUS_ACCEPTED',
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(calls[0]?.request as ListDispatchesRequest).toMatchObject({
      awaitingMyRelease: true,
      onlyMine: false,
      statuses: [DispatchStatus.ACCEPTED],
    });
    expect(jsonOf(response)).toMatchObject({
      dispatches: [{ id: DISPATCH_ID, status: 'DISPATCH_STATUS_ACCEPTED' }],
    });
  });

  it('refuses a release with a reason', async () => {
    const decideRelease: FakeHandler = () =>
      Promise.resolve(
        create(DecideReleaseResponseSchema, {
          dispatch: { id: DISPATCH_ID, status: DispatchStatus.RELEASE_REFUSED, version: 3 },
        }),
      );
    const { app, calls } = await gateway({ decideRelease });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/dispatches/${DISPATCH_ID}/release`,
      headers: bearer(NOMINATOR_TOKEN),
      payload: { expectedVersion: 2, release: false, reason: 'Đang có nhiệm vụ khác' },
    });
    expect(response.statusCode).toBe(200);
    expect(calls[0]?.request as DecideReleaseRequest).toMatchObject({
      dispatchId: DISPATCH_ID,
      release: false,
      reason: 'Đang có nhiệm vụ khác',
    });
  });

  it('reports an engagement with hours and deliverables', async () => {
    const reportEngagement: FakeHandler = (request: Message) =>
      Promise.resolve(
        create(ReportEngagementResponseSchema, {
          dispatch: {
            id: DISPATCH_ID,
            status: DispatchStatus.REPORTED,
            report: (request as ReportEngagementRequest).report,
            version: 5,
          },
        }),
      );
    const { app, calls } = await gateway({ reportEngagement });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/dispatches/${DISPATCH_ID}/report`,
      headers: bearer(NOMINATOR_TOKEN),
      payload: {
        expectedVersion: 4,
        report: {
          summary: 'Đã hoàn thành báo cáo hiện trạng',
          hours: 37.5,
          deliverables: ['Báo cáo hiện trạng'],
        },
      },
    });
    expect(response.statusCode).toBe(200);
    expect((calls[0]?.request as ReportEngagementRequest).report?.hours).toBe(37.5);
    expect(jsonOf(response)).toMatchObject({
      dispatch: { status: 'DISPATCH_STATUS_REPORTED', report: { hours: 37.5 } },
    });
  });

  it('asks for KPIs with organisations and a period from the query', async () => {
    const getProgrammeKpis: FakeHandler = () =>
      Promise.resolve(create(GetProgrammeKpisResponseSchema, { values: [] }));
    const { app, calls } = await gateway({ getProgrammeKpis });
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/kpis?organisations.code=HNI&organisations.code=BTC&breakDownByOrganisation=true&periodFrom=2027-01-01&kpis=KPI_EXPERTS_ENGAGED',
      headers: bearer(OFFICE_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(calls[0]?.request as GetProgrammeKpisRequest).toMatchObject({
      organisations: [{ code: 'HNI' }, { code: 'BTC' }],
      breakDownByOrganisation: true,
      periodFrom: '2027-01-01',
      kpis: [Kpi.EXPERTS_ENGAGED],
    });
  });

  it('refuses a coordination route without a token, before calling the service', async () => {
    const { app, calls } = await gateway();
    const response = await app.inject({ method: 'GET', url: '/api/v1/support-requests' });
    expect(response.statusCode).toBe(401);
    expect(calls).toEqual([]);
  });
});

describe('the KPI export', () => {
  it('writes each KPI and its breakdown under Vietnamese headers', async () => {
    const getProgrammeKpis: FakeHandler = () =>
      Promise.resolve(
        create(GetProgrammeKpisResponseSchema, {
          values: [
            {
              kpi: Kpi.EXPERTS_CERTIFIED,
              label: { vi: 'Chuyên gia được cấp chứng nhận', en: 'Experts certified' },
              value: 412,
              target: 1000,
              unit: { vi: 'người', en: 'people' },
              breakdown: [
                { organisation: { code: 'HNI' }, value: 30 },
                { organisation: { code: 'BTC' }, value: 12 },
              ],
            },
          ],
        }),
      );
    const { app, calls } = await gateway({ getProgrammeKpis });
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/kpis/export.xlsx?breakDownByOrganisation=true',
      headers: bearer(OFFICE_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers['content-disposition']).toContain('programme-kpis.xlsx');
    expect(calls[0]?.request).toMatchObject({ breakDownByOrganisation: true });
    const workbook = await openWorkbook(response.rawPayload);
    const sheet = workbook.worksheets[0];
    const header = sheet?.getRow(1).values as unknown[];
    expect(String(header[1])).toContain('Chỉ số');
    const rows = [2, 3, 4].map((n) => sheet?.getRow(n).values as unknown[]);
    expect(rows[0]).toContain('Chuyên gia được cấp chứng nhận');
    expect(rows[0]).toContain('Toàn mạng lưới');
    expect(rows[0]).toContain(1000);
    expect(rows[1]).toContain('HNI');
    expect(rows[1]).toContain(30);
    expect(rows[2]).toContain('BTC');
  });

  it('answers 501 while the KPIs are not served yet', async () => {
    const getProgrammeKpis: FakeHandler = () =>
      Promise.reject(rpcError('unimplemented', 'UNIMPLEMENTED', 'not yet'));
    const { app } = await gateway({ getProgrammeKpis });
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/kpis/export.xlsx',
      headers: bearer(OFFICE_TOKEN),
    });
    expect(response.statusCode).toBe(501);
  });
});

describe('coordination errors as problems', () => {
  it.each<[ErrorKind, string, number]>([
    ['failed-precondition', 'REQUEST_NOT_SUBMITTED', 422],
    ['permission-denied', 'NOT_YOUR_ORGANISATION', 403],
    ['not-found', 'SUPPORT_REQUEST_NOT_FOUND', 404],
    ['conflict', 'VERSION_CONFLICT', 409],
  ])('%s (%s) becomes %i with the service code', async (kind, code, status) => {
    const triageSupportRequest: FakeHandler = () => Promise.reject(rpcError(kind, code, code));
    const { app } = await gateway({ triageSupportRequest });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/support-requests/${SUPPORT_REQUEST_ID}/triage`,
      headers: { ...bearer(OFFICE_TOKEN), 'accept-language': 'en' },
      payload: { expectedVersion: 1, action: 'TRIAGE_ACTION_ACCEPT' },
    });
    expect(response.statusCode).toBe(status);
    expect(jsonOf(response)).toMatchObject({ status, code });
  });

  it("says the triage's reason rule beside its field, in Vietnamese by default", async () => {
    const triageSupportRequest: FakeHandler = () =>
      Promise.reject(
        rpcError('invalid-argument', 'INVALID_ARGUMENT', 'bad fields', [
          {
            field: '',
            description: 'asking for changes, rejecting or merging needs a reason',
            rule: 'triage.reason',
          },
        ]),
      );
    const { app } = await gateway({ triageSupportRequest });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/support-requests/${SUPPORT_REQUEST_ID}/triage`,
      headers: bearer(OFFICE_TOKEN),
      payload: { expectedVersion: 1, action: 'TRIAGE_ACTION_REJECT' },
    });
    expect(response.statusCode).toBe(400);
    const errors = jsonOf(response).errors as { message: string }[];
    expect(errors[0]?.message).toBe(
      'yêu cầu bổ sung, từ chối hoặc gộp cần có lý do (ít nhất 3 ký tự)',
    );
  });
});

describe('the coordination route table', () => {
  const UNSERVED = [
    'getNetworkOrganisation',
    'listNetworkOrganisations',
    'addFocalPoint',
    'updateFocalPoint',
    'removeFocalPoint',
    'dispatchExperts',
    'rateSupportRequest',
    'createAnnouncement',
    'updateAnnouncement',
    'publishAnnouncement',
    'withdrawAnnouncement',
    'listAnnouncements',
  ];

  it('gives every RPC the service implements a route, once', () => {
    const routes = [...RPC_ROUTES, ...PUBLIC_RPC_ROUTES].filter(
      (route) => route.service === 'coordination',
    );
    const routed = routes.map((route) => route.rpc);
    expect(new Set(routed).size).toBe(routed.length);
    const unrouted = CoordinationService.methods
      .map((method) => method.localName)
      .filter((rpc) => !routed.includes(rpc as (typeof routed)[number]));
    expect(unrouted.sort()).toEqual([...UNSERVED].sort());
  });
});

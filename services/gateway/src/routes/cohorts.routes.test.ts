import { create, type Message } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { ErrorKind } from '@expertnet/platform';
import {
  AttendanceStatus,
  CohortsService,
  DeliveryMode,
  EnrolmentStatus,
  ListEnrolmentsResponseSchema,
  MarkAttendanceResponseSchema,
  ScheduleSessionResponseSchema,
  TransferTraineeResponseSchema,
  type ListEnrolmentsRequest,
  type MarkAttendanceRequest,
  type ScheduleSessionRequest,
  type TransferTraineeRequest,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
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

const COHORT_ID = '5f0c7a3e-2b1d-4c8e-9f6a-0b1c2d3e4f50';
const OTHER_COHORT_ID = '6a1d8b4f-3c2e-4d9f-8a7b-1c2d3e4f5a61';
const SESSION_ID = '9d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';
const ENROLMENT_ID = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const CERTIFICATE_ID = '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a';

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

describe('cohorts routes call the cohorts service', () => {
  it('schedules a session: id from the path, settings from the body, the token forwarded', async () => {
    const scheduleSession: FakeHandler = (request: Message) => {
      const input = request as ScheduleSessionRequest;
      return Promise.resolve(
        create(ScheduleSessionResponseSchema, {
          session: {
            id: SESSION_ID,
            cohortId: input.cohortId,
            settings: input.settings,
            version: 1,
          },
        }),
      );
    };
    const { app, calls } = await gateway({ scheduleSession });
    const settings = {
      moduleCode: 'M1',
      title: 'Quản trị dữ liệu',
      startsAt: '2025-10-06T01:30:00Z',
      endsAt: '2025-10-06T04:30:00Z',
      mode: 'DELIVERY_MODE_ONLINE',
      meetingUrl: 'https://meet.example.vn/cds-m1',
      checkIn: { opensMinutesBefore: 15, lateAfterMinutes: 10, closesMinutesAfter: 60 },
    };
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/cohorts/${COHORT_ID}/sessions`,
      headers: bearer(OFFICE_TOKEN),
      payload: { settings },
    });
    expect(response.statusCode).toBe(201);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      service: 'cohorts',
      rpc: 'scheduleSession',
      options: { token: OFFICE_TOKEN, deadlineMs: 5_000 },
    });
    const sent = calls[0]?.request as ScheduleSessionRequest;
    expect(sent.$typeName).toBe('expertnet.cohorts.v1.ScheduleSessionRequest');
    expect(sent.cohortId).toBe(COHORT_ID);
    expect(sent.settings?.mode).toBe(DeliveryMode.ONLINE);
    expect(sent.settings?.startsAt).toEqual(timestampFromDate(new Date('2025-10-06T01:30:00Z')));
    expect(sent.settings?.checkIn?.closesMinutesAfter).toBe(60);
    expect(jsonOf(response)).toMatchObject({
      session: {
        id: SESSION_ID,
        cohortId: COHORT_ID,
        settings: { ...settings, location: '' },
        cancelled: false,
        version: 1,
      },
    });
  });

  it('lists enrolments from query parameters', async () => {
    const listEnrolments: FakeHandler = () =>
      Promise.resolve(
        create(ListEnrolmentsResponseSchema, {
          enrolments: [{ id: ENROLMENT_ID, status: EnrolmentStatus.WAITLISTED }],
          page: { nextCursor: '' },
        }),
      );
    const { app, calls } = await gateway({ listEnrolments });
    const query = [
      `cohortId=${COHORT_ID}`,
      'organisation.code=BTC',
      'statuses=ENROLMENT_STATUS_ENROLLED',
      'statuses=ENROLMENT_STATUS_WAITLISTED',
      'query=nguyen',
      'page.pageSize=50',
    ].join('&');
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/enrolments?${query}`,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(jsonOf(response)).toMatchObject({
      enrolments: [{ id: ENROLMENT_ID, status: 'ENROLMENT_STATUS_WAITLISTED' }],
    });
    const sent = calls[0]?.request as ListEnrolmentsRequest;
    expect(calls[0]?.options.token).toBe(NOMINATOR_TOKEN);
    expect(sent.cohortId).toBe(COHORT_ID);
    expect(sent.organisation?.code).toBe('BTC');
    expect(sent.statuses).toEqual([EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED]);
    expect(sent.query).toBe('nguyen');
    expect(sent.page?.pageSize).toBe(50);
  });

  it('transfers a trainee: the action in the path, its fields in the body', async () => {
    const transferTrainee: FakeHandler = () =>
      Promise.resolve(create(TransferTraineeResponseSchema, { enrolment: { id: ENROLMENT_ID } }));
    const { app, calls } = await gateway({ transferTrainee });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/enrolments/${ENROLMENT_ID}/transfer`,
      headers: bearer(OFFICE_TOKEN),
      payload: {
        expectedVersion: 3,
        toCohortId: OTHER_COHORT_ID,
        reason: 'Chuyển sang khóa học trực tuyến',
        waitlistIfFull: true,
      },
    });
    expect(response.statusCode).toBe(200);
    expect(calls[0]?.rpc).toBe('transferTrainee');
    expect(calls[0]?.request as TransferTraineeRequest).toMatchObject({
      enrolmentId: ENROLMENT_ID,
      expectedVersion: 3,
      toCohortId: OTHER_COHORT_ID,
      waitlistIfFull: true,
    });
  });

  it('marks attendance for a session', async () => {
    const markAttendance: FakeHandler = () =>
      Promise.resolve(create(MarkAttendanceResponseSchema, {}));
    const { app, calls } = await gateway({ markAttendance });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${SESSION_ID}/attendance`,
      headers: bearer(OFFICE_TOKEN),
      payload: {
        marks: [{ enrolmentId: ENROLMENT_ID, status: 'ATTENDANCE_STATUS_EXCUSED', note: 'Ốm' }],
      },
    });
    expect(response.statusCode).toBe(200);
    const sent = calls[0]?.request as MarkAttendanceRequest;
    expect(sent.sessionId).toBe(SESSION_ID);
    expect(sent.marks[0]?.status).toBe(AttendanceStatus.EXCUSED);
  });

  it('refuses a cohorts route without a token, before calling the service', async () => {
    const { app, calls } = await gateway();
    const response = await app.inject({ method: 'GET', url: `/api/v1/cohorts/${COHORT_ID}` });
    expect(response.statusCode).toBe(401);
    expect(jsonOf(response).code).toBe('TOKEN_MISSING');
    expect(calls).toEqual([]);
  });

  it('refuses an unknown body field of a cohorts request', async () => {
    const { app, calls } = await gateway();
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/cohorts/${COHORT_ID}/graduate`,
      headers: bearer(OFFICE_TOKEN),
      payload: { enrolmentIds: [ENROLMENT_ID], force: true },
    });
    expect(response.statusCode).toBe(400);
    expect(jsonOf(response).errors).toEqual([
      { field: 'force', message: 'không phải trường được hỗ trợ' },
    ]);
    expect(calls).toEqual([]);
  });
});

describe('cohorts errors as problems', () => {
  async function checkInFailingWith(failure: Error, language?: string) {
    const checkIn: FakeHandler = () => Promise.reject(failure);
    const { app } = await gateway({ checkIn });
    return app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${SESSION_ID}/check-in`,
      headers: {
        ...bearer(NOMINATOR_TOKEN),
        ...(language === undefined ? {} : { 'accept-language': language }),
      },
      payload: { code: '123456' },
    });
  }

  it.each<[ErrorKind, string, number]>([
    ['failed-precondition', 'CHECK_IN_CODE_EXPIRED', 422],
    ['failed-precondition', 'CHECK_IN_NOT_OPEN_YET', 422],
    ['permission-denied', 'NOT_A_TRAINEE_OF_COHORT', 403],
    ['not-found', 'SESSION_NOT_FOUND', 404],
    ['conflict', 'VERSION_CONFLICT', 409],
  ])('%s (%s) becomes %i with the service code and message', async (kind, code, status) => {
    const detail = `the cohorts service says ${code}`;
    const response = await checkInFailingWith(rpcError(kind, code, detail), 'en');
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(jsonOf(response)).toMatchObject({
      status,
      code,
      detail,
      type: `https://expertnet.vn/problems/${code.toLowerCase().replaceAll('_', '-')}`,
      instance: `/api/v1/sessions/${SESSION_ID}/check-in`,
    });
  });

  it('names refused fields by their JSON paths in the cohorts request', async () => {
    const scheduleSession: FakeHandler = () =>
      Promise.reject(
        rpcError('invalid-argument', 'INVALID_ARGUMENT', 'bad fields', [
          { field: 'settings.check_in.closes_minutes_after', description: 'value must be >= 1' },
          { field: 'settings.meeting_url', description: 'value must be a valid URI' },
        ]),
      );
    const { app } = await gateway({ scheduleSession });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/cohorts/${COHORT_ID}/sessions`,
      headers: bearer(OFFICE_TOKEN),
      payload: { settings: { title: 'Buổi 1' } },
    });
    expect(response.statusCode).toBe(400);
    expect(jsonOf(response).errors).toEqual([
      { field: 'settings.checkIn.closesMinutesAfter', message: 'value must be >= 1' },
      { field: 'settings.meetingUrl', message: 'value must be a valid URI' },
    ]);
  });

  it('turns UNIMPLEMENTED into 501 with a problem document in either language', async () => {
    // The fake answers every RPC it was not given a handler for as UNIMPLEMENTED, like a
    // service deployed before the RPC was added.
    const { app } = await gateway();
    const vi = await app.inject({
      method: 'GET',
      url: `/api/v1/certificates/${CERTIFICATE_ID}`,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(vi.statusCode).toBe(501);
    expect(vi.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(jsonOf(vi)).toMatchObject({
      status: 501,
      code: 'UNIMPLEMENTED',
      title: 'Chức năng chưa được hỗ trợ',
      instance: `/api/v1/certificates/${CERTIFICATE_ID}`,
      errors: [],
    });
    expect(jsonOf(vi).requestId).toEqual(expect.any(String));
    const en = await app.inject({
      method: 'GET',
      url: `/api/v1/certificates/${CERTIFICATE_ID}`,
      headers: { ...bearer(NOMINATOR_TOKEN), 'accept-language': 'en' },
    });
    expect(jsonOf(en).title).toBe('Not implemented');
  });
});

describe('the route tables', () => {
  it('give every cohorts RPC a route but the attendance import, which has its upload route', () => {
    const routed = new Set<string>(
      [...RPC_ROUTES, ...PUBLIC_RPC_ROUTES]
        .filter((route) => route.service === 'cohorts')
        .map((route) => route.rpc),
    );
    const unrouted = CohortsService.methods
      .map((method) => method.localName)
      .filter((rpc) => !routed.has(rpc));
    expect(unrouted).toEqual(['importAttendance']);
  });

  it('route each RPC once, so operation ids stay unique', () => {
    const rpcs = [...RPC_ROUTES, ...PUBLIC_RPC_ROUTES].map((route) => route.rpc);
    expect(new Set(rpcs).size).toBe(rpcs.length);
  });
});

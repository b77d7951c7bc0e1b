import { create, type Message } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { ErrorKind } from '@expertnet/platform';
import {
  AdjustMatchRunResponseSchema,
  ApplicationStatus,
  AssignmentStatus,
  CreateProgrammeResponseSchema,
  GoalStatus,
  ListApplicationsResponseSchema,
  MatchReasonKind,
  MatchRunStatus,
  MeetingMode,
  MentoringService,
  RespondToAssignmentResponseSchema,
  RunMatchingResponseSchema,
  ScheduleMeetingResponseSchema,
  SetGoalsResponseSchema,
  type AdjustMatchRunRequest,
  type CreateProgrammeRequest,
  type ListApplicationsRequest,
  type RespondToAssignmentRequest,
  type RunMatchingRequest,
  type ScheduleMeetingRequest,
  type SetGoalsRequest,
} from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
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

const PROGRAMME_ID = '7b2c9d4e-1f3a-4b5c-8d6e-9f0a1b2c3d4e';
const RUN_ID = '8c3d0e5f-2a4b-4c6d-9e7f-0a1b2c3d4e5f';
const APPLICATION_ID = '9d4e1f6a-3b5c-4d7e-8f9a-1b2c3d4e5f6a';
const MENTOR_ID = 'a05f2a7b-4c6d-4e8f-9a0b-2c3d4e5f6a7b';
const ASSIGNMENT_ID = 'b16a3b8c-5d7e-4f9a-8b1c-3d4e5f6a7b8c';
const MEETING_ID = 'c27b4c9d-6e8f-4a0b-9c2d-4e5f6a7b8c9d';

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

const SETTINGS = {
  name: { vi: 'Kèm cặp K2 2026', en: 'K2 mentoring 2026' },
  opensOn: '2026-03-01',
  closesOn: '2026-04-30',
  targetPairs: 40,
  durationMonths: 6,
  rules: {
    mentorCohortIds: ['5f0c7a3e-2b1d-4c8e-9f6a-0b1c2d3e4f50'],
    menteeOrganisations: [{ code: 'HNI' }],
    certifiedMentorsOnly: true,
    weights: { skills: 5, topics: 3, language: 1, modality: 2, availability: 1, load: 4 },
    maxDistanceKm: 300,
    respondWithinDays: 5,
  },
};

describe('mentoring routes call the mentoring service', () => {
  it('creates a programme: settings from the body, 201, the token forwarded', async () => {
    const createProgramme: FakeHandler = (request: Message) =>
      Promise.resolve(
        create(CreateProgrammeResponseSchema, {
          programme: {
            id: PROGRAMME_ID,
            settings: (request as CreateProgrammeRequest).settings,
            version: 1,
          },
        }),
      );
    const { app, calls } = await gateway({ createProgramme });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/mentoring/programmes',
      headers: bearer(OFFICE_TOKEN),
      payload: { settings: SETTINGS },
    });
    expect(response.statusCode).toBe(201);
    expect(calls[0]).toMatchObject({
      service: 'mentoring',
      rpc: 'createProgramme',
      options: { token: OFFICE_TOKEN, deadlineMs: 5_000 },
    });
    const sent = calls[0]?.request as CreateProgrammeRequest;
    expect(sent.$typeName).toBe('expertnet.mentoring.v1.CreateProgrammeRequest');
    expect(sent.settings?.rules?.weights?.load).toBe(4);
    expect(sent.settings?.rules?.menteeOrganisations[0]?.code).toBe('HNI');
    expect(jsonOf(response)).toMatchObject({
      programme: { id: PROGRAMME_ID, version: 1, settings: { opensOn: '2026-03-01' } },
    });
  });

  it('runs matching: the programme from the path, the plan with its parts as JSON', async () => {
    const runMatching: FakeHandler = (request: Message) =>
      Promise.resolve(
        create(RunMatchingResponseSchema, {
          run: {
            id: RUN_ID,
            programmeId: (request as RunMatchingRequest).programmeId,
            status: MatchRunStatus.DRAFT,
            pairs: [
              {
                applicationId: APPLICATION_ID,
                mentor: { expertId: MENTOR_ID, fullName: 'Trần Minh Đức' },
                score: 0.82,
                parts: [
                  {
                    kind: MatchReasonKind.SKILLS,
                    value: 1,
                    points: 0.4,
                    codes: ['data-governance'],
                    reason: { vi: 'Cùng kỹ năng', en: 'Shared skills' },
                  },
                ],
              },
            ],
            unmatchedApplicationIds: [],
            optimal: { menteesMatched: 1, totalScore: 0.82, mentorsUsed: 1, maxLoad: 1 },
            greedy: { menteesMatched: 1, totalScore: 0.82, mentorsUsed: 1, maxLoad: 1 },
            version: 1,
          },
        }),
      );
    const { app, calls } = await gateway({ runMatching });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/mentoring/programmes/${PROGRAMME_ID}/match-runs`,
      headers: bearer(OFFICE_TOKEN),
      payload: {},
    });
    expect(response.statusCode).toBe(201);
    expect((calls[0]?.request as RunMatchingRequest).programmeId).toBe(PROGRAMME_ID);
    expect(jsonOf(response)).toMatchObject({
      run: {
        id: RUN_ID,
        status: 'MATCH_RUN_STATUS_DRAFT',
        pairs: [
          {
            score: 0.82,
            parts: [{ kind: 'MATCH_REASON_KIND_SKILLS', points: 0.4, codes: ['data-governance'] }],
          },
        ],
        optimal: { menteesMatched: 1, maxLoad: 1 },
      },
    });
  });

  it('adjusts a run: the run from the path, the pair and the override from the body', async () => {
    const adjustMatchRun: FakeHandler = () =>
      Promise.resolve(create(AdjustMatchRunResponseSchema, { run: { id: RUN_ID, version: 3 } }));
    const { app, calls } = await gateway({ adjustMatchRun });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/mentoring/match-runs/${RUN_ID}/adjustments`,
      headers: bearer(OFFICE_TOKEN),
      payload: {
        expectedVersion: 2,
        applicationId: APPLICATION_ID,
        mentorExpertId: MENTOR_ID,
        repeatOverrideReason: 'Học viên đề nghị tiếp tục với người hướng dẫn cũ',
      },
    });
    expect(response.statusCode).toBe(200);
    expect(calls[0]?.request as AdjustMatchRunRequest).toMatchObject({
      runId: RUN_ID,
      expectedVersion: 2,
      applicationId: APPLICATION_ID,
      mentorExpertId: MENTOR_ID,
    });
  });

  it('lists applications from query parameters', async () => {
    const listApplications: FakeHandler = () =>
      Promise.resolve(
        create(ListApplicationsResponseSchema, {
          applications: [{ id: APPLICATION_ID, status: ApplicationStatus.PROPOSED }],
        }),
      );
    const { app, calls } = await gateway({ listApplications });
    const query = [
      'statuses=APPLICATION_STATUS_OPEN',
      'statuses=APPLICATION_STATUS_PROPOSED',
      'onlyMine=true',
      `programmeId=${PROGRAMME_ID}`,
      'page.pageSize=50',
    ].join('&');
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/mentoring/applications?${query}`,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(jsonOf(response)).toMatchObject({
      applications: [{ id: APPLICATION_ID, status: 'APPLICATION_STATUS_PROPOSED' }],
    });
    const sent = calls[0]?.request as ListApplicationsRequest;
    expect(sent.statuses).toEqual([ApplicationStatus.OPEN, ApplicationStatus.PROPOSED]);
    expect(sent.onlyMine).toBe(true);
    expect(sent.programmeId).toBe(PROGRAMME_ID);
    expect(sent.page?.pageSize).toBe(50);
  });

  it('declines a proposal with a reason', async () => {
    const respondToAssignment: FakeHandler = () =>
      Promise.resolve(
        create(RespondToAssignmentResponseSchema, {
          assignment: { id: ASSIGNMENT_ID, status: AssignmentStatus.DECLINED },
        }),
      );
    const { app, calls } = await gateway({ respondToAssignment });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/mentoring/assignments/${ASSIGNMENT_ID}/response`,
      headers: bearer(OFFICE_TOKEN),
      payload: { expectedVersion: 1, accept: false, reason: 'Đang quá tải' },
    });
    expect(response.statusCode).toBe(200);
    expect(jsonOf(response)).toMatchObject({
      assignment: { status: 'ASSIGNMENT_STATUS_DECLINED' },
    });
    expect(calls[0]?.request as RespondToAssignmentRequest).toMatchObject({
      assignmentId: ASSIGNMENT_ID,
      accept: false,
      reason: 'Đang quá tải',
    });
  });

  it('schedules a meeting of a pair: the pair from the path, the time as a timestamp', async () => {
    const scheduleMeeting: FakeHandler = (request: Message) =>
      Promise.resolve(
        create(ScheduleMeetingResponseSchema, {
          meeting: {
            id: MEETING_ID,
            assignmentId: (request as ScheduleMeetingRequest).assignmentId,
            settings: (request as ScheduleMeetingRequest).settings,
            version: 1,
          },
        }),
      );
    const { app, calls } = await gateway({ scheduleMeeting });
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/mentoring/assignments/${ASSIGNMENT_ID}/meetings`,
      headers: bearer(OFFICE_TOKEN),
      payload: {
        settings: {
          startsAt: '2026-03-10T02:00:00Z',
          durationMinutes: 60,
          mode: 'MEETING_MODE_ONLINE',
          meetingUrl: 'https://meet.example.vn/kem-cap',
        },
      },
    });
    expect(response.statusCode).toBe(201);
    const sent = calls[0]?.request as ScheduleMeetingRequest;
    expect(sent.assignmentId).toBe(ASSIGNMENT_ID);
    expect(sent.settings?.mode).toBe(MeetingMode.ONLINE);
    expect(sent.settings?.startsAt).toEqual(timestampFromDate(new Date('2026-03-10T02:00:00Z')));
    expect(jsonOf(response)).toMatchObject({
      meeting: { id: MEETING_ID, settings: { startsAt: '2026-03-10T02:00:00Z' } },
    });
  });

  it('replaces the goals of a pair', async () => {
    const setGoals: FakeHandler = () =>
      Promise.resolve(create(SetGoalsResponseSchema, { assignment: { id: ASSIGNMENT_ID } }));
    const { app, calls } = await gateway({ setGoals });
    const response = await app.inject({
      method: 'PUT',
      url: `/api/v1/mentoring/assignments/${ASSIGNMENT_ID}/goals`,
      headers: bearer(OFFICE_TOKEN),
      payload: {
        expectedVersion: 4,
        goals: [
          {
            title: 'Lập kế hoạch CĐS của sở',
            status: 'GOAL_STATUS_IN_PROGRESS',
            progressPercent: 30,
            targetDate: '2026-06-30',
          },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    const sent = calls[0]?.request as SetGoalsRequest;
    expect(sent.assignmentId).toBe(ASSIGNMENT_ID);
    expect(sent.goals[0]).toMatchObject({
      status: GoalStatus.IN_PROGRESS,
      progressPercent: 30,
      targetDate: '2026-06-30',
    });
  });

  it('refuses a mentoring route without a token, before calling the service', async () => {
    const { app, calls } = await gateway();
    const response = await app.inject({ method: 'GET', url: '/api/v1/mentoring/programmes' });
    expect(response.statusCode).toBe(401);
    expect(calls).toEqual([]);
  });

  it('refuses an unknown body field of a mentoring request', async () => {
    const { app, calls } = await gateway();
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/mentoring/match-runs/${RUN_ID}/publish`,
      headers: bearer(OFFICE_TOKEN),
      payload: { expectedVersion: 1, force: true },
    });
    expect(response.statusCode).toBe(400);
    expect(jsonOf(response).errors).toEqual([
      { field: 'force', message: 'không phải trường được hỗ trợ' },
    ]);
    expect(calls).toEqual([]);
  });
});

describe('mentoring errors as problems', () => {
  async function applyFailingWith(failure: Error, language?: string) {
    const applyForMentoring: FakeHandler = () => Promise.reject(failure);
    const { app } = await gateway({ applyForMentoring });
    return app.inject({
      method: 'POST',
      url: '/api/v1/mentoring/applications',
      headers: {
        ...bearer(NOMINATOR_TOKEN),
        ...(language === undefined ? {} : { 'accept-language': language }),
      },
      payload: {
        programmeId: PROGRAMME_ID,
        details: {
          topicSkillCodes: ['data-governance'],
          goals: 'Xây dựng kế hoạch chuyển đổi số cho sở',
          preferredMode: 'MEETING_MODE_ANY',
          durationMonths: 6,
        },
      },
    });
  }

  it.each<[ErrorKind, string, number]>([
    ['failed-precondition', 'PROGRAMME_NOT_OPEN', 422],
    ['failed-precondition', 'OVERLAPPING_PROGRAMME', 422],
    ['permission-denied', 'NOT_A_MENTEE', 403],
    ['not-found', 'PROGRAMME_NOT_FOUND', 404],
    ['conflict', 'VERSION_CONFLICT', 409],
  ])('%s (%s) becomes %i with the service code and message', async (kind, code, status) => {
    const detail = `the mentoring service says ${code}`;
    const response = await applyFailingWith(rpcError(kind, code, detail), 'en');
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(jsonOf(response)).toMatchObject({
      status,
      code,
      detail,
      instance: '/api/v1/mentoring/applications',
    });
  });

  it("says the programme's window rule beside its field, in Vietnamese by default", async () => {
    const createProgramme: FakeHandler = () =>
      Promise.reject(
        rpcError('invalid-argument', 'INVALID_ARGUMENT', 'bad fields', [
          {
            field: 'settings',
            description: 'the window must end on or after its first day',
            rule: 'programme.window',
          },
          {
            field: 'settings.rules.weights.skills',
            description: 'value must be greater than or equal to 0 and less than or equal to 10',
            rule: 'int32.gte_lte',
          },
        ]),
      );
    const { app } = await gateway({ createProgramme });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/mentoring/programmes',
      headers: bearer(OFFICE_TOKEN),
      payload: { settings: { ...SETTINGS, opensOn: '2026-05-01' } },
    });
    expect(response.statusCode).toBe(400);
    const errors = jsonOf(response).errors as { field: string; message: string }[];
    expect(errors.map((error) => error.field)).toEqual([
      'settings',
      'settings.rules.weights.skills',
    ]);
    expect(errors[0]?.message).toBe('ngày đóng của chương trình không được trước ngày mở');
    expect(errors[1]?.message).toMatch(/10/);
  });
});

describe('the mentoring route table', () => {
  it('gives every mentoring RPC a route, once', () => {
    const routes = [...RPC_ROUTES, ...PUBLIC_RPC_ROUTES].filter(
      (route) => route.service === 'mentoring',
    );
    const routed = routes.map((route) => route.rpc);
    expect(new Set(routed).size).toBe(routed.length);
    const unrouted = MentoringService.methods
      .map((method) => method.localName)
      .filter((rpc) => !routed.includes(rpc as (typeof routed)[number]));
    expect(unrouted).toEqual([]);
    expect(routes.every((route) => route.url.startsWith('/mentoring/'))).toBe(true);
  });
});

// Programme KPIs in process: the coordination app on the stack's real MongoDB-wire server, fed
// real event envelopes of the nominations, cohorts, directory and mentoring services through the
// consumers' handlers (some of them twice, some out of order), with one support request walked
// from submission to a released expert; GetProgrammeKpis answered by the gRPC handler.
import { randomUUID } from 'node:crypto';
import { create, toBinary, type DescMessage, type MessageInitShape } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  DomainError,
  resolveOrganisation,
  type CallContext,
  type Principal,
} from '@expertnet/platform';
import { inProcessServers, type InProcessServers } from '@expertnet/platform/testing/in-process.ts';
import {
  COHORTS_EVENTS,
  COHORTS_SUBJECTS,
  DIRECTORY_EVENTS,
  DIRECTORY_SUBJECTS,
  MENTORING_EVENTS,
  MENTORING_SUBJECTS,
  NOMINATIONS_EVENTS,
  NOMINATIONS_SUBJECTS,
} from '@expertnet/proto/events';
import {
  GetProgrammeKpisRequestSchema,
  Kpi,
} from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import {
  EventEnvelopeSchema,
  type EventEnvelope,
} from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoordinationApp, type CoordinationApp } from '../../src/app.ts';
import type { SupportRequestDetails } from '../../src/domain/index.ts';
import { directoryEventHandler } from '../../src/events/directory-events.ts';
import {
  cohortsEventHandler,
  mentoringEventHandler,
  nominationsEventHandler,
} from '../../src/events/programme-events.ts';
import { coordinationHandlers } from '../../src/grpc/handlers.ts';
import type { Caller } from '../../src/usecases/shared/dependencies.ts';

const hanoi = (local: string) => new Date(`${local}+07:00`);
let clock = hanoi('2026-02-02T09:00:00');

const principal = (subject: string, org: string, roles: readonly string[]): Principal => ({
  subject,
  org,
  roles: new Set(roles),
  service: undefined,
});
const OFFICE = principal('office-1', 'BKHCN', ['programme-office']);
const P79_COORDINATOR = principal('coord-79', 'P79', ['province-coordinator']);
const BKHCN_NOMINATOR = principal('nominator-bkhcn', 'BKHCN', ['nominator']);
const EXPERT_A = principal('subject-a', 'BKHCN', ['expert']);

const callerOf = (who: Principal): Caller => ({
  principal: who,
  context: {
    actor: { subject: who.subject, orgCode: who.org, roles: [...who.roles] },
    now: clock,
    resolve: resolveOrganisation,
  },
});
const callOf = (who: Principal): CallContext => ({
  principal: who,
  token: '',
  deadline: undefined,
  // The KPI handler reads only the principal.
  metadata: undefined as unknown as CallContext['metadata'],
  signal: new AbortController().signal,
});

function envelope<S extends DescMessage>(
  subject: string,
  schema: S,
  init: MessageInitShape<S>,
  at: Date,
  orgCode = '',
): EventEnvelope {
  return create(EventEnvelopeSchema, {
    id: randomUUID(),
    type: schema.typeName,
    subject,
    source: subject.split('.')[0] ?? '',
    time: timestampFromDate(at),
    orgCode,
    data: toBinary(schema, create(schema, init)),
  });
}

const S = NOMINATIONS_SUBJECTS;
const nominationFacts = (id: string, organisation: string, version: number) => ({
  nominationId: id,
  roundId: 'round-2026',
  organisation: { code: organisation },
  effectiveOrganisation: { code: organisation },
  nominee: { fullName: `Người được cử ${id}` },
  version,
});
const submitted = (id: string, organisation: string, at: Date) =>
  envelope(
    S.nominationSubmitted,
    NOMINATIONS_EVENTS[S.nominationSubmitted],
    { nomination: nominationFacts(id, organisation, 2), submittedAt: timestampFromDate(at) },
    at,
    organisation,
  );
const accepted = (id: string, organisation: string, at: Date) =>
  envelope(
    S.nominationAccepted,
    NOMINATIONS_EVENTS[S.nominationAccepted],
    { nomination: nominationFacts(id, organisation, 3), decidedAt: timestampFromDate(at) },
    at,
    organisation,
  );
const withdrawn = (id: string, organisation: string, at: Date) =>
  envelope(
    S.nominationWithdrawn,
    NOMINATIONS_EVENTS[S.nominationWithdrawn],
    { nomination: nominationFacts(id, organisation, 4), reason: 'chuyển công tác' },
    at,
    organisation,
  );

const trainee = (organisation: string) => ({
  fullName: 'Học viên',
  organisation: { code: organisation },
  effectiveOrganisation: { code: organisation },
});
const cohort = { cohortId: 'cohort-1', code: 'K1', startDate: '2026-03-02', endDate: '2026-06-30' };

const profile = (expertId: string, subject: string, organisation: string, certified: boolean) =>
  envelope(
    DIRECTORY_SUBJECTS.profileCreated,
    DIRECTORY_EVENTS[DIRECTORY_SUBJECTS.profileCreated],
    {
      expert: {
        expertId,
        userSubject: subject,
        fullName: `Chuyên gia ${expertId}`,
        organisation: { code: organisation },
        province: { code: 'P01' },
        certified,
        version: 1,
      },
    },
    clock,
    organisation,
  );

const assignment = (id: string, menteeOrganisation: string) => ({
  assignmentId: id,
  mentorExpertId: 'expert-b',
  mentee: { expertId: `mentee-${id}`, organisation: { code: menteeOrganisation } },
});

const details: SupportRequestDetails = {
  title: 'Chuyển đổi số hồ sơ đất đai',
  description: 'Số hoá hồ sơ địa chính của thành phố',
  sectorCode: 'digital-government',
  skills: [{ code: 'gis', minLevel: undefined, verifiedOnly: false }],
  mode: 'on-site',
  provinceCode: 'P79',
  address: '86 Lê Thánh Tôn, Quận 1',
  startDate: '2026-03-16',
  endDate: '2026-03-27',
  expertsNeeded: 1,
  languageCodes: ['vi'],
  contact: { fullName: 'Trần Thị Lan', email: 'lan@snv.example.vn', phone: '+84 28 3829 0000' },
  localPlan: 'Kế hoạch 123/KH-UBND',
  scope: 'Hai tuần tại Sở',
  deliverables: ['Báo cáo hiện trạng'],
  effortDays: 10,
  urgency: 'normal',
  attachments: [],
};

describe('programme KPIs from the projected events and the service’s own requests', () => {
  let servers: InProcessServers;
  let app: CoordinationApp;
  let kpis: (
    who: Principal,
    request: MessageInitShape<typeof GetProgrammeKpisRequestSchema>,
  ) => Promise<Map<Kpi, { value: number; target: number; breakdown: Map<string, number> }>>;

  beforeAll(async () => {
    servers = await inProcessServers({
      service: 'coordination',
      streams: [],
      outboxCollections: [],
    });
    app = await createCoordinationApp({
      db: servers.db,
      now: () => clock,
      newId: randomUUID,
      eventsWritten: () => undefined,
      logger: servers.logger,
      findCandidates: () =>
        Promise.resolve([
          {
            expertId: 'expert-a',
            fullName: 'Chuyên gia A',
            organisationCode: 'BKHCN',
            score: 1,
            reasons: [],
            missingSkillCodes: [],
          },
        ]),
    });
    const handlers = coordinationHandlers({ app, now: () => clock });
    kpis = async (who, request) => {
      const answer = await handlers.getProgrammeKpis(
        create(GetProgrammeKpisRequestSchema, request),
        callOf(who),
      );
      expect(answer.computedAt).toBeDefined();
      return new Map(
        (answer.values ?? []).map((value) => [
          value.kpi ?? Kpi.UNSPECIFIED,
          {
            value: value.value ?? 0,
            target: value.target ?? 0,
            breakdown: new Map(
              (value.breakdown ?? []).map((entry) => [
                entry.organisation?.code ?? '',
                entry.value ?? 0,
              ]),
            ),
          },
        ]),
      );
    };

    const nominations = nominationsEventHandler(app);
    const cohorts = cohortsEventHandler(app);
    const directory = directoryEventHandler(app);
    const mentoring = mentoringEventHandler(app);
    const twice = async (handle: (event: EventEnvelope) => Promise<void>, event: EventEnvelope) => {
      await handle(event);
      await handle(event);
    };

    await twice(
      nominations,
      envelope(
        S.roundOpened,
        NOMINATIONS_EVENTS[S.roundOpened],
        {
          roundId: 'round-2026',
          opensAt: timestampFromDate(hanoi('2026-01-05T08:00:00')),
          quotas: [
            { organisation: { code: 'P01' }, floor: 30, ceiling: 40 },
            { organisation: { code: 'P79' }, floor: 20, ceiling: 30 },
          ],
        },
        hanoi('2026-01-05T08:00:00'),
      ),
    );
    const day = (n: number) => hanoi(`2026-01-${String(n).padStart(2, '0')}T10:00:00`);
    // n1: submitted, accepted, the acceptance redelivered.
    await nominations(submitted('n1', 'P01', day(6)));
    await twice(nominations, accepted('n1', 'P01', day(10)));
    // n2: accepted, then withdrawn; the acceptance delivered again after the withdrawal.
    await nominations(submitted('n2', 'P01', day(6)));
    const n2Accepted = accepted('n2', 'P01', day(10));
    await nominations(n2Accepted);
    await nominations(withdrawn('n2', 'P01', day(12)));
    await nominations(n2Accepted);
    // n3: submitted only; n4: its acceptance before its submission (out of order).
    await twice(nominations, submitted('n3', 'P79', day(7)));
    await nominations(accepted('n4', 'P79', day(11)));
    await nominations(submitted('n4', 'P79', day(8)));

    const C = COHORTS_SUBJECTS;
    await twice(
      cohorts,
      envelope(
        C.traineeEnrolled,
        COHORTS_EVENTS[C.traineeEnrolled],
        { enrolmentId: 't1', nominationId: 'n1', trainee: trainee('P01'), cohort },
        day(20),
      ),
    );
    await twice(
      cohorts,
      envelope(
        C.traineeGraduated,
        COHORTS_EVENTS[C.traineeGraduated],
        {
          enrolmentId: 't1',
          nominationId: 'n1',
          trainee: trainee('P01'),
          cohort,
          graduatedOn: '2026-01-30',
        },
        day(30),
      ),
    );
    await cohorts(
      envelope(
        C.traineeEnrolled,
        COHORTS_EVENTS[C.traineeEnrolled],
        { enrolmentId: 't2', nominationId: 'n4', trainee: trainee('P79'), cohort },
        day(20),
      ),
    );
    await cohorts(
      envelope(
        C.traineeDropped,
        COHORTS_EVENTS[C.traineeDropped],
        { enrolmentId: 't2', nominationId: 'n4', trainee: trainee('P79'), cohort },
        day(25),
      ),
    );

    await twice(directory, profile('expert-a', EXPERT_A.subject, 'BKHCN', true));
    await directory(profile('expert-b', 'subject-b', 'P01', true));
    await directory(profile('expert-c', 'subject-c', 'P01', false));

    const M = MENTORING_SUBJECTS;
    await twice(
      mentoring,
      envelope(
        M.assignmentAccepted,
        MENTORING_EVENTS[M.assignmentAccepted],
        { assignment: assignment('a1', 'P79') },
        day(21),
      ),
    );
    await mentoring(
      envelope(
        M.assignmentAccepted,
        MENTORING_EVENTS[M.assignmentAccepted],
        { assignment: assignment('a2', 'P79') },
        day(21),
      ),
    );
    await mentoring(
      envelope(
        M.assignmentEnded,
        MENTORING_EVENTS[M.assignmentEnded],
        { assignment: assignment('a2', 'P79') },
        day(28),
      ),
    );

    // A request of P79, triaged on Friday 13/02/2026 before Tết; expert A (BKHCN) released on
    // Wednesday 25/02, after it: three working days.
    clock = hanoi('2026-02-11T09:00:00');
    const draft = await app.createSupportRequest(callerOf(P79_COORDINATOR), {
      requestId: randomUUID(),
      organisationCode: 'P79',
      details,
    });
    const sent = await app.submitSupportRequest(callerOf(P79_COORDINATOR), {
      id: draft.id,
      expectedVersion: draft.version,
    });
    clock = hanoi('2026-02-13T16:00:00');
    const triaged = await app.triageSupportRequest(callerOf(OFFICE), {
      id: sent.id,
      expectedVersion: sent.version,
      action: 'accept',
      reason: '',
      priority: 'normal',
      mergeIntoRequestId: '',
    });
    const offering = await app.startOffers(callerOf(OFFICE), {
      id: triaged.id,
      expectedVersion: triaged.version,
      offersAtOnce: 1,
      respondWithinDays: 10,
      message: 'Mời anh/chị hỗ trợ',
    });
    const [offer] = (
      await app.listDispatches(callerOf(OFFICE), {
        onlyMine: false,
        awaitingMyRelease: false,
        expertId: '',
        requestId: offering.id,
        statuses: [],
        page: { pageSize: 10, cursor: '' },
      })
    ).items;
    if (offer === undefined) throw new Error('no offer was made');
    clock = hanoi('2026-02-19T09:00:00');
    const answered = await app.respondToDispatch(callerOf(EXPERT_A), {
      id: offer.id,
      expectedVersion: offer.version,
      accept: true,
      reason: '',
    });
    clock = hanoi('2026-02-25T11:00:00');
    await app.decideRelease(callerOf(BKHCN_NOMINATOR), {
      id: answered.id,
      expectedVersion: answered.version,
      release: true,
      reason: '',
    });
  });

  afterAll(async () => {
    await servers.close();
  });

  it('counts the funnel once per entity, in its latest status, however often events came', async () => {
    const found = await kpis(OFFICE, { breakDownByOrganisation: true });
    expect(found.get(Kpi.NOMINEES_PLANNED)?.value).toBe(50);
    // Every KPI broken down over the same organisations (BKHCN has experts, no quota).
    expect(found.get(Kpi.NOMINEES_PLANNED)?.breakdown).toEqual(
      new Map([
        ['BKHCN', 0],
        ['P01', 30],
        ['P79', 20],
      ]),
    );
    // n1, n3, n4; n2 was withdrawn.
    expect(found.get(Kpi.NOMINATIONS_SUBMITTED)?.value).toBe(3);
    expect(found.get(Kpi.NOMINATIONS_SUBMITTED)?.target).toBe(50);
    // n1 (delivered twice) and n4 (its late submission did not undo the acceptance).
    expect(found.get(Kpi.NOMINATIONS_ACCEPTED)?.value).toBe(2);
    expect(found.get(Kpi.NOMINATIONS_ACCEPTED)?.breakdown).toEqual(
      new Map([
        ['BKHCN', 0],
        ['P01', 1],
        ['P79', 1],
      ]),
    );
    expect(found.get(Kpi.TRAINEES_ENROLLED)?.value).toBe(1);
    expect(found.get(Kpi.TRAINEES_GRADUATED)?.value).toBe(1);
    expect(found.get(Kpi.MENTORSHIPS_ACTIVE)?.value).toBe(1);
    expect(found.get(Kpi.EXPERTS_CERTIFIED)).toMatchObject({ value: 2, target: 1000 });
  });

  it('counts the request, the engagement and the working days to match across Tết', async () => {
    const found = await kpis(OFFICE, {
      kpis: [
        Kpi.SUPPORT_REQUESTS_RECEIVED,
        Kpi.SUPPORT_REQUESTS_OPEN,
        Kpi.EXPERTS_ENGAGED,
        Kpi.MEDIAN_DAYS_TO_MATCH,
        Kpi.MEDIAN_DAYS_TO_STAFF,
        Kpi.EXPERT_UTILISATION,
      ],
      breakDownByOrganisation: true,
    });
    expect([...found.keys()]).toHaveLength(6);
    expect(found.get(Kpi.SUPPORT_REQUESTS_RECEIVED)?.breakdown).toEqual(
      new Map([
        ['BKHCN', 0],
        ['P01', 0],
        ['P79', 1],
      ]),
    );
    // A median only where there are values.
    expect(found.get(Kpi.MEDIAN_DAYS_TO_MATCH)?.breakdown).toEqual(new Map([['P79', 3]]));
    expect(found.get(Kpi.SUPPORT_REQUESTS_OPEN)?.value).toBe(1);
    expect(found.get(Kpi.EXPERTS_ENGAGED)?.breakdown.get('BKHCN')).toBe(1);
    expect(found.get(Kpi.EXPERTS_ENGAGED)?.value).toBe(1);
    expect(found.get(Kpi.MEDIAN_DAYS_TO_MATCH)?.value).toBe(3);
    expect(found.get(Kpi.MEDIAN_DAYS_TO_STAFF)?.value).toBe(3);
    // One of two certified experts engaged; BKHCN's one of one.
    expect(found.get(Kpi.EXPERT_UTILISATION)?.value).toBe(50);
    expect(found.get(Kpi.EXPERT_UTILISATION)?.breakdown.get('BKHCN')).toBe(100);
  });

  it('counts what happened in the period only', async () => {
    const found = await kpis(OFFICE, {
      kpis: [Kpi.NOMINATIONS_ACCEPTED, Kpi.MEDIAN_DAYS_TO_MATCH, Kpi.MENTORSHIPS_ACTIVE],
      periodFrom: '2026-02-01',
      periodTo: '2026-02-28',
    });
    expect(found.get(Kpi.NOMINATIONS_ACCEPTED)?.value).toBe(0);
    expect(found.get(Kpi.MEDIAN_DAYS_TO_MATCH)?.value).toBe(3);
    expect(found.get(Kpi.MENTORSHIPS_ACTIVE)?.value).toBe(1);
  });

  it('gives an organisation its own figures, and refuses another’s or a person without one', async () => {
    const own = await kpis(P79_COORDINATOR, { kpis: [Kpi.NOMINATIONS_SUBMITTED] });
    expect(own.get(Kpi.NOMINATIONS_SUBMITTED)).toMatchObject({ value: 2, target: 20 });
    const error = await kpis(P79_COORDINATOR, { organisations: [{ code: 'P01' }] }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('permission-denied');
    const person = await kpis(EXPERT_A, {}).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect((person as DomainError).kind).toBe('permission-denied');
  });
});

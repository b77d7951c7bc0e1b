import { randomBytes, randomUUID } from 'node:crypto';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import {
  AttendanceSource,
  AttendanceStatus,
  CohortStatus,
  DeliveryMode,
  EnrolmentStatus,
  type Cohort,
  type CohortSettings,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { accessTokens } from '@expertnet/tests/support/keycloak.ts';
import { waitUntil } from '@expertnet/tests/support/processes.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COHORT_CANCELLED_REASON, enrolmentIdFor } from '../../src/domain/index.ts';
import {
  caughtUp,
  failure,
  publishAccepted,
  startCohorts,
  stopCohorts,
  subjectOf,
  vietnamDate,
  type Nominee,
} from '../support.ts';

const FAILED_PRECONDITION = 9;
const ABORTED = 10;
const MINUTE = 60_000;

type Service = Awaited<ReturnType<typeof startCohorts>>;
type Users = 'office' | 'hanoi' | 'linh';

/** The RPCs around the main path: tracks, transfers, sheets, corrections, cancellation. */
describe('cohorts: running a programme, against the real servers', () => {
  const run = randomUUID().slice(0, 6).toUpperCase();
  const roundId = randomUUID();
  const now = Date.now();
  let service: Service;
  let nc: NatsConnection;
  let mongo: MongoClient;
  let tokens: Record<Users, string>;
  let trackId = '';
  let trackVersion = 0;
  const cohorts: Record<'a' | 'b' | 'c', Cohort | undefined> = {
    a: undefined,
    b: undefined,
    c: undefined,
  };
  let sessionId = '';
  const as = (user: Users) => ({ token: tokens[user] });
  const idOf = (key: 'a' | 'b' | 'c') => cohorts[key]?.id ?? '';

  const nominee = (name: string, organisationCode: string, round = roundId): Nominee => ({
    nominationId: randomUUID(),
    roundId: round,
    fullName: name,
    email: `${randomUUID().slice(0, 8)}@cds.gov.vn`,
    organisationCode,
  });
  const hoa = nominee('Đỗ Thị Hoa', 'P01');
  const khanh = nominee('Vũ Quốc Khánh', 'P79');
  const long = nominee('Bùi Văn Long', 'P01', randomUUID());
  const mai = nominee('Ngô Thanh Mai', 'P01', randomUUID());
  const enrolmentOf = (who: Nominee) => enrolmentIdFor(who.nominationId);
  const enrolment = async (who: Nominee) =>
    (await service.client.getEnrolment({ enrolmentId: enrolmentOf(who) }, as('office'))).enrolment;
  const cohort = async (key: 'a' | 'b' | 'c') =>
    (await service.client.getCohort({ cohortId: idOf(key) }, as('office'))).cohort;

  async function waitForStatus(who: Nominee, status: EnrolmentStatus) {
    await waitUntil(async () => {
      const found = await enrolment(who).catch(() => undefined);
      return found?.status === status;
    }, 60_000);
  }

  beforeAll(async () => {
    service = await startCohorts();
    tokens = await accessTokens<Users>({
      office: 'office.mai',
      hanoi: 'nominator.hanoi',
      linh: 'expert.linh',
    });
    nc = await connect({ servers: stackEnv('NATS_URL') });
    mongo = await MongoClient.connect(stackEnv('MONGO_URL'));
    await caughtUp(nc, service.env.COHORTS_NOMINATIONS_DURABLE);
  }, 180_000);

  afterAll(async () => {
    await stopCohorts(service, nc, mongo);
    await mongo.close();
    await nc.close();
  });

  it('updates a track at the version read, and lists tracks page by page', async () => {
    const settings = {
      code: `CDS-${run}`,
      name: { vi: 'Chuyên gia chuyển đổi số', en: 'Digital transformation expert' },
      modules: [
        {
          code: 'M1',
          title: { vi: 'Quản trị dữ liệu', en: 'Data governance' },
          hours: 16,
          passScore: 50,
          required: true,
        },
      ],
      completion: { minAttendancePercent: 0, minModulesPassed: 1 },
    };
    const { track } = await service.client.createTrack({ settings }, as('office'));
    await service.client.createTrack(
      { settings: { ...settings, code: `CDT-${run}` } },
      as('office'),
    );
    trackId = track?.id ?? '';
    const withM2 = {
      ...settings,
      modules: [
        ...settings.modules,
        {
          code: 'M2',
          title: { vi: 'Chính phủ số', en: 'Digital government' },
          hours: 8,
          passScore: 60,
          required: false,
        },
      ],
    };
    const updated = await service.client.updateTrack(
      { trackId, expectedVersion: 1, settings: withM2 },
      as('office'),
    );
    trackVersion = updated.track?.version ?? 0;
    expect(trackVersion).toBe(2);
    const stale = await failure(
      service.client.updateTrack({ trackId, expectedVersion: 1, settings }, as('office')),
    );
    expect(stale).toMatchObject({ code: ABORTED, reason: 'VERSION_CONFLICT' });

    const first = await service.client.listTracks({ page: { pageSize: 1 } }, as('hanoi'));
    const second = await service.client.listTracks(
      { page: { pageSize: 1, cursor: first.page?.nextCursor ?? '' } },
      as('hanoi'),
    );
    expect([...first.tracks, ...second.tracks].map((t) => t.settings?.code)).toEqual([
      `CDS-${run}`,
      `CDT-${run}`,
    ]);
    expect(second.page?.nextCursor).toBe('');
  });

  it('sets up cohorts and places trainees from nominations and from the pool', async () => {
    const settings = (code: string, capacity: number, intakeRoundId = '') => ({
      trackId,
      intakeRoundId,
      code: `${code}${run}`,
      name: { vi: `Lớp ${code} chuyển đổi số`, en: `Cohort ${code}` },
      startDate: vietnamDate(now - 86_400_000),
      endDate: vietnamDate(now + 60 * 86_400_000),
      capacity,
      deliveryMode: DeliveryMode.BLENDED,
      venueProvince: { code: 'P01' },
      venue: 'Học viện Chính trị quốc gia',
      facilitators: [
        { subject: subjectOf(tokens.linh), fullName: 'Hoàng Khánh Linh', email: 'l@cds.gov.vn' },
      ],
    });
    for (const [key, code, capacity, round] of [
      ['a', 'A', 2, roundId],
      ['b', 'B', 1, ''],
      ['c', 'C', 5, ''],
    ] as const) {
      const created = await service.client.createCohort(
        { settings: settings(code, capacity, round) },
        as('office'),
      );
      cohorts[key] = created.cohort;
    }
    for (const key of ['a', 'b'] as const) {
      const current = cohorts[key];
      cohorts[key] = (
        await service.client.updateCohort(
          {
            cohortId: current?.id ?? '',
            expectedVersion: current?.version ?? 0,
            settings: current?.settings,
            status: CohortStatus.RUNNING,
          },
          as('office'),
        )
      ).cohort;
    }
    expect(cohorts.a?.settings?.venueProvince?.code).toBe('P01');

    for (const [who, status] of [
      [hoa, EnrolmentStatus.ENROLLED],
      [khanh, EnrolmentStatus.ENROLLED],
      [long, EnrolmentStatus.POOLED],
      [mai, EnrolmentStatus.POOLED],
    ] as const) {
      await publishAccepted(nc, who);
      await waitForStatus(who, status);
    }
    for (const [who, key] of [
      [long, 'b'],
      [mai, 'c'],
    ] as const) {
      const placed = await service.client.assignToCohort(
        {
          enrolmentId: enrolmentOf(who),
          expectedVersion: (await enrolment(who))?.version ?? 0,
          cohortId: idOf(key),
        },
        as('office'),
      );
      expect(placed.enrolment?.status).toBe(EnrolmentStatus.ENROLLED);
    }
  });

  it('transfers a trainee: refused into a full cohort, or waiting there until a seat frees', async () => {
    const request = async (waitlistIfFull: boolean) => ({
      enrolmentId: enrolmentOf(khanh),
      expectedVersion: (await enrolment(khanh))?.version ?? 0,
      toCohortId: idOf('b'),
      reason: 'Gần nơi công tác hơn',
      waitlistIfFull,
    });
    const full = await failure(service.client.transferTrainee(await request(false), as('office')));
    expect(full).toMatchObject({ code: FAILED_PRECONDITION, reason: 'COHORT_FULL' });
    const waiting = await service.client.transferTrainee(await request(true), as('office'));
    // The seat in A is kept until one frees in B.
    expect(waiting.enrolment).toMatchObject({
      status: EnrolmentStatus.ENROLLED,
      cohortId: idOf('a'),
    });
    expect(await cohort('b')).toMatchObject({ enrolledCount: 1, waitlistedCount: 1 });

    await service.client.dropTrainee(
      {
        enrolmentId: enrolmentOf(long),
        expectedVersion: (await enrolment(long))?.version ?? 0,
        reason: 'Nghỉ việc',
      },
      as('office'),
    );
    expect(await enrolment(khanh)).toMatchObject({
      status: EnrolmentStatus.ENROLLED,
      cohortId: idOf('b'),
      reason: 'Gần nơi công tác hơn',
    });
    expect(await cohort('a')).toMatchObject({ enrolledCount: 1, waitlistedCount: 0 });
    expect(await cohort('b')).toMatchObject({ enrolledCount: 1, waitlistedCount: 0 });
  });

  it('imports an attendance sheet with a report per row, once per file', async () => {
    const scheduled = await service.client.scheduleSession(
      {
        cohortId: idOf('a'),
        settings: {
          moduleCode: 'M1',
          title: 'Khai giảng',
          startsAt: timestampFromMs(now - 10 * MINUTE),
          endsAt: timestampFromMs(now + 110 * MINUTE),
          mode: DeliveryMode.IN_PERSON,
          location: 'Hội trường A',
          checkIn: { opensMinutesBefore: 15, lateAfterMinutes: 10, closesMinutesAfter: 60 },
        },
      },
      as('office'),
    );
    sessionId = scheduled.session?.id ?? '';
    const sheet = {
      sessionId,
      fileSha256: randomBytes(32).toString('hex'),
      rows: [
        { rowNumber: 2, traineeEmail: hoa.email.toUpperCase(), status: AttendanceStatus.LATE },
        { rowNumber: 3, traineeEmail: 'ai.do@cds.gov.vn', status: AttendanceStatus.PRESENT },
        { rowNumber: 4, traineeEmail: khanh.email, status: AttendanceStatus.PRESENT },
        { rowNumber: 5, traineeEmail: hoa.email, status: AttendanceStatus.PRESENT },
      ],
    };
    const dryRun = await service.client.importAttendance(
      { ...sheet, fileSha256: randomBytes(32).toString('hex'), dryRun: true },
      as('linh'),
    );
    expect(dryRun.written).toBe(0);
    const report = await service.client.importAttendance(sheet, as('linh'));
    expect(report).toMatchObject({ written: 1, invalid: 3 });
    expect(report.rows.map((row) => [row.rowNumber, row.written, row.problems[0]?.code])).toEqual([
      [2, true, undefined],
      [3, false, 'UNKNOWN_TRAINEE'],
      [4, false, 'NOT_IN_COHORT'],
      [5, false, 'DUPLICATE_ROW'],
    ]);
    const again = await service.client.importAttendance(
      { ...sheet, rows: [sheet.rows[1] ?? { rowNumber: 1 }] },
      as('linh'),
    );
    expect(again).toEqual(report);
    const { records } = await service.client.listAttendance({ sessionId }, as('office'));
    expect(records.map((record) => [record.enrolmentId, record.status, record.source])).toEqual([
      [enrolmentOf(hoa), AttendanceStatus.LATE, AttendanceSource.IMPORT],
    ]);
    expect((await enrolment(hoa))?.progress).toMatchObject({
      sessionsHeld: 1,
      sessionsAttended: 1,
    });
  });

  it('recomputes progress when a session is cancelled', async () => {
    const { sessions } = await service.client.listSessions({ cohortId: idOf('a') }, as('linh'));
    const session = sessions[0];
    await service.client.updateSession(
      {
        sessionId,
        expectedVersion: session?.version ?? 0,
        settings: session?.settings,
        cancelled: true,
      },
      as('office'),
    );
    expect((await enrolment(hoa))?.progress).toMatchObject({
      sessionsHeld: 0,
      sessionsAttended: 0,
    });
    const closed = await failure(
      service.client.markAttendance(
        { sessionId, marks: [{ enrolmentId: enrolmentOf(hoa), status: AttendanceStatus.PRESENT }] },
        as('linh'),
      ),
    );
    expect(closed).toMatchObject({ code: FAILED_PRECONDITION, reason: 'SESSION_CANCELLED' });
  });

  it('counts attempts per module and shows a nominating organisation only its candidates', async () => {
    for (const score of [40, 75]) {
      await service.client.recordAssessments(
        {
          cohortId: idOf('a'),
          moduleCode: 'M2',
          scores: [{ enrolmentId: enrolmentOf(hoa), score }],
        },
        as('linh'),
      );
    }
    await service.client.recordAssessments(
      {
        cohortId: idOf('b'),
        moduleCode: 'M2',
        scores: [{ enrolmentId: enrolmentOf(khanh), score: 90 }],
      },
      as('linh'),
    );
    const listed = await service.client.listAssessments(
      { cohortId: idOf('a'), moduleCode: 'M2' },
      as('hanoi'),
    );
    expect(listed.results.map((result) => [result.attempt, result.score, result.passed])).toEqual([
      [1, 40, false],
      [2, 75, true],
    ]);
    const elsewhere = await service.client.listAssessments({ cohortId: idOf('b') }, as('hanoi'));
    expect(elsewhere.results).toEqual([]);
    expect((await enrolment(hoa))?.progress?.modulesPassed).toEqual(['M2']);
  });

  it('sends the trainees of a cancelled cohort back to the pool', async () => {
    const planned = await cohort('c');
    const base: CohortSettings | undefined = planned?.settings;
    if (base === undefined) throw new Error('the cohort came back without settings');
    const cancelled = await service.client.updateCohort(
      {
        cohortId: idOf('c'),
        expectedVersion: planned?.version ?? 0,
        settings: base,
        status: CohortStatus.CANCELLED,
      },
      as('office'),
    );
    expect(cancelled.cohort).toMatchObject({
      status: CohortStatus.CANCELLED,
      enrolledCount: 0,
      waitlistedCount: 0,
    });
    expect(await enrolment(mai)).toMatchObject({
      status: EnrolmentStatus.POOLED,
      cohortId: '',
      reason: COHORT_CANCELLED_REASON,
    });
    const reopened = await failure(
      service.client.updateCohort(
        {
          cohortId: idOf('c'),
          expectedVersion: cancelled.cohort?.version ?? 0,
          settings: base,
          status: CohortStatus.PLANNED,
        },
        as('office'),
      ),
    );
    expect(reopened).toMatchObject({ code: FAILED_PRECONDITION, reason: 'COHORT_CANCELLED' });
  });
});

import { randomUUID } from 'node:crypto';
import { fromBinary, type DescMessage } from '@bufbuild/protobuf';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { decodeEnvelope } from '@expertnet/platform';
import {
  AttendanceSource,
  AttendanceStatus,
  CertificateStatus,
  CohortStatus,
  DeliveryMode,
  EnrolmentStatus,
  VerificationResult,
  type Cohort,
  type Session,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import {
  CertificateRevokedSchema,
  ModulePassedSchema,
  SessionAttendedSchema,
  TraineeDroppedSchema,
  TraineeEnrolledSchema,
  TraineeGraduatedSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/events_pb.ts';
import { accessTokens } from '@expertnet/tests/support/keycloak.ts';
import { waitUntil } from '@expertnet/tests/support/processes.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolmentIdFor } from '../../src/domain/index.ts';
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

const PERMISSION_DENIED = 7;
const FAILED_PRECONDITION = 9;
const INVALID_ARGUMENT = 3;
const ABORTED = 10;
const MINUTE = 60_000;

/** Cohorts events carry the enrolment id as their first field, by this schema per subject. */
const EVENT_SCHEMAS: Record<string, DescMessage> = {
  'cohorts.trainee.enrolled': TraineeEnrolledSchema,
  'cohorts.trainee.dropped': TraineeDroppedSchema,
  'cohorts.session.attended': SessionAttendedSchema,
  'cohorts.module.passed': ModulePassedSchema,
  'cohorts.trainee.graduated': TraineeGraduatedSchema,
  'cohorts.certificate.revoked': CertificateRevokedSchema,
};

type Service = Awaited<ReturnType<typeof startCohorts>>;
type Users = 'office' | 'hanoi' | 'an' | 'linh' | 'duc';

describe('cohorts: from an accepted nomination to a certificate, against the real servers', () => {
  const run = randomUUID().slice(0, 6).toUpperCase();
  const roundId = randomUUID();
  const now = Date.now();
  let service: Service;
  let nc: NatsConnection;
  let mongo: MongoClient;
  let tokens: Record<Users, string>;
  let cohortA: Cohort;
  let cohortB: Cohort;
  let trackId: string;
  const sessions: Record<'current' | 'early' | 'late' | 'other', Session | undefined> = {
    current: undefined,
    early: undefined,
    late: undefined,
    other: undefined,
  };
  const events: { subject: string; id: string; enrolmentId: string }[] = [];
  const as = (user: Users) => ({ token: tokens[user] });

  const nominee = (name: string, email: string, organisationCode: string): Nominee => ({
    nominationId: randomUUID(),
    roundId,
    fullName: name,
    email,
    organisationCode,
  });
  // expert.an signs in with this address: the enrolment links to that account at check-in.
  const an = nominee('Nguyễn Văn An', 'expert.an@demo.expertnet.vn', 'P01');
  const binh = nominee('Trần Thị Bình', `binh.${run}@hanoi.gov.vn`, 'P01');
  const chi = nominee('Lê Minh Chi', `chi.${run}@hcm.gov.vn`, 'P79');
  const enrolmentOf = (who: Nominee) => enrolmentIdFor(who.nominationId);

  const enrolment = async (who: Nominee) =>
    (await service.client.getEnrolment({ enrolmentId: enrolmentOf(who) }, as('office'))).enrolment;

  async function waitForStatus(who: Nominee, status: EnrolmentStatus) {
    await waitUntil(async () => {
      const found = await service.client
        .getEnrolment({ enrolmentId: enrolmentOf(who) }, as('office'))
        .then((answer) => answer.enrolment?.status)
        .catch(() => undefined);
      return found === status;
    }, 60_000);
  }

  const sessionSettings = (startsAt: number, minutes: number, moduleCode = 'M1') => ({
    moduleCode,
    title: `Buổi học ${moduleCode}`,
    startsAt: timestampFromMs(startsAt),
    endsAt: timestampFromMs(startsAt + minutes * MINUTE),
    mode: DeliveryMode.ONLINE,
    meetingUrl: 'https://meet.expertnet.example.vn/cds',
    checkIn: { opensMinutesBefore: 30, lateAfterMinutes: 60, closesMinutesAfter: 180 },
  });

  beforeAll(async () => {
    service = await startCohorts();
    tokens = await accessTokens<Users>({
      office: 'office.mai',
      hanoi: 'nominator.hanoi',
      an: 'expert.an',
      linh: 'expert.linh',
      duc: 'mentor.duc',
    });
    nc = await connect({ servers: stackEnv('NATS_URL') });
    mongo = await MongoClient.connect(stackEnv('MONGO_URL'));
    const jsm = await jetstreamManager(nc);
    const { state } = await jsm.streams.info('COHORTS');
    const consumer = await jetstream(nc).consumers.get('COHORTS', {
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: state.last_seq + 1,
    });
    const messages = await consumer.consume();
    void (async () => {
      for await (const message of messages) {
        const envelope = decodeEnvelope(message.data);
        const schema = EVENT_SCHEMAS[envelope.subject];
        const payload = schema && (fromBinary(schema, envelope.data) as { enrolmentId?: string });
        events.push({
          subject: envelope.subject,
          id: envelope.id,
          enrolmentId: payload?.enrolmentId ?? '',
        });
      }
    })();
    await caughtUp(nc, service.env.COHORTS_NOMINATIONS_DURABLE);
  }, 180_000);

  afterAll(async () => {
    await stopCohorts(service, nc, mongo);
    await mongo.close();
    await nc.close();
  });

  it('sets up a track and two running cohorts, each with its own facilitator', async () => {
    const { track } = await service.client.createTrack(
      {
        settings: {
          code: `CDS-${run}`,
          name: { vi: 'Chuyên gia chuyển đổi số', en: 'Digital transformation expert' },
          modules: [
            {
              code: 'M1',
              title: { vi: 'Quản trị dữ liệu', en: 'Data governance' },
              hours: 16,
              passScore: 50,
              required: true,
              skillCodes: ['data-governance'],
            },
            {
              code: 'M2',
              title: { vi: 'Chính phủ số', en: 'Digital government' },
              hours: 8,
              passScore: 60,
              required: false,
            },
          ],
          completion: { minAttendancePercent: 50, minModulesPassed: 1 },
        },
      },
      as('office'),
    );
    trackId = track?.id ?? '';
    const settings = (code: string, facilitator: Users, intakeRoundId = '') => ({
      trackId,
      intakeRoundId,
      code: `${code}${run}`,
      name: { vi: `Lớp ${code} chuyển đổi số`, en: `Cohort ${code}` },
      startDate: vietnamDate(now - 2 * 86_400_000),
      endDate: vietnamDate(now + 30 * 86_400_000),
      capacity: 2,
      deliveryMode: DeliveryMode.ONLINE,
      facilitators: [
        {
          subject: subjectOf(tokens[facilitator]),
          fullName: facilitator === 'linh' ? 'Hoàng Khánh Linh' : 'Phạm Văn Đức',
          email: `${facilitator}@demo.expertnet.vn`,
        },
      ],
    });
    const created = [
      (
        await service.client.createCohort(
          { settings: settings('A', 'linh', roundId) },
          as('office'),
        )
      ).cohort,
      (await service.client.createCohort({ settings: settings('B', 'duc') }, as('office'))).cohort,
    ];
    const running = [];
    for (const cohort of created) {
      const updated = await service.client.updateCohort(
        {
          cohortId: cohort?.id ?? '',
          expectedVersion: cohort?.version ?? 0,
          settings: cohort?.settings,
          status: CohortStatus.RUNNING,
        },
        as('office'),
      );
      running.push(updated.cohort);
    }
    [cohortA, cohortB] = running as [Cohort, Cohort];
    expect(cohortA.status).toBe(CohortStatus.RUNNING);

    const refused = await failure(
      service.client.createCohort({ settings: settings('C', 'linh') }, as('linh')),
    );
    expect(refused).toMatchObject({ code: PERMISSION_DENIED, reason: 'ROLE_REQUIRED' });
    const mine = await service.client.listCohorts({ onlyMine: true }, as('linh'));
    expect(mine.cohorts.map((cohort) => cohort.id)).toEqual([cohortA.id]);
  });

  it('enrols accepted nominations up to capacity, then on the waitlist', async () => {
    for (const [who, status] of [
      [an, EnrolmentStatus.ENROLLED],
      [binh, EnrolmentStatus.ENROLLED],
      [chi, EnrolmentStatus.WAITLISTED],
    ] as const) {
      await publishAccepted(nc, who);
      await waitForStatus(who, status);
    }
    expect(await enrolment(chi)).toMatchObject({ cohortId: cohortA.id, waitlistPosition: 1 });
    const { cohort } = await service.client.getCohort({ cohortId: cohortA.id }, as('an'));
    expect(cohort).toMatchObject({ enrolledCount: 2, waitlistedCount: 1 });

    // A nominating organisation sees only its own candidates, whatever it asks for.
    const listed = await service.client.listEnrolments(
      { cohortId: cohortA.id, organisation: { code: 'P79' } },
      as('hanoi'),
    );
    expect(listed.enrolments.map((item) => item.id).sort()).toEqual(
      [enrolmentOf(an), enrolmentOf(binh)].sort(),
    );
  });

  it('schedules sessions of the track only', async () => {
    const schedule = (cohortId: string, startsAt: number, minutes: number, moduleCode = 'M1') =>
      service.client.scheduleSession(
        { cohortId, settings: sessionSettings(startsAt, minutes, moduleCode) },
        as('office'),
      );
    sessions.current = (await schedule(cohortA.id, now - 10 * MINUTE, 120)).session;
    sessions.early = (await schedule(cohortA.id, now + 5 * 60 * MINUTE, 60)).session;
    sessions.late = (await schedule(cohortA.id, now - 6 * 60 * MINUTE, 60)).session;
    sessions.other = (await schedule(cohortB.id, now - 10 * MINUTE, 120)).session;
    const outside = await failure(schedule(cohortA.id, now, 60, 'M9'));
    expect(outside).toMatchObject({ code: INVALID_ARGUMENT, reason: 'MODULE_NOT_IN_TRACK' });
    const listed = await service.client.listSessions({ cohortId: cohortA.id }, as('linh'));
    expect(listed.sessions.map((session) => session.id)).toEqual([
      sessions.late?.id,
      sessions.current?.id,
      sessions.early?.id,
    ]);
    const stranger = await failure(
      service.client.listSessions({ cohortId: cohortA.id }, as('duc')),
    );
    expect(stranger.code).toBe(PERMISSION_DENIED);
  });

  it('checks a trainee in with the current code, and refuses early, late and wrong codes', async () => {
    const sessionId = sessions.current?.id ?? '';
    const shown = await service.client.getCheckInCode({ sessionId }, as('linh'));
    expect(shown.code).toMatch(/^\d{6}$/);
    const notTheirs = await failure(service.client.getCheckInCode({ sessionId }, as('duc')));
    expect(notTheirs).toMatchObject({ code: PERMISSION_DENIED, reason: 'COHORT_SCOPE_VIOLATION' });

    const wrong = String((Number(shown.code) + 1) % 1_000_000).padStart(6, '0');
    const invalid = await failure(service.client.checkIn({ sessionId, code: wrong }, as('an')));
    expect(invalid).toMatchObject({ code: FAILED_PRECONDITION, reason: 'CHECK_IN_CODE_INVALID' });

    const checked = await service.client.checkIn({ sessionId, code: shown.code }, as('an'));
    expect(checked.record).toMatchObject({
      enrolmentId: enrolmentOf(an),
      status: AttendanceStatus.PRESENT,
      source: AttendanceSource.CHECK_IN,
    });
    expect((await enrolment(an))?.trainee?.userSubject).toBe(subjectOf(tokens.an));

    const early = await failure(
      service.client.checkIn({ sessionId: sessions.early?.id ?? '', code: shown.code }, as('an')),
    );
    expect(early).toMatchObject({ code: FAILED_PRECONDITION, reason: 'CHECK_IN_NOT_OPEN_YET' });
    expect(early.message).toMatch(/Check-in is not open yet: from \d\d:\d\d/);
    const late = await failure(
      service.client.checkIn({ sessionId: sessions.late?.id ?? '', code: shown.code }, as('an')),
    );
    expect(late).toMatchObject({ code: FAILED_PRECONDITION, reason: 'CHECK_IN_CLOSED' });
    expect(late.message).toMatch(/Check-in closed at \d\d:\d\d/);

    const outsider = await failure(
      service.client.checkIn({ sessionId, code: shown.code }, as('duc')),
    );
    expect(outsider.code).toBe(PERMISSION_DENIED);
  });

  it('lets a facilitator mark attendance in their own cohort only', async () => {
    const sessionId = sessions.current?.id ?? '';
    const marked = await service.client.markAttendance(
      {
        sessionId,
        marks: [{ enrolmentId: enrolmentOf(binh), status: AttendanceStatus.ABSENT, note: 'Ốm' }],
      },
      as('linh'),
    );
    expect(marked.records[0]).toMatchObject({
      status: AttendanceStatus.ABSENT,
      source: AttendanceSource.FACILITATOR,
      recordedBy: subjectOf(tokens.linh),
    });
    const elsewhere = await failure(
      service.client.markAttendance(
        {
          sessionId: sessions.other?.id ?? '',
          marks: [{ enrolmentId: enrolmentOf(binh), status: AttendanceStatus.PRESENT }],
        },
        as('linh'),
      ),
    );
    expect(elsewhere).toMatchObject({
      code: PERMISSION_DENIED,
      reason: 'COHORT_SCOPE_VIOLATION',
    });
    const listed = await service.client.listAttendance({ sessionId }, as('linh'));
    expect(listed.records.map((record) => [record.enrolmentId, record.status]).sort()).toEqual(
      [
        [enrolmentOf(an), AttendanceStatus.PRESENT],
        [enrolmentOf(binh), AttendanceStatus.ABSENT],
      ].sort(),
    );
    // The trainee reads only their own record.
    const own = await service.client.listAttendance({ sessionId }, as('an'));
    expect(own.records.map((record) => record.enrolmentId)).toEqual([enrolmentOf(an)]);
    expect((await enrolment(an))?.progress).toMatchObject({
      sessionsHeld: 1,
      sessionsAttended: 1,
      attendancePercent: 100,
    });
  });

  it('records scores for modules of the track, and refuses one outside it', async () => {
    const recorded = await service.client.recordAssessments(
      {
        cohortId: cohortA.id,
        moduleCode: 'M1',
        scores: [
          { enrolmentId: enrolmentOf(an), score: 82, comment: 'Tốt' },
          { enrolmentId: enrolmentOf(binh), score: 35 },
        ],
      },
      as('linh'),
    );
    expect(recorded.results.map((result) => [result.score, result.passed])).toEqual([
      [82, true],
      [35, false],
    ]);
    const outside = await failure(
      service.client.recordAssessments(
        {
          cohortId: cohortA.id,
          moduleCode: 'M9',
          scores: [{ enrolmentId: enrolmentOf(an), score: 90 }],
        },
        as('linh'),
      ),
    );
    expect(outside).toMatchObject({ code: INVALID_ARGUMENT, reason: 'MODULE_NOT_IN_TRACK' });
    const notTheirs = await failure(
      service.client.recordAssessments(
        {
          cohortId: cohortB.id,
          moduleCode: 'M1',
          scores: [{ enrolmentId: enrolmentOf(an), score: 90 }],
        },
        as('linh'),
      ),
    );
    expect(notTheirs.code).toBe(PERMISSION_DENIED);
    expect((await enrolment(an))?.progress?.modulesPassed).toEqual(['M1']);
  });

  let verificationCode = '';
  let certificateId = '';

  it('graduates who meets the rules with a verifiable certificate, and refuses who does not', async () => {
    const { outcomes } = await service.client.graduateTrainees(
      { cohortId: cohortA.id, enrolmentIds: [enrolmentOf(an), enrolmentOf(binh)] },
      as('office'),
    );
    const [graduated, refused] = outcomes;
    expect(graduated).toMatchObject({ enrolmentId: enrolmentOf(an), graduated: true });
    expect(graduated?.certificate).toMatchObject({
      holderName: an.fullName,
      organisation: { code: 'P01' },
      status: CertificateStatus.VALID,
    });
    expect(graduated?.certificate?.number).toMatch(/^CDS-\d{4}-\d{6}$/);
    expect(refused).toMatchObject({ enrolmentId: enrolmentOf(binh), graduated: false });
    expect(refused?.unmet.map((requirement) => requirement.code)).toEqual([
      'ATTENDANCE_BELOW_MINIMUM',
      'REQUIRED_MODULE_NOT_PASSED',
      'TOO_FEW_MODULES_PASSED',
    ]);
    verificationCode = graduated?.certificate?.verificationCode ?? '';
    certificateId = graduated?.certificate?.id ?? '';
    expect(graduated?.certificate?.verificationUrl).toContain(`code=${verificationCode}`);

    const again = await service.client.graduateTrainees(
      { cohortId: cohortA.id, enrolmentIds: [enrolmentOf(an)] },
      as('office'),
    );
    expect(again.outcomes[0]?.certificate?.number).toBe(graduated?.certificate?.number);
    expect((await enrolment(an))?.status).toBe(EnrolmentStatus.GRADUATED);

    const verified = await service.client.verifyCertificate({ verificationCode }, as('duc'));
    expect(verified).toMatchObject({
      result: VerificationResult.VALID,
      number: graduated?.certificate?.number,
      holderName: an.fullName,
    });
    const [header, payload] = verificationCode.split('.');
    const forged = `${header ?? ''}.${payload ?? ''}.${'A'.repeat(86)}`;
    const notGenuine = await service.client.verifyCertificate(
      { verificationCode: forged },
      as('duc'),
    );
    expect(notGenuine).toMatchObject({ result: VerificationResult.NOT_GENUINE, number: '' });
  });

  it('shows a certificate to its holder and organisation only, and revokes it', async () => {
    for (const reader of ['an', 'hanoi', 'office'] as const) {
      const { certificate } = await service.client.getCertificate({ certificateId }, as(reader));
      expect(certificate?.id).toBe(certificateId);
    }
    const stranger = await failure(service.client.getCertificate({ certificateId }, as('linh')));
    expect(stranger.code).toBe(PERMISSION_DENIED);
    const { certificates } = await service.client.listCertificates({}, as('an'));
    expect(certificates.map((certificate) => certificate.id)).toEqual([certificateId]);

    const { certificate } = await service.client.revokeCertificate(
      { certificateId, reason: 'Hồ sơ khai sai thông tin' },
      as('office'),
    );
    expect(certificate?.status).toBe(CertificateStatus.REVOKED);
    const verified = await service.client.verifyCertificate({ verificationCode }, as('duc'));
    expect(verified).toMatchObject({
      result: VerificationResult.REVOKED,
      revocationReason: 'Hồ sơ khai sai thông tin',
    });
    const twice = await failure(
      service.client.revokeCertificate({ certificateId, reason: 'Lần nữa cho chắc' }, as('office')),
    );
    expect(twice).toMatchObject({
      code: FAILED_PRECONDITION,
      reason: 'CERTIFICATE_ALREADY_REVOKED',
    });
  });

  it('promotes the head of the waitlist when a trainee drops out', async () => {
    const before = await enrolment(binh);
    const dropped = await service.client.dropTrainee(
      {
        enrolmentId: enrolmentOf(binh),
        expectedVersion: before?.version ?? 0,
        reason: 'Chuyển công tác',
      },
      as('office'),
    );
    expect(dropped.enrolment).toMatchObject({
      status: EnrolmentStatus.DROPPED,
      reason: 'Chuyển công tác',
    });
    expect(await enrolment(chi)).toMatchObject({
      status: EnrolmentStatus.ENROLLED,
      cohortId: cohortA.id,
      waitlistPosition: 0,
    });
    const { cohort } = await service.client.getCohort({ cohortId: cohortA.id }, as('office'));
    // The graduate keeps the seat they trained in; the dropped one's went to Chi.
    expect(cohort).toMatchObject({ enrolledCount: 2, waitlistedCount: 0 });
    const stale = await failure(
      service.client.dropTrainee(
        { enrolmentId: enrolmentOf(chi), expectedVersion: 1, reason: 'Lý do cũ' },
        as('office'),
      ),
    );
    expect(stale).toMatchObject({ code: ABORTED, reason: 'VERSION_CONFLICT' });
  });

  it('places a pooled trainee from the pool, on the waitlist when the cohort is full', async () => {
    const pooled = {
      ...nominee('Phạm Thu Dung', `dung.${run}@hanoi.gov.vn`, 'P01'),
      roundId: randomUUID(),
    };
    await publishAccepted(nc, pooled);
    await waitForStatus(pooled, EnrolmentStatus.POOLED);
    const found = await enrolment(pooled);
    const full = await service.client.assignToCohort(
      {
        enrolmentId: enrolmentOf(pooled),
        expectedVersion: found?.version ?? 0,
        cohortId: cohortA.id,
      },
      as('office'),
    );
    expect(full.enrolment).toMatchObject({
      status: EnrolmentStatus.WAITLISTED,
      waitlistPosition: 1,
    });
    // Raising the capacity promotes from the waitlist; lowering it under the seats taken is refused.
    const { cohort: current } = await service.client.getCohort(
      { cohortId: cohortA.id },
      as('office'),
    );
    const base = current?.settings;
    if (base === undefined) throw new Error('the cohort came back without settings');
    const lower = await failure(
      service.client.updateCohort(
        {
          cohortId: cohortA.id,
          expectedVersion: current?.version ?? 0,
          settings: { ...base, capacity: 1 },
          status: CohortStatus.RUNNING,
        },
        as('office'),
      ),
    );
    expect(lower).toMatchObject({ code: FAILED_PRECONDITION, reason: 'CAPACITY_BELOW_ENROLLED' });
    const raised = await service.client.updateCohort(
      {
        cohortId: cohortA.id,
        expectedVersion: current?.version ?? 0,
        settings: { ...base, capacity: 3 },
        status: CohortStatus.RUNNING,
      },
      as('office'),
    );
    expect(raised.cohort).toMatchObject({ enrolledCount: 3, waitlistedCount: 0 });
    expect((await enrolment(pooled))?.status).toBe(EnrolmentStatus.ENROLLED);
  });

  it('publishes each step once through the outbox', async () => {
    const expected = [
      ['cohorts.trainee.enrolled', an],
      ['cohorts.trainee.enrolled', binh],
      ['cohorts.session.attended', an],
      ['cohorts.session.attended', binh],
      ['cohorts.module.passed', an],
      ['cohorts.trainee.graduated', an],
      ['cohorts.certificate.revoked', an],
      ['cohorts.trainee.dropped', binh],
      ['cohorts.trainee.enrolled', chi],
    ] as const;
    const count = (subject: string, who: Nominee) =>
      events.filter((event) => event.subject === subject && event.enrolmentId === enrolmentOf(who))
        .length;
    await waitUntil(
      () => Promise.resolve(expected.every(([subject, who]) => count(subject, who) >= 1)),
      30_000,
      () => JSON.stringify(events),
    );
    for (const [subject, who] of expected) expect(count(subject, who), subject).toBe(1);
    expect(count('cohorts.module.passed', binh)).toBe(0);
    expect(count('cohorts.trainee.graduated', binh)).toBe(0);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });
});

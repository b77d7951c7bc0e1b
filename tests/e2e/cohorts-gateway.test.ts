import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fromBinary, type DescMessage } from '@bufbuild/protobuf';
import {
  ModulePassedSchema,
  SessionAttendedSchema,
  TraineeEnrolledSchema,
  TraineeGraduatedSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/events_pb.ts';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { TEST_CLIENT_ID } from '@expertnet/infra';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayApi, type Json } from '../support/gateway-api.ts';
import { accessToken } from '../support/keycloak.ts';
import { kill9, waitUntil } from '../support/processes.ts';
import { startAllServices } from '../support/all-services.ts';
import { stackEnv } from '../support/stack-env.ts';

type User = 'office' | 'reviewer' | 'hanoi' | 'trainee';

/** The events this test follows, by subject, with the enrolment each is about. */
const FOLLOWED: Record<string, DescMessage & { typeName: string }> = {
  'cohorts.trainee.enrolled': TraineeEnrolledSchema,
  'cohorts.session.attended': SessionAttendedSchema,
  'cohorts.module.passed': ModulePassedSchema,
  'cohorts.trainee.graduated': TraineeGraduatedSchema,
};

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * From an accepted nomination to a verified certificate and a findable expert, through the gateway
 * with real tokens and the real nominations, cohorts and directory services: the trainee is
 * enrolled by the event, checks in with the rotating code, passes, graduates, anyone can verify
 * the certificate without logging in, and the network finds the new expert by searching without
 * diacritics, with the skills the programme verified.
 */
describe('training a nominated candidate into a certified, findable expert', () => {
  const children: ChildProcess[] = [];
  const events: { subject: string; id: string; enrolmentId: string }[] = [];
  let nc: NatsConnection;
  let tokens: Record<User, string>;
  let api: ReturnType<typeof gatewayApi<User>>;

  beforeAll(async () => {
    const services = await startAllServices(randomUUID().slice(0, 8));
    children.push(...services.children);
    const durable = services.cohortsDurable;
    api = gatewayApi<User>(services.gatewayUrl, () => tokens);

    const token = (username: string) => accessToken('expertnet', TEST_CLIENT_ID, username);
    tokens = {
      office: await token('office.mai'),
      reviewer: await token('reviewer.hung'),
      hanoi: await token('nominator.hanoi'),
      trainee: await token('expert.an'),
    };

    nc = await connect({ servers: stackEnv('NATS_URL') });
    const jsm = await jetstreamManager(nc);
    // A new durable first reads the acceptances already in the stream (other tests' rounds).
    await waitUntil(async () => {
      const info = await jsm.consumers.info('NOMINATIONS', durable).catch(() => undefined);
      return info?.num_pending === 0 && info.num_ack_pending === 0;
    }, 60_000);
    const { state } = await jsm.streams.info('COHORTS');
    const messages = await (
      await jetstream(nc).consumers.get('COHORTS', {
        deliver_policy: DeliverPolicy.StartSequence,
        opt_start_seq: state.last_seq + 1,
      })
    ).consume();
    void (async () => {
      for await (const message of messages) {
        const envelope = fromBinary(EventEnvelopeSchema, message.data);
        const schema = FOLLOWED[envelope.subject];
        if (schema === undefined) continue;
        const { enrolmentId } = fromBinary(schema, envelope.data) as { enrolmentId?: string };
        events.push({ subject: envelope.subject, id: envelope.id, enrolmentId: enrolmentId ?? '' });
      }
    })();
  });

  afterAll(async () => {
    await Promise.all(children.map(kill9));
    await nc.close();
  });

  it('enrols on acceptance, takes attendance, graduates, verifies and finds the expert', async () => {
    const { ok } = api;
    // The programme office opens a round and prepares a running cohort fed by it.
    const now = Date.now();
    const round = (
      await ok('office', 'POST', '/rounds', {
        settings: {
          name: { vi: 'Đợt 2027', en: 'Intake 2027' },
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 20 * 86_400_000).toISOString(),
          eligibility: {},
          rubric: [
            { code: 'overall', name: { vi: 'Tổng thể', en: 'Overall' }, maxScore: 10, weight: 1 },
          ],
        },
      })
    ).round as Json;
    const roundId = round.id as string;
    await ok('office', 'PUT', `/rounds/${roundId}/quotas`, {
      quotas: [{ organisation: { code: 'P01' }, floor: 1, ceiling: 3 }],
    });
    await ok('office', 'POST', `/rounds/${roundId}/open`, { expectedVersion: 2 });
    const track = (
      await ok('office', 'POST', '/tracks', {
        settings: {
          code: `CDS-E2E-${randomUUID().slice(0, 6).toUpperCase()}`,
          name: { vi: 'Chuyên gia CĐS', en: 'DX expert' },
          modules: [
            {
              code: 'M1',
              title: { vi: 'Chiến lược CĐS', en: 'DX strategy' },
              hours: 8,
              passScore: 60,
              required: true,
              skillCodes: ['digital-transformation', 'data-governance'],
            },
          ],
          completion: { minAttendancePercent: 50, minModulesPassed: 1 },
        },
      })
    ).track as Json;
    const settings = {
      trackId: track.id,
      intakeRoundId: roundId,
      code: `K-${randomUUID().slice(0, 6).toUpperCase()}`,
      name: { vi: 'Khóa thử', en: 'Test cohort' },
      startDate: day(-2),
      endDate: day(30),
      capacity: 5,
      deliveryMode: 'DELIVERY_MODE_ONLINE',
    };
    const planned = (await ok('office', 'POST', '/cohorts', { settings })).cohort as Json;
    const cohortId = planned.id as string;
    await ok('office', 'PUT', `/cohorts/${cohortId}`, {
      expectedVersion: planned.version,
      settings,
      status: 'COHORT_STATUS_RUNNING',
    });

    // Hà Nội nominates the candidate; the office accepts after review.
    const draft = (
      await ok('hanoi', 'POST', '/nominations', {
        requestId: randomUUID(),
        roundId,
        organisation: { code: 'P01' },
        nationalId: `0011${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
        candidate: {
          fullName: 'Nguyễn Văn An',
          dateOfBirth: '1989-02-14',
          gender: 'GENDER_MALE',
          position: 'Chuyên viên chính',
          unit: 'Sở Khoa học và Công nghệ',
          email: 'expert.an@demo.expertnet.vn',
          phone: '0912345678',
          employmentType: 'EMPLOYMENT_TYPE_CIVIL_SERVANT',
          educationLevel: 'EDUCATION_LEVEL_MASTER',
          yearsOfService: 9,
        },
        officer: { fullName: 'Lý Thị Hoa', email: 'hoa@hanoi.gov.vn' },
      })
    ).nomination as Json;
    const nominationId = draft.id as string;
    const lettered = (
      await ok('hanoi', 'POST', `/nominations/${nominationId}/documents`, {
        expectedVersion: draft.version,
        kind: 'DOCUMENT_KIND_DECISION_LETTER',
        fileName: 'quyet-dinh.pdf',
        contentType: 'application/pdf',
        sizeBytes: '90000',
        sha256: 'd'.repeat(64),
        storageKey: `e2e/${nominationId}.pdf`,
      })
    ).nomination as Json;
    await ok('hanoi', 'POST', `/nominations/${nominationId}/submit`, {
      expectedVersion: lettered.version,
    });
    const scored = (
      await ok('reviewer', 'POST', `/nominations/${nominationId}/score`, {
        scores: [{ criterionCode: 'overall', score: 9 }],
      })
    ).nomination as Json;
    await ok('office', 'POST', `/nominations/${nominationId}/decide`, {
      expectedVersion: scored.version,
      outcome: 'DECISION_OUTCOME_ACCEPTED',
      reason: 'Đạt yêu cầu',
    });

    // The acceptance reaches cohorts over NATS: the candidate takes a seat.
    let enrolment: Json | undefined;
    await waitUntil(async () => {
      const listed = await ok('office', 'GET', `/enrolments?cohortId=${cohortId}`);
      enrolment = (listed.enrolments as Json[]).find(
        (candidate) => candidate.nominationId === nominationId,
      );
      return enrolment?.status === 'ENROLMENT_STATUS_ENROLLED';
    }, 30_000);
    const enrolmentId = enrolment?.id as string;

    // A session under way: the trainee checks in with the code on the facilitator's screen.
    const startsAt = Date.now() - 5 * 60_000;
    const session = (
      await ok('office', 'POST', `/cohorts/${cohortId}/sessions`, {
        settings: {
          moduleCode: 'M1',
          title: 'Chiến lược chuyển đổi số',
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 3_600_000).toISOString(),
          mode: 'DELIVERY_MODE_ONLINE',
          meetingUrl: 'https://meet.expertnet.vn/e2e',
          checkIn: { opensMinutesBefore: 15, lateAfterMinutes: 10, closesMinutesAfter: 60 },
        },
      })
    ).session as Json;
    const sessionId = session.id as string;
    const wrong = await api.call('trainee', 'POST', `/sessions/${sessionId}/check-in`, {
      code: '000000',
    });
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    const { code } = await ok('office', 'GET', `/sessions/${sessionId}/check-in-code`);
    const checkedIn = await ok('trainee', 'POST', `/sessions/${sessionId}/check-in`, { code });
    expect(JSON.stringify(checkedIn)).toContain('ATTENDANCE_STATUS_PRESENT');

    await ok('office', 'POST', `/cohorts/${cohortId}/assessments`, {
      moduleCode: 'M1',
      scores: [{ enrolmentId, score: 85 }],
    });
    const graduation = await ok('office', 'POST', `/cohorts/${cohortId}/graduate`, {
      enrolmentIds: [enrolmentId],
    });
    const [outcome] = graduation.outcomes as Json[];
    expect(outcome?.graduated).toBe(true);
    const certificate = outcome?.certificate as Json;

    // Anyone can check it, without logging in.
    const verified = await ok(
      undefined,
      'GET',
      `/public/certificates/verify?code=${encodeURIComponent(certificate.verificationCode as string)}`,
    );
    expect(verified).toMatchObject({
      result: 'VERIFICATION_RESULT_VALID',
      number: certificate.number,
    });

    // The graduation reaches the directory over NATS: the network finds the new expert by typing
    // without diacritics, with the skills the programme verified.
    // Other runs' graduates of the same demo person share the profile: ours is the one holding
    // this certificate.
    const number = certificate.number as string;
    let hit: Json | undefined;
    await waitUntil(async () => {
      const found = await ok(
        'reviewer',
        'GET',
        '/experts?query=chuyen%20doi%20so&page.pageSize=100',
      );
      for (const candidate of found.hits as Json[]) {
        const id = (candidate.expert as Json).id as string;
        const { profile } = await ok('reviewer', 'GET', `/experts/${id}`);
        if (JSON.stringify((profile as Json).credentials).includes(number)) hit = candidate;
      }
      return hit !== undefined;
    }, 30_000);
    const expert = hit?.expert as Json;
    expect(expert).toMatchObject({ fullName: 'Nguyễn Văn An', certified: true });
    expect(hit?.matchedSkillCodes).toContain('digital-transformation');
    expect(expert.topSkills).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'digital-transformation',
          source: 'SKILL_SOURCE_VERIFIED',
        }),
        expect.objectContaining({ code: 'data-governance', source: 'SKILL_SOURCE_VERIFIED' }),
      ]),
    );

    // Each step's event once.
    const mine = () => events.filter((event) => event.enrolmentId === enrolmentId);
    await expect.poll(() => mine().length, { timeout: 15_000 }).toBe(4);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(
      mine()
        .map((event) => event.subject)
        .sort(),
    ).toEqual(Object.keys(FOLLOWED).sort());
    expect(new Set(mine().map((event) => event.id)).size).toBe(4);
  });
});

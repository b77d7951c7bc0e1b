// The single-host deployment (deploy/compose) end to end, from outside, as people use it: the
// portal is served and its sign-in leads to Keycloak; demo users sign in (tokens from the
// deployment's Keycloak); Hà Nội nominates, the office accepts, cohorts enrols the candidate
// from the event, the trainee checks in and passes, graduates, the certificate verifies publicly,
// and the directory finds the new expert without diacritics. Run by deploy/compose/test.sh.
import { randomUUID } from 'node:crypto';
import { TEST_CLIENT_ID } from '@expertnet/infra';
import { beforeAll, describe, expect, it } from 'vitest';
import { gatewayApi, type Json } from '../../support/gateway-api.ts';
import { accessToken } from '../../support/keycloak.ts';
import { waitUntil } from '../../support/processes.ts';
import { stackEnv } from '../../support/stack-env.ts';

type User = 'office' | 'reviewer' | 'hanoi' | 'trainee';
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('the platform deployed with compose', () => {
  const gateway = stackEnv('GATEWAY_URL');
  let tokens: Record<User, string>;
  const api = gatewayApi<User>(gateway, () => tokens);

  beforeAll(async () => {
    const token = (username: string) => accessToken('expertnet', TEST_CLIENT_ID, username);
    tokens = {
      office: await token('office.mai'),
      reviewer: await token('reviewer.hung'),
      hanoi: await token('nominator.hanoi'),
      trainee: await token('expert.an'),
    };
  });

  it('serves the portal, whose sign-in leads to the deployment’s Keycloak', async () => {
    const portal = await fetch(`${gateway}/`);
    expect(portal.status).toBe(200);
    expect(await portal.text()).toContain('<div id="root">');
    const login = await fetch(`${gateway}/auth/login`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    expect(login.headers.get('location')).toContain(
      `${stackEnv('KEYCLOAK_URL')}/realms/expertnet/protocol/openid-connect/auth`,
    );
  });

  it('takes a nomination to a certified expert the directory finds', async () => {
    const { ok } = api;
    const now = Date.now();
    const round = (
      await ok('office', 'POST', '/rounds', {
        settings: {
          name: { vi: 'Đợt triển khai', en: 'Deployment intake' },
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
          code: `CDS-DEP-${randomUUID().slice(0, 6).toUpperCase()}`,
          name: { vi: 'Chuyên gia CĐS', en: 'DX expert' },
          modules: [
            {
              code: 'M1',
              title: { vi: 'Chiến lược CĐS', en: 'DX strategy' },
              hours: 8,
              passScore: 60,
              required: true,
              skillCodes: ['digital-transformation'],
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
      name: { vi: 'Khóa triển khai', en: 'Deployment cohort' },
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

    // Hà Nội nominates; the reviewer scores; the office accepts.
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
        storageKey: `deploy/${nominationId}.pdf`,
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

    // The acceptance reaches cohorts over NATS: the candidate is enrolled.
    let enrolment: Json | undefined;
    await waitUntil(
      async () => {
        const listed = await ok('office', 'GET', `/enrolments?cohortId=${cohortId}`);
        enrolment = (listed.enrolments as Json[]).find(
          (candidate) => candidate.nominationId === nominationId,
        );
        return enrolment?.status === 'ENROLMENT_STATUS_ENROLLED';
      },
      60_000,
      () => `enrolment: ${JSON.stringify(enrolment)}`,
    );
    const enrolmentId = enrolment?.id as string;

    // A session under way: the trainee checks in with the facilitator's code, passes, graduates.
    const startsAt = Date.now() - 5 * 60_000;
    const session = (
      await ok('office', 'POST', `/cohorts/${cohortId}/sessions`, {
        settings: {
          moduleCode: 'M1',
          title: 'Chiến lược chuyển đổi số',
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 3_600_000).toISOString(),
          mode: 'DELIVERY_MODE_ONLINE',
          meetingUrl: 'https://meet.expertnet.vn/deploy',
          checkIn: { opensMinutesBefore: 15, lateAfterMinutes: 10, closesMinutesAfter: 60 },
        },
      })
    ).session as Json;
    const sessionId = session.id as string;
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
    const verified = await ok(
      undefined,
      'GET',
      `/public/certificates/verify?code=${encodeURIComponent(certificate.verificationCode as string)}`,
    );
    expect(verified).toMatchObject({ result: 'VERIFICATION_RESULT_VALID' });

    // The graduation reaches the directory over NATS: found by typing without diacritics.
    const number = certificate.number as string;
    let hit: Json | undefined;
    await waitUntil(
      async () => {
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
      },
      60_000,
      () => `no expert holding certificate ${number}`,
    );
    expect(hit?.expert).toMatchObject({ fullName: 'Nguyễn Văn An', certified: true });
  });
});

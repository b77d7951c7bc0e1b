import { describe, expect, it } from 'vitest';
import { graduateTrainee, graduationBlockers, type GraduationInput } from './graduation.ts';
import { computeProgress } from './progress.ts';
import {
  aCohort,
  aContext,
  anEnrolment,
  aSession,
  aTrack,
  aView,
  caught,
  COHORT_B,
  publicKeys,
  SESSION_START,
  SIGNER,
} from '../../test/fixtures.ts';
import type { AssessmentResult, Progress } from './types.ts';
import { readVerificationCode } from './verification-code.ts';

/** 01:00 on 29 November 2025 in Vietnam, still 28 November in UTC. */
const NOW = new Date('2025-11-28T18:00:00Z');
const ENROLMENT = anEnrolment();

const result = (
  moduleCode: string,
  score: number,
  passed = true,
  enrolmentId = ENROLMENT.id,
): AssessmentResult => ({
  enrolmentId,
  moduleCode,
  score,
  passed,
  attempt: 1,
  comment: '',
  assessedBy: 'fac-1',
  assessedAt: NOW,
});

const assessments = [
  result('M1', 72),
  result('M1', 88),
  result('M2', 65),
  result('M3', 40, false),
  result('M1', 99, true, 'someone-else'),
];
const session = aSession();
const attended = {
  sessionId: session.id,
  enrolmentId: ENROLMENT.id,
  traineeName: 'Hà',
  status: 'present' as const,
  source: 'check-in' as const,
  note: '',
  recordedBy: 'trainee-1',
  recordedAt: SESSION_START,
};
const progress: Progress = computeProgress({
  track: aTrack(),
  seats: ENROLMENT.seats,
  sessions: [session],
  attendance: [attended],
  assessments,
  now: NOW,
});

function input(overrides: Partial<GraduationInput> = {}): GraduationInput {
  return {
    enrolment: ENROLMENT,
    view: aView(aCohort({ status: 'finished' })),
    progress,
    assessments,
    certificate: {
      id: 'cert-1',
      number: 'CDS-2025-000123',
      signer: SIGNER,
      verificationBaseUrl: 'https://expertnet.gov.vn/xac-minh',
    },
    ...overrides,
  };
}

describe('graduateTrainee', () => {
  it('graduates a trainee who meets the rules, with a certificate anyone can verify', () => {
    const outcome = graduateTrainee(input(), aContext({ now: NOW }));
    if (!outcome.graduated || outcome.already) throw new Error('expected a graduation');
    expect(outcome.enrolment).toMatchObject({
      status: 'graduated',
      certificateId: 'cert-1',
      progress,
      version: 3,
    });
    expect(outcome.certificate).toMatchObject({
      id: 'cert-1',
      number: 'CDS-2025-000123',
      enrolmentId: ENROLMENT.id,
      holderName: 'Nguyễn Thị Thu Hà',
      organisationCode: 'BKHCN',
      trackCode: 'CDS-EXPERT',
      cohortName: { vi: 'Khóa 1 - Hà Nội', en: 'Cohort 1 - Hanoi' },
      issuedOn: '2025-11-29',
      status: 'valid',
    });
    expect(readVerificationCode(outcome.certificate.verificationCode, publicKeys)).toEqual({
      number: 'CDS-2025-000123',
      holderName: 'Nguyễn Thị Thu Hà',
      trackCode: 'CDS-EXPERT',
      trackName: { vi: 'Chuyên gia chuyển đổi số', en: 'Digital transformation expert' },
      issuedOn: '2025-11-29',
    });
    expect(outcome.certificate.verificationUrl).toBe(
      `https://expertnet.gov.vn/xac-minh?code=${outcome.certificate.verificationCode}`,
    );
  });

  it('ends a transfer still waiting for a seat elsewhere, so the graduate is never promoted', () => {
    const waiting = anEnrolment({ waitlist: { cohortId: COHORT_B, since: SESSION_START } });
    const outcome = graduateTrainee(input({ enrolment: waiting }), aContext({ now: NOW }));
    if (!outcome.graduated || outcome.already) throw new Error('expected a graduation');
    expect(outcome.enrolment.waitlist).toBeUndefined();
  });

  it('tells the directory everything it needs for the profile', () => {
    const outcome = graduateTrainee(input(), aContext({ now: NOW }));
    if (!outcome.graduated || outcome.already) throw new Error('expected a graduation');
    expect(outcome.events).toEqual([
      {
        type: 'cohorts.trainee.graduated',
        orgCode: 'BKHCN',
        payload: {
          enrolmentId: ENROLMENT.id,
          nominationId: 'nom-1',
          trainee: outcome.enrolment.trainee,
          cohort: expect.objectContaining({ code: 'K1-HN', trackCode: 'CDS-EXPERT' }) as unknown,
          trackName: { vi: 'Chuyên gia chuyển đổi số', en: 'Digital transformation expert' },
          graduatedOn: '2025-11-29',
          attendancePercent: 100,
          modulesPassed: [
            {
              code: 'M1',
              title: { vi: 'Quản trị dữ liệu', en: 'Data governance' },
              score: 88,
              skillCodes: ['data-governance'],
            },
            {
              code: 'M2',
              title: { vi: 'Chính phủ số', en: 'Digital government' },
              score: 65,
              skillCodes: ['digital-government'],
            },
          ],
          verifiedSkillCodes: ['data-governance', 'digital-government'],
          certificate: outcome.certificate,
        },
      },
    ]);
  });

  it('refuses someone who does not meet the rules, saying what they miss', () => {
    const short = computeProgress({
      track: aTrack(),
      seats: ENROLMENT.seats,
      sessions: [session],
      attendance: [],
      assessments: [result('M2', 65)],
      now: NOW,
    });
    const outcome = graduateTrainee(input({ progress: short }), aContext({ now: NOW }));
    expect(outcome).toMatchObject({ graduated: false, enrolmentId: ENROLMENT.id });
    expect(
      outcome.graduated
        ? []
        : outcome.unmet.map((requirement) => [requirement.code, requirement.moduleCode]),
    ).toEqual([
      ['ATTENDANCE_BELOW_MINIMUM', ''],
      ['REQUIRED_MODULE_NOT_PASSED', 'M1'],
      ['TOO_FEW_MODULES_PASSED', ''],
    ]);
  });

  it('answers a repeated call for a graduate with their certificate id', () => {
    const graduate = anEnrolment({ status: 'graduated', certificateId: 'cert-1' });
    expect(graduateTrainee(input({ enrolment: graduate }), aContext({ now: NOW }))).toEqual({
      graduated: true,
      already: true,
      enrolmentId: graduate.id,
      certificateId: 'cert-1',
    });
  });

  it('refuses graduating from a cohort not started or cancelled', () => {
    for (const status of ['planned', 'cancelled'] as const) {
      expect(
        caught(() =>
          graduateTrainee(input({ view: aView(aCohort({ status })) }), aContext({ now: NOW })),
        ).code,
      ).toBe('COHORT_NOT_RUNNING');
    }
  });
});

describe('graduationBlockers', () => {
  it('names trainees without a seat in the cohort NOT_ENROLLED, in both languages', () => {
    expect(graduationBlockers(anEnrolment({ status: 'waitlisted' }), aView(), progress)).toEqual([
      {
        code: 'NOT_ENROLLED',
        moduleCode: '',
        message: {
          vi: 'Học viên trong danh sách chờ, không thể xét tốt nghiệp',
          en: 'The trainee is on a waitlist: not graduable',
        },
      },
    ]);
    expect(
      graduationBlockers(anEnrolment({ cohortId: COHORT_B }), aView(), progress)[0]?.code,
    ).toBe('NOT_ENROLLED');
    expect(
      graduationBlockers(anEnrolment({ status: 'graduated' }), aView(), progress)[0]?.code,
    ).toBe('NOT_ENROLLED');
  });
});

// One trainee's way out of the programme as the domain records it, for tests that need every
// event of it: scored on a module, graduated with a signed certificate, the certificate revoked.
import { recordAssessments } from '../src/domain/assessments.ts';
import { revokeCertificate } from '../src/domain/certificates.ts';
import type { CohortsEvent } from '../src/domain/events.ts';
import { graduateTrainee } from '../src/domain/graduation.ts';
import { computeProgress } from '../src/domain/progress.ts';
import type { AssessmentResult, ChangeContext } from '../src/domain/types.ts';
import { aCohort, anEnrolment, aTrack, aView, SESSION_START, SIGNER } from './fixtures.ts';

/** A passed first attempt at module M1. */
export const PASSING: AssessmentResult = {
  enrolmentId: anEnrolment().id,
  moduleCode: 'M1',
  score: 90,
  passed: true,
  attempt: 1,
  comment: '',
  assessedBy: 'fac-1',
  assessedAt: SESSION_START,
};

/** The events of each step, in order: module passed, trainee graduated, certificate revoked. */
export function graduationEvents(context: ChangeContext): CohortsEvent[] {
  const scored = recordAssessments(
    aView(),
    'M1',
    [{ enrolmentId: anEnrolment().id, score: 90, comment: '' }],
    [anEnrolment()],
    [],
    context,
  ).events;
  const passes = ['M1', 'M2'].map((moduleCode) => ({ ...PASSING, moduleCode }));
  const lenient = aTrack({
    completion: { minAttendancePercent: 0, excusedCountsAsAttended: false, minModulesPassed: 2 },
  });
  const progress = computeProgress({
    track: lenient,
    seats: [],
    sessions: [],
    attendance: [],
    assessments: passes,
    now: context.now,
  });
  const outcome = graduateTrainee(
    {
      enrolment: anEnrolment(),
      view: aView(aCohort({ status: 'finished' })),
      progress,
      assessments: passes,
      certificate: {
        id: 'cert-1',
        number: 'CDS-2025-000001',
        signer: SIGNER,
        verificationBaseUrl: 'https://expertnet.gov.vn/xac-minh',
      },
    },
    context,
  );
  if (!outcome.graduated || outcome.already) throw new Error('expected a graduation');
  const revoked = revokeCertificate(
    outcome.certificate,
    outcome.enrolment,
    'Gian lận bài thi',
    context,
  ).events;
  return [...scored, ...outcome.events, ...revoked];
}

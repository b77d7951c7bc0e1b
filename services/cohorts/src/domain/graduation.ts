import { DomainError, vietnamDateOf } from '@expertnet/platform';
import { bestScores } from './assessments.ts';
import { claimsOfCertificate } from './certificates.ts';
import { cohortFacts } from './cohorts.ts';
import { changed } from './enrolment-change.ts';
import { EVENT_TYPES, type PassedModule, type TraineeGraduated } from './events.ts';
import { localized } from './messages.ts';
import type {
  AssessmentResult,
  Certificate,
  ChangeContext,
  CohortView,
  Enrolment,
  Progress,
  Requirement,
} from './types.ts';
import {
  signVerificationCode,
  verificationUrl,
  type CertificateSigner,
} from './verification-code.ts';

/** Refuses graduation in a cohort that has not started (planned) or was cancelled. */
export function assertCohortGraduates(view: CohortView): void {
  const { status, settings } = view.cohort;
  if (status === 'running' || status === 'finished') return;
  throw new DomainError(
    'failed-precondition',
    'COHORT_NOT_RUNNING',
    `cohort ${settings.code} is ${status}: nobody graduates from it`,
  );
}

/**
 * What keeps a trainee from graduating in this cohort: their current progress's unmet rules, or
 * NOT_ENROLLED when they hold no seat in it. Empty: they may graduate (allocate a number next).
 */
export function graduationBlockers(
  enrolment: Enrolment,
  view: CohortView,
  progress: Progress,
): readonly Requirement[] {
  if (enrolment.status !== 'enrolled' || enrolment.cohortId !== view.cohort.id) {
    return [
      {
        code: 'NOT_ENROLLED',
        moduleCode: '',
        message: localized('NOT_ENROLLED', enrolment.status),
      },
    ];
  }
  return progress.unmet;
}

export interface CertificateIssue {
  readonly id: string;
  /** From certificateNumber, with the store's next sequence for the year. */
  readonly number: string;
  readonly signer: CertificateSigner;
  /** The public verification page; the code is added as its `code` parameter. */
  readonly verificationBaseUrl: string;
}

export interface GraduationInput {
  readonly enrolment: Enrolment;
  readonly view: CohortView;
  /** Computed just before from the trainee's records (computeProgress). */
  readonly progress: Progress;
  /** The trainee's assessments (others are ignored), for the scores the directory shows. */
  readonly assessments: readonly AssessmentResult[];
  readonly certificate: CertificateIssue;
}

/** One trainee's outcome of GraduateTrainees: each succeeds or fails on their own. */
export type GraduationOutcome =
  | {
      readonly graduated: false;
      readonly enrolmentId: string;
      readonly unmet: readonly Requirement[];
    }
  /** Graduated before: answer with the certificate the store holds under `certificateId`. */
  | {
      readonly graduated: true;
      readonly already: true;
      readonly enrolmentId: string;
      readonly certificateId: string;
    }
  | {
      readonly graduated: true;
      readonly already: false;
      readonly enrolmentId: string;
      readonly enrolment: Enrolment;
      readonly certificate: Certificate;
      readonly events: readonly TraineeGraduated[];
    };

/**
 * Graduates a trainee who meets the track's rules, issuing their signed certificate. A graduate of
 * this cohort already gets their certificate id back, so the call is safe to repeat. The event
 * carries the track, modules and skills as they are today: a later change of the track does not
 * change what was earned.
 */
export function graduateTrainee(input: GraduationInput, context: ChangeContext): GraduationOutcome {
  const { enrolment, view, progress } = input;
  assertCohortGraduates(view);
  if (enrolment.status === 'graduated' && enrolment.cohortId === view.cohort.id) {
    return {
      graduated: true,
      already: true,
      enrolmentId: enrolment.id,
      certificateId: enrolment.certificateId,
    };
  }
  const unmet = graduationBlockers(enrolment, view, progress);
  if (unmet.length > 0) return { graduated: false, enrolmentId: enrolment.id, unmet };
  // A transfer still waiting for a seat elsewhere ends here: a graduate is never promoted.
  const after = changed(
    enrolment,
    { status: 'graduated', progress, certificateId: input.certificate.id, waitlist: undefined },
    context,
  );
  const certificate = issueCertificate(after, view, input.certificate, context.now);
  const mine = input.assessments.filter((result) => result.enrolmentId === enrolment.id);
  const passed = passedModules(view, progress, mine);
  const event = graduatedEvent(after, view, passed, certificate);
  return {
    graduated: true,
    already: false,
    enrolmentId: after.id,
    enrolment: after,
    certificate,
    events: [event],
  };
}

function graduatedEvent(
  after: Enrolment,
  view: CohortView,
  passed: readonly PassedModule[],
  certificate: Certificate,
): TraineeGraduated {
  return {
    type: EVENT_TYPES.traineeGraduated,
    orgCode: after.trainee.effectiveOrganisationCode,
    payload: {
      enrolmentId: after.id,
      nominationId: after.nominationId,
      trainee: after.trainee,
      cohort: cohortFacts(view),
      trackName: view.track.settings.name,
      graduatedOn: certificate.issuedOn,
      attendancePercent: after.progress.attendancePercent,
      modulesPassed: passed,
      verifiedSkillCodes: [...new Set(passed.flatMap((module) => module.skillCodes))],
      certificate,
    },
  };
}

function issueCertificate(
  enrolment: Enrolment,
  view: CohortView,
  issue: CertificateIssue,
  now: Date,
): Certificate {
  const unsigned: Certificate = {
    id: issue.id,
    number: issue.number,
    enrolmentId: enrolment.id,
    holderName: enrolment.trainee.fullName,
    organisationCode: enrolment.trainee.effectiveOrganisationCode,
    trackCode: view.track.settings.code,
    trackName: view.track.settings.name,
    cohortName: view.cohort.settings.name,
    issuedOn: vietnamDateOf(now),
    verificationCode: '',
    verificationUrl: '',
    status: 'valid',
    revocationReason: '',
  };
  const code = signVerificationCode(claimsOfCertificate(unsigned), issue.signer);
  return {
    ...unsigned,
    verificationCode: code,
    verificationUrl: verificationUrl(issue.verificationBaseUrl, code),
  };
}

function passedModules(
  view: CohortView,
  progress: Progress,
  assessments: readonly AssessmentResult[],
): PassedModule[] {
  const best = bestScores(assessments);
  return view.track.settings.modules
    .filter((module) => progress.modulesPassed.includes(module.code))
    .map((module) => ({
      code: module.code,
      title: module.title,
      score: best.get(module.code) ?? 0,
      skillCodes: module.skillCodes,
    }));
}

import { findOrganisation } from '@expertnet/platform';
import {
  effectiveWeights,
  firstGiven,
  notFound,
  refused,
  type Application,
  type Mentee,
  type PoolMentor,
  type Programme,
} from '../../domain/index.ts';
import type { MatchOptions, MenteeNeed } from '../../domain/matching/index.ts';
import type { ExpertDocument, TraineeDocument } from '../../repositories/pool.repository.ts';
import type { Caller } from './caller.ts';
import type { Dependencies } from './dependencies.ts';
import type { CachedPool } from './pool-cache.ts';

const provinceOf = (organisationCode: string) =>
  findOrganisation(organisationCode)?.kind === 'province' ? organisationCode : '';

/** A mentee from what the service holds: their directory profile, their enrolments, or both. */
function menteeFrom(
  expert: ExpertDocument | undefined,
  trainees: readonly TraineeDocument[],
): Mentee | undefined {
  const [trainee] = trainees;
  if (expert === undefined && trainee === undefined) return undefined;
  const organisationCode = expert?.organisationCode ?? trainee?.organisationCode ?? '';
  return {
    expertId: expert?._id ?? '',
    enrolmentId: trainee?._id ?? '',
    userSubject: firstGiven(expert?.userSubject, trainee?.userSubject),
    fullName: expert?.fullName ?? trainee?.fullName ?? '',
    organisationCode,
    unit: firstGiven(expert?.unit, trainee?.unit),
    provinceCode: firstGiven(expert?.provinceCode, provinceOf(organisationCode)),
    cohortIds: [...new Set(trainees.map((enrolment) => enrolment.cohortId))],
    nominationIds: [
      ...new Set([
        expert?.nominationId ?? '',
        ...trainees.map((enrolment) => enrolment.nominationId),
      ]),
    ].filter((id) => id !== ''),
  };
}

/**
 * Who the application is for: the caller themselves, or (for the programme office) the expert or
 * enrolment named. Unknown people are refused on the field that named them.
 */
export async function resolveMentee(
  deps: Dependencies,
  caller: Caller,
  named: { readonly expertId: string; readonly enrolmentId: string },
): Promise<Mentee> {
  if (named.expertId !== '') {
    const expert = await deps.pool.expert(named.expertId);
    const trainees = expert?.userSubject
      ? await deps.pool.traineeOf(expert.userSubject, undefined)
      : [];
    return (
      menteeFrom(expert, trainees) ??
      thrown(notFound('mentee_expert_id', `expert ${named.expertId}`))
    );
  }
  if (named.enrolmentId !== '') {
    const trainees = await deps.pool.traineesByEnrolment([named.enrolmentId]);
    const subject = trainees[0]?.userSubject ?? '';
    const expert = subject === '' ? undefined : await deps.pool.expertOfSubject(subject);
    return (
      menteeFrom(expert, trainees) ??
      thrown(notFound('mentee_enrolment_id', `enrolment ${named.enrolmentId}`))
    );
  }
  const subject = caller.principal?.subject ?? '';
  const expert = await deps.pool.expertOfSubject(subject);
  const trainees = await deps.pool.traineeOf(subject, caller.verifiedEmail);
  const mentee = menteeFrom(expert, trainees);
  if (mentee === undefined) {
    throw refused(
      'failed-precondition',
      'NOT_A_MENTEE',
      'mentee_expert_id',
      "the caller has neither an expert profile nor an enrolment: mentees are the network's experts and trainees",
    );
  }
  return { ...mentee, userSubject: subject };
}

function thrown(error: Error): never {
  throw error;
}

/** Whether the programme's rules admit the mentee. */
export function assertMenteeEligible(programme: Programme, mentee: Mentee) {
  const { menteeCohortIds, menteeOrganisationCodes } = programme.settings.rules;
  const cohortOk =
    menteeCohortIds.length === 0 || mentee.cohortIds.some((id) => menteeCohortIds.includes(id));
  const organisationOk =
    menteeOrganisationCodes.length === 0 ||
    menteeOrganisationCodes.includes(mentee.organisationCode);
  if (cohortOk && organisationOk) return;
  throw refused(
    'failed-precondition',
    'MENTEE_NOT_ELIGIBLE',
    'programme_id',
    `the programme's rules do not admit this mentee (${cohortOk ? 'organisation' : 'cohort'})`,
  );
}

/** The pool's mentors the programme's rules admit (its mentor cohorts, certified only). */
export async function eligibleMentors(
  deps: Dependencies,
  programme: Programme,
  pool: CachedPool,
): Promise<PoolMentor[]> {
  const { mentorCohortIds, certifiedMentorsOnly } = programme.settings.rules;
  const graduates =
    mentorCohortIds.length === 0 ? undefined : await deps.pool.enrolmentsIn(mentorCohortIds);
  return pool.mentors.filter(
    (mentor) =>
      (!certifiedMentorsOnly || mentor.certified) &&
      (graduates === undefined || graduates.has(mentor.enrolmentId)),
  );
}

export const optionsOf = (programme: Programme, pool: CachedPool): MatchOptions => ({
  maxDistanceKm: programme.settings.rules.maxDistanceKm,
  labelOf: pool.labelOf,
});

export const weightsOf = (programme: Programme) =>
  effectiveWeights(programme.settings.rules.weights);

/** What matching needs to know of an application's mentee, conflicts and history included. */
export async function needOf(deps: Dependencies, application: Application): Promise<MenteeNeed> {
  const { mentee, details } = application;
  const [conflictSubjects, pastMentorIds] = await Promise.all([
    deps.pool.conflictSubjects(mentee.nominationIds),
    mentee.userSubject === ''
      ? Promise.resolve([])
      : deps.assignments.pastMentorsOf(mentee.userSubject),
  ]);
  return {
    key: application.id,
    userSubject: mentee.userSubject,
    expertId: mentee.expertId,
    organisationCode: mentee.organisationCode,
    unit: mentee.unit,
    provinceCode: mentee.provinceCode,
    topicCodes: details.topicCodes,
    goalCodes: [],
    language: details.preferredLanguage === '' ? 'vi' : details.preferredLanguage,
    mode: details.preferredMode,
    meetingProvinceCode: details.preferredProvinceCode || mentee.provinceCode,
    conflictSubjects,
    pastMentorIds,
    repeatAllowedMentorIds: application.repeatOverrides.map((override) => override.mentorId),
    declinedMentorIds: application.declinedMentorIds,
  };
}

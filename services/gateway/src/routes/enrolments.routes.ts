import { serviceRoutes, type RpcRoute, type ServiceRoute } from './rpc-route.ts';

/** A change of one enrolment: POST /enrolments/{id}/{action} with its request body. */
function action(
  path: string,
  rpc: ServiceRoute<'cohorts'>['rpc'],
  summary: string,
): ServiceRoute<'cohorts'> {
  return {
    method: 'POST',
    url: `/enrolments/:enrolmentId/${path}`,
    rpc,
    tag: 'enrolments',
    summary,
  };
}

/** Enrolments are created by the service from accepted nominations, never by a call. */
export const ENROLMENT_ROUTES: readonly RpcRoute[] = serviceRoutes('cohorts', [
  {
    method: 'GET',
    url: '/enrolments',
    rpc: 'listEnrolments',
    tag: 'enrolments',
    summary: 'Enrolments by cohort, organisation, status or trainee name; onlyMine for a trainee',
  },
  {
    method: 'GET',
    url: '/enrolments/:enrolmentId',
    rpc: 'getEnrolment',
    tag: 'enrolments',
    summary: 'One enrolment with its progress against the completion rules',
  },
  action('assign', 'assignToCohort', 'Place a pooled trainee in a cohort (its waitlist when full)'),
  action('transfer', 'transferTrainee', 'Move a trainee to another cohort, with a reason'),
  action('drop', 'dropTrainee', 'Drop a trainee with a reason; the seat goes to the waitlist'),
]);

export const ATTENDANCE_ROUTES: readonly RpcRoute[] = serviceRoutes('cohorts', [
  {
    method: 'GET',
    url: '/sessions/:sessionId/check-in-code',
    rpc: 'getCheckInCode',
    tag: 'attendance',
    summary: "The session's current check-in code and when it rotates (facilitator's screen)",
  },
  {
    method: 'POST',
    url: '/sessions/:sessionId/check-in',
    rpc: 'checkIn',
    tag: 'attendance',
    summary: 'Check in as the signed-in trainee with the code shown in the session',
  },
  {
    method: 'POST',
    url: '/sessions/:sessionId/attendance',
    rpc: 'markAttendance',
    tag: 'attendance',
    summary: 'Mark trainees present, late, absent or excused; overrides their check-ins',
  },
  {
    method: 'GET',
    url: '/attendance',
    rpc: 'listAttendance',
    tag: 'attendance',
    summary: 'Attendance records of one session (sessionId) or of one trainee (enrolmentId)',
  },
]);

export const ASSESSMENT_ROUTES: readonly RpcRoute[] = serviceRoutes('cohorts', [
  {
    method: 'POST',
    url: '/cohorts/:cohortId/assessments',
    rpc: 'recordAssessments',
    status: 201,
    tag: 'assessments',
    summary: "Record scores for one module of the cohort's track (a new attempt per trainee)",
  },
  {
    method: 'GET',
    url: '/cohorts/:cohortId/assessments',
    rpc: 'listAssessments',
    tag: 'assessments',
    summary: "A cohort's assessment results, by module or trainee",
  },
  {
    method: 'POST',
    url: '/cohorts/:cohortId/graduate',
    rpc: 'graduateTrainees',
    tag: 'graduation',
    summary:
      'Graduate those who meet the completion rules and issue their certificates; the others are reported with what they miss',
  },
]);

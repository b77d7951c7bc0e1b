import { serviceRoutes, type RpcRoute } from './rpc-route.ts';

/**
 * Mentoring programmes and their bulk matching. The programme office runs them; the service
 * decides who may see and change what (a mentor and a mentee their own pairs, a province
 * coordinator the pairs of their organisation's people, without meeting notes).
 */
export const MENTORING_PROGRAMME_ROUTES: readonly RpcRoute[] = serviceRoutes('mentoring', [
  {
    method: 'GET',
    url: '/mentoring/programmes',
    rpc: 'listProgrammes',
    tag: 'mentoring-programmes',
    summary: 'Mentoring programmes, latest window first, or only those open today',
  },
  {
    method: 'POST',
    url: '/mentoring/programmes',
    rpc: 'createProgramme',
    status: 201,
    tag: 'mentoring-programmes',
    summary:
      'Create a programme: window, target pairs, duration, matching rules (programme office)',
  },
  {
    method: 'GET',
    url: '/mentoring/programmes/:programmeId',
    rpc: 'getProgramme',
    tag: 'mentoring-programmes',
    summary: 'One programme with its counts of applications and pairs',
  },
  {
    method: 'PUT',
    url: '/mentoring/programmes/:programmeId',
    rpc: 'updateProgramme',
    tag: 'mentoring-programmes',
    summary: "Replace a programme's settings (expectedVersion in the body; programme office)",
  },
  {
    method: 'POST',
    url: '/mentoring/programmes/:programmeId/match-runs',
    rpc: 'runMatching',
    status: 201,
    tag: 'mentoring-programmes',
    summary:
      "Match the programme's open applications under the mentors' capacity (optimal and greedy plans compared), saved as a draft run",
  },
  {
    method: 'GET',
    url: '/mentoring/match-runs/:runId',
    rpc: 'getMatchRun',
    tag: 'mentoring-programmes',
    summary: "A match run: its pairs with their score's parts, the unmatched applications",
  },
  {
    method: 'POST',
    url: '/mentoring/match-runs/:runId/adjustments',
    rpc: 'adjustMatchRun',
    tag: 'mentoring-programmes',
    summary:
      'Change the mentor of one pair of a draft run, or leave its application out; a repeat pair needs an override reason',
  },
  {
    method: 'POST',
    url: '/mentoring/match-runs/:runId/publish',
    rpc: 'publishMatchRun',
    tag: 'mentoring-programmes',
    summary:
      'Propose every pair of a draft run to its mentor (resumes after a crash, never doubles)',
  },
]);

/** The mentor pool, as the directory's profiles and the places held against capacity make it. */
export const MENTOR_ROUTES: readonly RpcRoute[] = serviceRoutes('mentoring', [
  {
    method: 'GET',
    url: '/mentoring/mentors',
    rpc: 'listMentors',
    tag: 'mentoring',
    summary: 'Mentors by topic skill and province, optionally only those with a free place',
  },
  {
    method: 'GET',
    url: '/mentoring/mentors/:expertId',
    rpc: 'getMentor',
    tag: 'mentoring',
    summary: 'One mentor with their capacity: maximum, active, pending proposals, remaining',
  },
]);

export const MENTORING_APPLICATION_ROUTES: readonly RpcRoute[] = serviceRoutes('mentoring', [
  {
    method: 'POST',
    url: '/mentoring/applications',
    rpc: 'applyForMentoring',
    status: 201,
    tag: 'mentoring',
    summary:
      'Apply to an open programme for a mentor (for oneself; the programme office for someone)',
  },
  {
    method: 'GET',
    url: '/mentoring/applications',
    rpc: 'listApplications',
    tag: 'mentoring',
    summary: "Applications by status and programme, or only the caller's own; oldest waiting first",
  },
  {
    method: 'GET',
    url: '/mentoring/applications/:applicationId',
    rpc: 'getApplication',
    tag: 'mentoring',
    summary: 'One application',
  },
  {
    method: 'POST',
    url: '/mentoring/applications/:applicationId/withdraw',
    rpc: 'withdrawApplication',
    tag: 'mentoring',
    summary: 'Withdraw an application (expectedVersion in the body)',
  },
  {
    method: 'GET',
    url: '/mentoring/applications/:applicationId/suggestions',
    rpc: 'suggestMentors',
    tag: 'mentoring',
    summary:
      "Ranked mentors with a free place for an application, each with its score's parts, and the best mentors a guardrail excludes, with why",
  },
]);

export const MENTORING_ASSIGNMENT_ROUTES: readonly RpcRoute[] = serviceRoutes('mentoring', [
  {
    method: 'POST',
    url: '/mentoring/assignments',
    rpc: 'proposeAssignment',
    status: 201,
    tag: 'mentoring',
    summary: "Propose a mentor for an application, holding a place in the mentor's capacity",
  },
  {
    method: 'GET',
    url: '/mentoring/assignments',
    rpc: 'listAssignments',
    tag: 'mentoring',
    summary: "Pairs the caller may see, by status, programme or mentor, or only the caller's own",
  },
  {
    method: 'GET',
    url: '/mentoring/assignments/:assignmentId',
    rpc: 'getAssignment',
    tag: 'mentoring',
    summary: 'One pair with its goals and score',
  },
  {
    method: 'POST',
    url: '/mentoring/assignments/:assignmentId/response',
    rpc: 'respondToAssignment',
    tag: 'mentoring',
    summary: 'The mentor accepts a proposal, or declines it with a reason',
  },
  {
    method: 'POST',
    url: '/mentoring/assignments/:assignmentId/end',
    rpc: 'endAssignment',
    tag: 'mentoring',
    summary: 'End a pair: completed, or early with a reason (optionally proposing the next mentor)',
  },
  {
    method: 'PUT',
    url: '/mentoring/assignments/:assignmentId/goals',
    rpc: 'setGoals',
    tag: 'mentoring',
    summary: "Replace the pair's goals and their progress (expectedVersion in the body)",
  },
  {
    method: 'GET',
    url: '/mentoring/assignments/:assignmentId/history',
    rpc: 'listAssignmentHistory',
    tag: 'mentoring',
    summary: "The pair's audited changes: who, when, before and after, oldest first",
  },
]);

export const MENTORING_MEETING_ROUTES: readonly RpcRoute[] = serviceRoutes('mentoring', [
  {
    method: 'GET',
    url: '/mentoring/assignments/:assignmentId/meetings',
    rpc: 'listMeetings',
    tag: 'mentoring',
    summary: "A pair's meetings in start order (the notes only for mentor and mentee)",
  },
  {
    method: 'POST',
    url: '/mentoring/assignments/:assignmentId/meetings',
    rpc: 'scheduleMeeting',
    status: 201,
    tag: 'mentoring',
    summary: 'Schedule a meeting of an active pair, online (with a link) or in person',
  },
  {
    method: 'PUT',
    url: '/mentoring/meetings/:meetingId',
    rpc: 'updateMeeting',
    tag: 'mentoring',
    summary: 'Move a scheduled meeting, or cancel it with a reason (expectedVersion in the body)',
  },
  {
    method: 'POST',
    url: '/mentoring/meetings/:meetingId/outcome',
    rpc: 'recordMeetingOutcome',
    tag: 'mentoring',
    summary: 'Record a meeting held or missed, with a short summary',
  },
  {
    method: 'GET',
    url: '/mentoring/assignments/:assignmentId/feedback',
    rpc: 'listFeedback',
    tag: 'mentoring',
    summary: "A pair's feedback (a comment not shared shows only to its author and the office)",
  },
  {
    method: 'POST',
    url: '/mentoring/assignments/:assignmentId/feedback',
    rpc: 'submitFeedback',
    status: 201,
    tag: 'mentoring',
    summary: 'Rate a meeting or the whole pair, 1 to 5, with a comment shared or not',
  },
]);

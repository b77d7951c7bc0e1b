/**
 * The domain's records as the contract's messages. Meeting notes are filled only for the pair
 * (the caller decides with seesNotes); feedback comments only for whom they are shared with.
 */
import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  ApplicationSchema,
  AssignmentSchema,
  AuditEntrySchema,
  FeedbackSchema,
  MatchRunSchema,
  MeetingSchema,
  MentorSchema,
  ProgrammeSchema,
  type Application as ApplicationMessage,
  type Assignment as AssignmentMessage,
  type MatchRun as MatchRunMessage,
  type Mentor as MentorMessage,
} from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import {
  remainingPlaces,
  type Application,
  type Assignment,
  type AuditEntry,
  type Feedback,
  type MatchRun,
  type Meeting,
  type Mentee,
  type PlanSummary,
  type PoolMentor,
  type Programme,
  type ProgrammeSettings,
} from '../../domain/index.ts';
import type { GuardrailBreach, ScorePart } from '../../domain/matching/types.ts';
import {
  applicationStatuses,
  assignmentStatuses,
  feedbackRoles,
  goalStatuses,
  guardrails,
  matchRunStatuses,
  meetingModes,
  meetingStatuses,
  scorePartKinds,
} from './enums.ts';

const organisation = (code: string) => ({ code });
const timestamp = (date: Date | undefined) =>
  date === undefined ? undefined : timestampFromDate(date);

export const settingsMessage = (settings: ProgrammeSettings) => ({
  name: { ...settings.name },
  description: settings.description,
  opensOn: settings.opensOn,
  closesOn: settings.closesOn,
  targetPairs: settings.targetPairs,
  durationMonths: settings.durationMonths,
  rules: {
    mentorCohortIds: [...settings.rules.mentorCohortIds],
    menteeCohortIds: [...settings.rules.menteeCohortIds],
    menteeOrganisations: settings.rules.menteeOrganisationCodes.map(organisation),
    certifiedMentorsOnly: settings.rules.certifiedMentorsOnly,
    weights: { ...settings.rules.weights },
    maxDistanceKm: settings.rules.maxDistanceKm,
    respondWithinDays: settings.rules.respondWithinDays,
  },
});

export interface ProgrammeCounts {
  readonly applications: number;
  readonly activePairs: number;
  readonly completedPairs: number;
}

export const programmeMessage = (programme: Programme, counts?: ProgrammeCounts) =>
  create(ProgrammeSchema, {
    id: programme.id,
    settings: settingsMessage(programme.settings),
    ...counts,
    version: programme.version,
    createdAt: timestamp(programme.createdAt),
    updatedAt: timestamp(programme.updatedAt),
  });

export const mentorMessage = (mentor: PoolMentor): MentorMessage =>
  create(MentorSchema, {
    expertId: mentor.expertId,
    userSubject: mentor.userSubject,
    fullName: mentor.fullName,
    organisation: organisation(mentor.organisationCode),
    province: organisation(mentor.provinceCode),
    topicSkillCodes: [...mentor.topicCodes],
    willing: mentor.willing,
    maxMentees: mentor.maxMentees,
    activeMentees: mentor.active.length,
    pendingProposals: mentor.pending.length,
    remaining: remainingPlaces(mentor),
    available: mentor.availability !== 'unavailable',
    unit: mentor.unit,
    skills: mentor.skills.map((skill) => ({ ...skill })),
    languages: [...mentor.languages],
    mode: meetingModes.encode(mentor.mode),
    certified: mentor.certified,
  });

export const menteeMessage = (mentee: Mentee) => ({
  expertId: mentee.expertId,
  enrolmentId: mentee.enrolmentId,
  userSubject: mentee.userSubject,
  fullName: mentee.fullName,
  organisation: organisation(mentee.organisationCode),
  unit: mentee.unit,
  province: organisation(mentee.provinceCode),
});

export const scorePartMessage = (part: ScorePart) => ({
  kind: scorePartKinds.encode(part.kind),
  value: part.value,
  points: part.points,
  codes: [...part.codes],
  reason: { ...part.reason },
});

export const breachMessage = (breach: GuardrailBreach) => ({
  guardrail: guardrails.encode(breach.kind),
  reason: { ...breach.reason },
});

export const applicationMessage = (application: Application): ApplicationMessage =>
  create(ApplicationSchema, {
    id: application.id,
    mentee: menteeMessage(application.mentee),
    details: {
      topicSkillCodes: [...application.details.topicCodes],
      goals: application.details.goals,
      preferredMode: meetingModes.encode(application.details.preferredMode),
      preferredProvince: organisation(application.details.preferredProvinceCode),
      preferredLanguage: application.details.preferredLanguage,
      durationMonths: application.details.durationMonths,
    },
    status: applicationStatuses.encode(application.status),
    assignmentId: application.assignmentId,
    version: application.version,
    createdAt: timestamp(application.createdAt),
    updatedAt: timestamp(application.updatedAt),
    programmeId: application.programmeId,
    declinedMentorIds: [...application.declinedMentorIds],
  });

/** The pair as the contract's Assignment; the mentor's live places when the caller has them. */
export const assignmentMessage = (assignment: Assignment, mentor?: PoolMentor): AssignmentMessage =>
  create(AssignmentSchema, {
    id: assignment.id,
    applicationId: assignment.applicationId,
    mentor: {
      expertId: assignment.mentor.expertId,
      userSubject: assignment.mentor.userSubject,
      fullName: assignment.mentor.fullName,
      organisation: organisation(assignment.mentor.organisationCode),
      ...(mentor && {
        maxMentees: mentor.maxMentees,
        activeMentees: mentor.active.length,
        pendingProposals: mentor.pending.length,
        remaining: remainingPlaces(mentor),
      }),
    },
    mentee: menteeMessage(assignment.mentee),
    topicSkillCodes: [...assignment.topicCodes],
    goals: assignment.goalsText,
    status: assignmentStatuses.encode(assignment.status),
    proposedAt: timestamp(assignment.proposedAt),
    respondBy: timestamp(assignment.respondBy),
    reason: assignment.reason,
    startDate: assignment.startDate,
    plannedEndDate: assignment.plannedEndDate,
    meetingsHeld: assignment.meetingsHeld,
    nextMeetingAt: timestamp(assignment.nextMeetingAt),
    version: assignment.version,
    updatedAt: timestamp(assignment.updatedAt),
    programmeId: assignment.programmeId,
    trackedGoals: assignment.goals.map((goal) => ({
      ...goal,
      status: goalStatuses.encode(goal.status),
    })),
    score: assignment.score,
    scoreParts: assignment.scoreParts.map(scorePartMessage),
    repeatOverrideReason: assignment.repeatOverrideReason,
    mentorFeedbackGiven: assignment.mentorFeedbackGiven,
    menteeFeedbackGiven: assignment.menteeFeedbackGiven,
  });

export const auditEntryMessage = (entry: AuditEntry) =>
  create(AuditEntrySchema, {
    at: timestamp(entry.at),
    actor: {
      subject: entry.actor.subject,
      orgCode: entry.actor.orgCode,
      roles: [...entry.actor.roles],
      service: entry.actor.service ?? '',
    },
    action: entry.action,
    before: JSON.stringify(entry.before),
    after: JSON.stringify(entry.after),
  });

export const meetingMessage = (meeting: Meeting, withNotes: boolean) =>
  create(MeetingSchema, {
    id: meeting.id,
    assignmentId: meeting.assignmentId,
    settings: {
      startsAt: timestamp(meeting.settings.startsAt),
      durationMinutes: meeting.settings.durationMinutes,
      mode: meetingModes.encode(meeting.settings.mode),
      location: meeting.settings.location,
      meetingUrl: meeting.settings.meetingUrl,
      agenda: meeting.settings.agenda,
    },
    status: meetingStatuses.encode(meeting.status),
    summary: withNotes ? meeting.notes : '',
    cancellationReason: meeting.cancellationReason,
    version: meeting.version,
  });

export const feedbackMessage = (feedback: Feedback, withComment: boolean) =>
  create(FeedbackSchema, {
    id: feedback.id,
    assignmentId: feedback.assignmentId,
    meetingId: feedback.meetingId,
    authorRole: feedbackRoles.encode(feedback.authorRole),
    rating: feedback.rating,
    comment: withComment ? feedback.comment : '',
    shared: feedback.shared,
    submittedAt: timestamp(feedback.submittedAt),
  });

export const planSummaryMessage = (summary: PlanSummary) => ({ ...summary });

/** A run with each pair's people, as the office's board shows it. */
export const matchRunMessage = (
  run: MatchRun,
  people: {
    readonly applications: ReadonlyMap<string, Application>;
    readonly mentors: ReadonlyMap<string, PoolMentor>;
  },
): MatchRunMessage =>
  create(MatchRunSchema, {
    id: run.id,
    programmeId: run.programmeId,
    status: matchRunStatuses.encode(run.status),
    pairs: run.pairs.map((pair) => {
      const application = people.applications.get(pair.applicationId);
      const mentor = people.mentors.get(pair.mentorId);
      return {
        applicationId: pair.applicationId,
        mentee: application && menteeMessage(application.mentee),
        mentor: mentor === undefined ? { expertId: pair.mentorId } : mentorMessage(mentor),
        score: pair.score,
        parts: pair.parts.map(scorePartMessage),
        adjusted: pair.adjusted,
        repeatOverrideReason: pair.repeatOverrideReason,
        assignmentId: run.status === 'draft' ? '' : pair.assignmentId,
      };
    }),
    unmatchedApplicationIds: [...run.unmatchedApplicationIds],
    optimal: planSummaryMessage(run.optimal),
    greedy: planSummaryMessage(run.greedy),
    version: run.version,
    createdAt: timestamp(run.createdAt),
    publishedAt: timestamp(run.publishedAt),
  });

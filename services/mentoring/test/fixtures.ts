/**
 * Builders for the mentoring unit tests: one programme, one application, one pair and its meeting
 * and feedback, all consistent with each other, so each test changes only what it is about.
 */
import type { Actor, ChangeContext, Principal } from '@expertnet/platform';
import { expect } from 'vitest';
import type {
  Application,
  Assignment,
  Feedback,
  MatchRun,
  Meeting,
  Mentee,
  PoolMentor,
  Programme,
  ProgrammeSettings,
} from '../src/domain/index.ts';
import { DEFAULT_WEIGHTS } from '../src/domain/matching/types.ts';

/** 09:00 in Hà Nội on 1 March 2026. */
export const NOW = new Date('2026-03-01T02:00:00Z');
export const LATER = new Date('2026-03-05T02:00:00Z');

export function aPrincipal(roles: readonly string[], org: string, subject: string): Principal {
  return { subject, org, roles: new Set(roles), service: undefined };
}

export const anActor = (overrides: Partial<Actor> = {}): Actor => ({
  subject: 'subject-mentor-1',
  orgCode: 'P01-SKHCN',
  roles: [],
  ...overrides,
});

export const aContext = (overrides: Partial<ChangeContext> = {}): ChangeContext => ({
  actor: anActor(),
  now: NOW,
  resolve: (code) => code,
  ...overrides,
});

export function aSettings(overrides: Partial<ProgrammeSettings> = {}): ProgrammeSettings {
  return {
    name: { vi: 'Cố vấn chuyển đổi số 2026', en: 'Digital transformation mentoring 2026' },
    description: 'Một năm cố vấn',
    opensOn: '2026-02-01',
    closesOn: '2026-06-30',
    targetPairs: 40,
    durationMonths: 6,
    rules: {
      mentorCohortIds: ['cohort-1'],
      menteeCohortIds: [],
      menteeOrganisationCodes: ['P79-SNV'],
      certifiedMentorsOnly: true,
      weights: DEFAULT_WEIGHTS,
      maxDistanceKm: 300,
      respondWithinDays: 7,
    },
    ...overrides,
  };
}

export function aProgramme(overrides: Partial<Programme> = {}): Programme {
  return {
    id: 'programme-1',
    settings: aSettings(),
    version: 3,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function aMentee(overrides: Partial<Mentee> = {}): Mentee {
  return {
    expertId: 'mentee-expert-1',
    enrolmentId: 'enrolment-1',
    userSubject: 'subject-mentee-1',
    fullName: 'Lê Thị Minh',
    organisationCode: 'P79-SNV',
    unit: 'Văn phòng',
    provinceCode: 'P79',
    cohortIds: ['cohort-2'],
    nominationIds: ['nomination-1'],
    ...overrides,
  };
}

export function anApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: 'application-1',
    programmeId: 'programme-1',
    mentee: aMentee(),
    details: {
      topicCodes: ['ai', 'open-data'],
      goals: 'Lead the open data portal',
      preferredMode: 'in-person',
      preferredProvinceCode: 'P48',
      preferredLanguage: 'en',
      durationMonths: 6,
    },
    status: 'open',
    assignmentId: '',
    proposal: undefined,
    declinedMentorIds: [],
    repeatOverrides: [],
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function anAssignment(overrides: Partial<Assignment> = {}): Assignment {
  return {
    id: 'assignment-1',
    applicationId: 'application-1',
    programmeId: 'programme-1',
    mentor: {
      expertId: 'mentor-1',
      userSubject: 'subject-mentor-1',
      fullName: 'Nguyễn Văn Hướng',
      organisationCode: 'P01-SKHCN',
    },
    mentee: aMentee(),
    topicCodes: ['ai'],
    goalsText: 'Lead the open data portal',
    message: 'I would be glad to help',
    status: 'proposed',
    proposedAt: NOW,
    respondBy: new Date(NOW.getTime() + 7 * 86_400_000),
    reason: '',
    startDate: '',
    plannedEndDate: '',
    durationMonths: 6,
    meetingsHeld: 0,
    nextMeetingAt: undefined,
    goals: [],
    score: 0.8,
    scoreParts: [],
    repeatOverrideReason: '',
    mentorFeedbackGiven: false,
    menteeFeedbackGiven: false,
    history: [],
    version: 1,
    updatedAt: NOW,
    ...overrides,
  };
}

export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-1',
    assignmentId: 'assignment-1',
    settings: {
      startsAt: LATER,
      durationMinutes: 60,
      mode: 'in-person',
      location: 'Sở KH&CN Hà Nội',
      meetingUrl: '',
      agenda: 'Kế hoạch 6 tháng',
    },
    status: 'scheduled',
    notes: 'PRIVATE NOTES of the pair',
    cancellationReason: '',
    version: 1,
    ...overrides,
  };
}

export function aFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    id: 'feedback-1',
    assignmentId: 'assignment-1',
    meetingId: 'meeting-1',
    authorRole: 'mentee',
    rating: 5,
    comment: 'PRIVATE COMMENT of the mentee',
    shared: false,
    submittedAt: LATER,
    ...overrides,
  };
}

export function aPoolMentor(overrides: Partial<PoolMentor> = {}): PoolMentor {
  return {
    expertId: 'mentor-1',
    userSubject: 'subject-mentor-1',
    fullName: 'Nguyễn Văn Hướng',
    organisationCode: 'P01-SKHCN',
    unit: 'Phòng Chuyển đổi số',
    provinceCode: 'P01',
    skills: [{ code: 'ai', level: 4, verified: true }],
    topicCodes: ['ai'],
    languages: ['en'],
    mode: 'any',
    availability: 'available',
    willing: true,
    maxMentees: 2,
    heldPlaces: 0,
    certified: true,
    enrolmentId: 'enrolment-9',
    pending: [],
    active: [],
    ...overrides,
  };
}

export function aMatchRun(overrides: Partial<MatchRun> = {}): MatchRun {
  return {
    id: 'run-1',
    programmeId: 'programme-1',
    status: 'published',
    pairs: [
      {
        applicationId: 'application-1',
        mentorId: 'mentor-1',
        score: 0.8,
        parts: [],
        adjusted: false,
        repeatOverrideReason: '',
        assignmentId: 'assignment-1',
      },
      {
        applicationId: 'application-2',
        mentorId: 'mentor-2',
        score: 0.6,
        parts: [],
        adjusted: true,
        repeatOverrideReason: '',
        assignmentId: 'assignment-2',
      },
    ],
    unmatchedApplicationIds: ['application-3'],
    optimal: { menteesMatched: 2, totalScore: 1.4, mentorsUsed: 2, maxLoad: 1 },
    greedy: { menteesMatched: 1, totalScore: 0.9, mentorsUsed: 1, maxLoad: 1 },
    version: 2,
    createdAt: NOW,
    publishedAt: LATER,
    ...overrides,
  };
}

/** The DomainError `act` throws (fails the test when it throws nothing or something else). */
export function caught(act: () => unknown): {
  kind: string;
  code: string;
  message: string;
  violations: readonly { field: string; description: string; rule?: string }[];
} {
  try {
    act();
  } catch (error) {
    expect(error).toMatchObject({ name: 'DomainError' });
    return error as ReturnType<typeof caught>;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}

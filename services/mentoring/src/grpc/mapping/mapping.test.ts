import { create, toBinary } from '@bufbuild/protobuf';
import { timestampDate, timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  ApplicationDetailsSchema,
  AssignmentStatus,
  FeedbackRole,
  GoalSchema,
  GoalStatus,
  MeetingMode,
  MeetingSchema,
  MeetingSettingsSchema,
  MeetingStatus,
  ProgrammeSettingsSchema,
} from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import { describe, expect, it } from 'vitest';
import {
  aFeedback,
  aMeeting,
  anAssignment,
  aPoolMentor,
  aSettings,
  caught,
  LATER,
  NOW,
} from '../../../test/fixtures.ts';
import {
  assignmentMessage,
  auditEntryMessage,
  feedbackMessage,
  meetingMessage,
  mentorMessage,
  settingsMessage,
} from './answers.ts';
import { detailsOf, goalsOf, meetingSettingsOf, settingsOf } from './requests.ts';

describe('settingsOf', () => {
  it('reads the settings the office sent', () => {
    const settings = aSettings({
      rules: { ...aSettings().rules, weights: { ...aSettings().rules.weights, load: 7 } },
    });
    expect(settingsOf(create(ProgrammeSettingsSchema, settingsMessage(settings)))).toEqual(
      settings,
    );
  });

  it('missing rules and weights read as none and all 0 (the defaults, later)', () => {
    const settings = settingsOf(
      create(ProgrammeSettingsSchema, {
        name: { vi: 'Chương trình' },
        opensOn: '2026-02-01',
        closesOn: '2026-06-30',
      }),
    );
    expect(settings).toMatchObject({
      name: { vi: 'Chương trình', en: '' },
      rules: {
        mentorCohortIds: [],
        menteeCohortIds: [],
        menteeOrganisationCodes: [],
        certifiedMentorsOnly: false,
        weights: { skills: 0, topics: 0, language: 0, modality: 0, availability: 0, load: 0 },
        maxDistanceKm: 0,
        respondWithinDays: 0,
      },
    });
  });

  it('refuses missing settings on settings', () => {
    const error = caught(() => settingsOf(undefined));
    expect(error).toMatchObject({ kind: 'invalid-argument' });
    expect(error.violations[0]?.field).toBe('settings');
  });
});

describe('detailsOf', () => {
  const details = (preferredMode: MeetingMode) =>
    create(ApplicationDetailsSchema, {
      topicSkillCodes: ['ai', 'gis'],
      goals: 'Build the data portal',
      preferredMode,
      preferredProvince: { code: 'P48' },
      preferredLanguage: 'en',
      durationMonths: 6,
    });

  it.each([
    [MeetingMode.ONLINE, 'online'],
    [MeetingMode.IN_PERSON, 'in-person'],
    [MeetingMode.ANY, 'any'],
  ] as const)('reads the application, mode %s as %s', (mode, name) => {
    expect(detailsOf(details(mode))).toEqual({
      topicCodes: ['ai', 'gis'],
      goals: 'Build the data portal',
      preferredMode: name,
      preferredProvinceCode: 'P48',
      preferredLanguage: 'en',
      durationMonths: 6,
    });
  });

  it('refuses MEETING_MODE_UNSPECIFIED on details.preferred_mode', () => {
    const error = caught(() => detailsOf(details(MeetingMode.UNSPECIFIED)));
    expect(error).toMatchObject({ kind: 'invalid-argument' });
    expect(error.violations.map((violation) => violation.field)).toEqual([
      'details.preferred_mode',
    ]);
  });

  it('no preferred province reads as the mentee’s own (empty)', () => {
    const message = details(MeetingMode.ONLINE);
    message.preferredProvince = undefined;
    expect(detailsOf(message).preferredProvinceCode).toBe('');
  });

  it('refuses missing details on details', () => {
    expect(caught(() => detailsOf(undefined)).violations[0]?.field).toBe('details');
  });
});

describe('meetingSettingsOf', () => {
  const settings = (mode: MeetingMode) =>
    create(MeetingSettingsSchema, {
      startsAt: timestampFromDate(LATER),
      durationMinutes: 45,
      mode,
      location: 'Sở KH&CN',
      meetingUrl: 'https://meet.example.vn/abc',
      agenda: 'Kế hoạch',
    });

  it.each([
    [MeetingMode.ONLINE, 'online'],
    [MeetingMode.IN_PERSON, 'in-person'],
  ] as const)('reads a meeting, mode %s as %s', (mode, name) => {
    expect(meetingSettingsOf(settings(mode))).toEqual({
      startsAt: LATER,
      durationMinutes: 45,
      mode: name,
      location: 'Sở KH&CN',
      meetingUrl: 'https://meet.example.vn/abc',
      agenda: 'Kế hoạch',
    });
  });

  it('refuses mode ANY on settings.mode: a meeting is online or in person', () => {
    const error = caught(() => meetingSettingsOf(settings(MeetingMode.ANY)));
    expect(error).toMatchObject({ kind: 'invalid-argument' });
    expect(error.violations.map((violation) => violation.field)).toEqual(['settings.mode']);
  });

  it('refuses mode UNSPECIFIED on settings.mode', () => {
    const error = caught(() => meetingSettingsOf(settings(MeetingMode.UNSPECIFIED)));
    expect(error.violations.map((violation) => violation.field)).toEqual(['settings.mode']);
  });

  it('refuses a meeting without a start on settings.starts_at', () => {
    const message = settings(MeetingMode.ONLINE);
    message.startsAt = undefined;
    expect(caught(() => meetingSettingsOf(message)).violations[0]?.field).toBe(
      'settings.starts_at',
    );
    expect(caught(() => meetingSettingsOf(undefined)).violations[0]?.field).toBe(
      'settings.starts_at',
    );
  });
});

describe('goalsOf', () => {
  it('reads each goal and its status; new ones keep an empty id', () => {
    const goals = goalsOf([
      create(GoalSchema, {
        id: 'goal-1',
        title: 'Publish 3 datasets',
        status: GoalStatus.ACHIEVED,
        progressPercent: 100,
        targetDate: '2026-06-30',
      }),
      create(GoalSchema, { title: 'Train the team', status: GoalStatus.OPEN }),
      create(GoalSchema, { title: 'Guide', status: GoalStatus.IN_PROGRESS, progressPercent: 40 }),
      create(GoalSchema, { title: 'Old', status: GoalStatus.DROPPED }),
    ]);
    expect(goals).toEqual([
      {
        id: 'goal-1',
        title: 'Publish 3 datasets',
        status: 'achieved',
        progressPercent: 100,
        targetDate: '2026-06-30',
      },
      { id: '', title: 'Train the team', status: 'open', progressPercent: 0, targetDate: '' },
      { id: '', title: 'Guide', status: 'in-progress', progressPercent: 40, targetDate: '' },
      { id: '', title: 'Old', status: 'dropped', progressPercent: 0, targetDate: '' },
    ]);
  });

  it('refuses an unspecified status on goals[i].status', () => {
    const error = caught(() =>
      goalsOf([
        create(GoalSchema, { title: 'a', status: GoalStatus.OPEN }),
        create(GoalSchema, { title: 'b', status: GoalStatus.UNSPECIFIED }),
      ]),
    );
    expect(error.violations.map((violation) => violation.field)).toEqual(['goals[1].status']);
  });
});

describe('meetingMessage', () => {
  const meeting = aMeeting({ status: 'held', notes: 'Agreed on the plan' });

  it('gives the pair its notes as the summary', () => {
    const message = meetingMessage(meeting, true);
    expect(message).toMatchObject({
      id: 'meeting-1',
      assignmentId: 'assignment-1',
      status: MeetingStatus.HELD,
      summary: 'Agreed on the plan',
      version: 1,
      settings: {
        durationMinutes: 60,
        mode: MeetingMode.IN_PERSON,
        location: 'Sở KH&CN Hà Nội',
        agenda: 'Kế hoạch 6 tháng',
      },
    });
    expect(message.settings?.startsAt && timestampDate(message.settings.startsAt)).toEqual(LATER);
  });

  it('leaves the summary empty for whoever may not see notes', () => {
    const message = meetingMessage(meeting, false);
    expect(message.summary).toBe('');
    const bytes = new TextDecoder().decode(toBinary(MeetingSchema, message));
    expect(bytes).not.toContain('Agreed on the plan');
    expect(message.status).toBe(MeetingStatus.HELD);
  });
});

describe('feedbackMessage', () => {
  const feedback = aFeedback({ comment: 'Very helpful', rating: 4, authorRole: 'mentor' });

  it('with the comment for whom it is shared with', () => {
    expect(feedbackMessage(feedback, true)).toMatchObject({
      id: 'feedback-1',
      assignmentId: 'assignment-1',
      meetingId: 'meeting-1',
      authorRole: FeedbackRole.MENTOR,
      rating: 4,
      comment: 'Very helpful',
      shared: false,
    });
  });

  it('without the comment otherwise, the rest unchanged', () => {
    const message = feedbackMessage(feedback, false);
    expect(message).toMatchObject({ comment: '', rating: 4, authorRole: FeedbackRole.MENTOR });
    expect(message.submittedAt && timestampDate(message.submittedAt)).toEqual(LATER);
  });
});

describe('mentorMessage', () => {
  it('counts places: active, pending, remaining', () => {
    const message = mentorMessage(
      aPoolMentor({ maxMentees: 4, pending: ['a-1'], active: ['a-2', 'a-3'] }),
    );
    expect(message).toMatchObject({
      expertId: 'mentor-1',
      maxMentees: 4,
      activeMentees: 2,
      pendingProposals: 1,
      remaining: 1,
      willing: true,
      available: true,
      mode: MeetingMode.ANY,
      organisation: { code: 'P01-SKHCN' },
      province: { code: 'P01' },
    });
  });

  it('remaining is never below 0 when the maximum was lowered under what is held', () => {
    const message = mentorMessage(
      aPoolMentor({ maxMentees: 1, pending: ['a-1', 'a-4'], active: ['a-2', 'a-3'] }),
    );
    expect(message).toMatchObject({ maxMentees: 1, activeMentees: 2, pendingProposals: 2 });
    expect(message.remaining).toBe(0);
  });

  it('an unavailable mentor is shown as not available; limited still is', () => {
    expect(mentorMessage(aPoolMentor({ availability: 'unavailable' })).available).toBe(false);
    expect(mentorMessage(aPoolMentor({ availability: 'limited' })).available).toBe(true);
  });
});

describe('assignmentMessage and auditEntryMessage', () => {
  it('carries the pair, its status and goals; the mentor’s places only when given', () => {
    const pair = anAssignment({
      status: 'ended-early',
      goals: [{ id: 'g-1', title: 't', status: 'achieved', progressPercent: 100, targetDate: '' }],
    });
    const bare = assignmentMessage(pair);
    expect(bare).toMatchObject({
      id: 'assignment-1',
      status: AssignmentStatus.ENDED_EARLY,
      trackedGoals: [{ id: 'g-1', status: GoalStatus.ACHIEVED }],
      mentor: { expertId: 'mentor-1', remaining: 0, maxMentees: 0 },
    });
    const withPlaces = assignmentMessage(pair, aPoolMentor({ maxMentees: 3, active: ['x'] }));
    expect(withPlaces.mentor).toMatchObject({ maxMentees: 3, activeMentees: 1, remaining: 2 });
  });

  it('an audit entry keeps before and after as JSON, and the service that acted', () => {
    const message = auditEntryMessage({
      at: NOW,
      actor: { subject: '', orgCode: '', roles: [], service: 'mentoring' },
      action: 'expired',
      before: { status: 'proposed' },
      after: { status: 'expired' },
    });
    expect(message).toMatchObject({
      action: 'expired',
      actor: { service: 'mentoring' },
      before: '{"status":"proposed"}',
      after: '{"status":"expired"}',
    });
  });
});

import { randomUUID } from 'node:crypto';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import {
  ApplicationStatus,
  AssignmentStatus,
  Guardrail,
  MeetingMode,
  MeetingStatus,
} from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import { accessTokens } from '@expertnet/tests/support/keycloak.ts';
import { waitUntil } from '@expertnet/tests/support/processes.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aMentor,
  anExpert,
  caughtUp,
  failure,
  publishExpert,
  publishNominationActor,
  startMentoring,
  stopMentoring,
  subjectOf,
  type RunningMentoring,
  type TestExpert,
} from '../support.ts';

const INVALID_ARGUMENT = 3;
const NOT_FOUND = 5;
const PERMISSION_DENIED = 7;
const FAILED_PRECONDITION = 9;

type Users =
  'office' | 'duc' | 'an' | 'linh' | 'coordinatorHanoi' | 'coordinatorDanang' | 'nominator';
const USERNAMES: Record<Users, string> = {
  office: 'office.mai',
  duc: 'mentor.duc',
  an: 'expert.an',
  linh: 'expert.linh',
  coordinatorHanoi: 'coordinator.hanoi',
  coordinatorDanang: 'coordinator.danang',
  nominator: 'nominator.hanoi',
};

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const programmeSettings = (overrides: { opensOn?: string; closesOn?: string } = {}) => ({
  name: { vi: 'Kèm cặp sau khóa K1', en: 'Mentoring after cohort K1' },
  description: '',
  opensOn: overrides.opensOn ?? day(-1),
  closesOn: overrides.closesOn ?? day(30),
  targetPairs: 10,
  durationMonths: 6,
  rules: { weights: {}, maxDistanceKm: 0, respondWithinDays: 0 },
});

const details = {
  topicSkillCodes: ['digital-transformation', 'data-governance'],
  goals: 'Xây dựng kế hoạch chuyển đổi số cho sở',
  preferredMode: MeetingMode.ANY,
  durationMonths: 6,
};

describe('mentoring pairs against the real servers', () => {
  let nc: NatsConnection;
  let mongo: MongoClient;
  let service: RunningMentoring;
  let tokens: Record<Users, string>;
  const as = (user: Users) => ({ token: tokens[user] });
  const client = () => service.client;

  // An (the mentee) works in P01's "Sở Khoa học và Công nghệ"; his nomination was made by nominator.hanoi.
  let an: TestExpert;
  let duc: TestExpert;
  let sameUnit: TestExpert;
  let reportingLine: TestExpert;
  let hisNominator: TestExpert;
  let withdrawn: TestExpert;

  const directoryCaughtUp = () =>
    caughtUp(nc, 'DIRECTORY', service.env.MENTORING_DIRECTORY_DURABLE);
  const nominationsCaughtUp = () =>
    caughtUp(nc, 'NOMINATIONS', service.env.MENTORING_NOMINATIONS_DURABLE);

  beforeAll(async () => {
    nc = await connect({ servers: stackEnv('NATS_URL') });
    mongo = await MongoClient.connect(stackEnv('MONGO_URL'));
    tokens = await accessTokens(USERNAMES);
    service = await startMentoring();
    const nominationId = randomUUID();
    an = anExpert({
      userSubject: subjectOf(tokens.an),
      fullName: 'Nguyễn Văn An',
      organisationCode: 'P01',
      provinceCode: 'P01',
      unit: 'Phòng Chuyển đổi số, Sở Khoa học và Công nghệ',
      nominationId,
    });
    duc = aMentor({
      userSubject: subjectOf(tokens.duc),
      fullName: 'Trần Minh Đức',
      organisationCode: 'BKHCN',
      provinceCode: 'P01',
      unit: 'Cục Chuyển đổi số quốc gia',
      maxMentees: 2,
    });
    sameUnit = aMentor({ organisationCode: 'P01', provinceCode: 'P01', unit: an.unit });
    reportingLine = aMentor({
      organisationCode: 'P01',
      provinceCode: 'P01',
      unit: 'Sở Khoa học và Công nghệ',
    });
    hisNominator = aMentor({
      userSubject: subjectOf(tokens.nominator),
      organisationCode: 'P01',
      provinceCode: 'P01',
      unit: 'Văn phòng UBND',
    });
    withdrawn = aMentor({ organisationCode: 'P48', provinceCode: 'P48' });
    for (const expert of [an, duc, sameUnit, reportingLine, hisNominator, withdrawn])
      await publishExpert(nc, expert);
    await publishExpert(
      nc,
      { ...withdrawn, willing: false, maxMentees: 0, version: withdrawn.version + 1 },
      'updated',
    );
    await publishNominationActor(nc, nominationId, subjectOf(tokens.nominator));
    await directoryCaughtUp();
    await nominationsCaughtUp();
  });

  afterAll(async () => {
    await stopMentoring(service, nc, mongo);
    await nc.close();
    await mongo.close();
  });

  let programmeId = '';
  let applicationId = '';

  it('refuses a programme whose window ends before it starts, and writes nothing', async () => {
    const refused = await failure(
      client().createProgramme(
        { settings: programmeSettings({ opensOn: day(5), closesOn: day(1) }) },
        as('office'),
      ),
    );
    expect(refused.code).toBe(INVALID_ARGUMENT);
    expect(refused.violations.map((violation) => violation.field)).toContain('settings');
    const { programmes } = await client().listProgrammes({}, as('office'));
    expect(programmes).toHaveLength(0);
    expect(
      (await failure(client().createProgramme({ settings: programmeSettings() }, as('an')))).code,
    ).toBe(PERMISSION_DENIED);
  });

  it('takes an application from a mentee for themselves, and refuses an overlapping one', async () => {
    const { programme } = await client().createProgramme(
      { settings: programmeSettings() },
      as('office'),
    );
    programmeId = programme?.id ?? '';
    const { programme: other } = await client().createProgramme(
      { settings: programmeSettings() },
      as('office'),
    );
    const { application } = await client().applyForMentoring({ programmeId, details }, as('an'));
    applicationId = application?.id ?? '';
    expect(application).toMatchObject({
      status: ApplicationStatus.OPEN,
      mentee: { expertId: an.expertId, unit: an.unit },
    });

    const overlapping = await failure(
      client().applyForMentoring({ programmeId: other?.id ?? '', details }, as('an')),
    );
    expect(overlapping).toMatchObject({
      code: FAILED_PRECONDITION,
      reason: 'OVERLAPPING_PROGRAMME',
    });
    expect(overlapping.violations[0]?.field).toBe('programme_id');
    const unknown = await failure(
      client().applyForMentoring({ programmeId: randomUUID(), details }, as('an')),
    );
    expect(unknown.code).toBe(NOT_FOUND);
    const { applications } = await client().listApplications({ onlyMine: true }, as('an'));
    expect(applications.map((found) => found.id)).toEqual([applicationId]);
  });

  it('ranks mentors with the parts of each score, and names the guardrail that excludes the others', async () => {
    const { suggestions, excluded } = await client().suggestMentors({ applicationId }, as('an'));
    const ranked = suggestions.map((suggestion) => suggestion.mentor?.expertId);
    expect(ranked).toContain(duc.expertId);
    for (const left of [sameUnit, reportingLine, hisNominator, withdrawn])
      expect(ranked).not.toContain(left.expertId);
    const best = suggestions.find((suggestion) => suggestion.mentor?.expertId === duc.expertId);
    expect(best?.parts.map((part) => part.reason?.vi).every((text) => (text ?? '') !== '')).toBe(
      true,
    );
    expect(best?.score).toBeCloseTo(
      best?.parts.reduce((total, part) => total + part.points, 0) ?? -1,
      6,
    );
    // Earlier runs' mentors stay in the stream (same units, same nominator): the kinds are checked.
    const excludedFor = new Set(
      excluded.flatMap((entry) => entry.breaches.map((breach) => breach.guardrail)),
    );
    expect(excludedFor).toContain(Guardrail.SAME_UNIT);
    expect(excludedFor).toContain(Guardrail.REPORTING_LINE);
    expect(excludedFor).toContain(Guardrail.NOMINATOR_OR_REVIEWER);
  });

  it('never proposes a pair a guardrail forbids, an unknown mentor, or one who withdrew the offer', async () => {
    const propose = (mentorExpertId: string) =>
      failure(client().proposeAssignment({ applicationId, mentorExpertId }, as('office')));
    expect(await propose(sameUnit.expertId)).toMatchObject({
      code: FAILED_PRECONDITION,
      reason: 'GUARDRAIL_SAME_UNIT',
    });
    expect(await propose(reportingLine.expertId)).toMatchObject({
      reason: 'GUARDRAIL_REPORTING_LINE',
    });
    expect(await propose(hisNominator.expertId)).toMatchObject({
      reason: 'GUARDRAIL_NOMINATOR_OR_REVIEWER',
    });
    expect(await propose(withdrawn.expertId)).toMatchObject({ reason: 'MENTOR_NOT_OFFERING' });
    const unknown = await propose(randomUUID());
    expect(unknown.code).toBe(NOT_FOUND);
    expect(unknown.violations[0]?.field).toBe('mentor_expert_id');
    // Nothing was half-written: the application is still open, no mentor holds a place.
    const { application } = await client().getApplication({ applicationId }, as('an'));
    expect(application?.status).toBe(ApplicationStatus.OPEN);
    const { mentor } = await client().getMentor({ expertId: sameUnit.expertId }, as('office'));
    expect(mentor?.pendingProposals).toBe(0);
  });

  let assignmentId = '';

  it('proposes, lets the mentor accept, and refuses a decision on a closed proposal', async () => {
    const { assignment } = await client().proposeAssignment(
      { applicationId, mentorExpertId: duc.expertId },
      as('an'),
    );
    assignmentId = assignment?.id ?? '';
    expect(assignment).toMatchObject({ status: AssignmentStatus.PROPOSED, version: 1 });
    expect(
      (
        await failure(
          client().respondToAssignment(
            { assignmentId, expectedVersion: 1, accept: true },
            as('an'),
          ),
        )
      ).code,
    ).toBe(PERMISSION_DENIED);
    const { assignment: accepted } = await client().respondToAssignment(
      { assignmentId, expectedVersion: 1, accept: true },
      as('duc'),
    );
    expect(accepted?.status).toBe(AssignmentStatus.ACTIVE);
    const closed = await failure(
      client().respondToAssignment(
        { assignmentId, expectedVersion: 2, accept: false, reason: 'Đổi ý' },
        as('duc'),
      ),
    );
    expect(closed).toMatchObject({ code: FAILED_PRECONDITION, reason: 'PROPOSAL_CLOSED' });
    expect(closed.violations[0]?.field).toBe('assignment_id');
    const { application } = await client().getApplication({ applicationId }, as('an'));
    expect(application?.status).toBe(ApplicationStatus.MATCHED);
  });

  it('keeps meeting notes to the pair, tracks goals and completes with feedback both ways', async () => {
    const startsAt = timestampFromMs(Date.now() + 3_600_000);
    const settings = {
      startsAt,
      durationMinutes: 60,
      mode: MeetingMode.ONLINE,
      meetingUrl: 'https://meet.example.vn/an-duc',
    };
    const { meeting } = await client().scheduleMeeting({ assignmentId, settings }, as('duc'));
    const past = await failure(
      client().scheduleMeeting(
        { assignmentId, settings: { ...settings, startsAt: timestampFromMs(Date.now() - 60_000) } },
        as('an'),
      ),
    );
    expect(past).toMatchObject({ code: INVALID_ARGUMENT, reason: 'MEETING_IN_PAST' });
    const early = await failure(
      client().recordMeetingOutcome(
        {
          meetingId: meeting?.id ?? '',
          expectedVersion: 1,
          status: MeetingStatus.HELD,
          summary: 'x',
        },
        as('an'),
      ),
    );
    expect(early.reason).toBe('MEETING_NOT_STARTED');
    // A meeting logged after it happened: scheduled a moment ahead, recorded once it has started.
    const { meeting: soon } = await client().scheduleMeeting(
      { assignmentId, settings: { ...settings, startsAt: timestampFromMs(Date.now() + 1_500) } },
      as('an'),
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await client().recordMeetingOutcome(
      {
        meetingId: soon?.id ?? '',
        expectedVersion: 1,
        status: MeetingStatus.HELD,
        summary: 'Ghi chú riêng của cặp',
      },
      as('an'),
    );
    const notesSeenBy = async (user: Users) =>
      (await client().listMeetings({ assignmentId }, as(user))).meetings.find(
        (found) => found.id === soon?.id,
      )?.summary;
    expect(await notesSeenBy('duc')).toBe('Ghi chú riêng của cặp');
    expect(await notesSeenBy('office')).toBe('');
    expect(await notesSeenBy('coordinatorHanoi')).toBe('');

    const { assignment: withGoals } = await client().setGoals(
      {
        assignmentId,
        expectedVersion: 2,
        goals: [{ title: 'Kế hoạch CĐS 2027', status: 2, progressPercent: 40 }],
      },
      as('an'),
    );
    expect(withGoals?.trackedGoals[0]?.id).not.toBe('');
    const missing = await failure(
      client().endAssignment(
        {
          assignmentId,
          expectedVersion: withGoals?.version ?? 0,
          outcome: AssignmentStatus.COMPLETED,
        },
        as('duc'),
      ),
    );
    expect(missing.reason).toBe('FEEDBACK_MISSING');
    await client().submitFeedback(
      { assignmentId, rating: 5, comment: 'Rất hữu ích', shared: false },
      as('an'),
    );
    await client().submitFeedback(
      { assignmentId, rating: 4, comment: 'Học viên chủ động', shared: true },
      as('duc'),
    );
    const twice = await failure(client().submitFeedback({ assignmentId, rating: 3 }, as('an')));
    expect(twice.reason).toBe('FEEDBACK_ALREADY_GIVEN');
    const { feedback } = await client().listFeedback({ assignmentId }, as('duc'));
    expect(feedback.find((given) => given.authorRole === 2)?.comment).toBe('');
    const { assignment: done } = await client().endAssignment(
      {
        assignmentId,
        expectedVersion: withGoals?.version ?? 0,
        outcome: AssignmentStatus.COMPLETED,
      },
      as('duc'),
    );
    expect(done?.status).toBe(AssignmentStatus.COMPLETED);
    const { entries } = await client().listAssignmentHistory({ assignmentId }, as('office'));
    expect(entries.map((entry) => entry.action)).toEqual([
      'proposed',
      'accepted',
      'goals-set',
      'completed',
    ]);
    expect(entries[1]?.actor?.subject).toBe(subjectOf(tokens.duc));
    expect(JSON.parse(entries[3]?.before ?? '{}')).toEqual({ status: 'active' });
    const { mentor } = await client().getMentor({ expertId: duc.expertId }, as('office'));
    expect(mentor).toMatchObject({ activeMentees: 0, pendingProposals: 0, remaining: 2 });
  });

  it('lets each role do exactly what the access table says on a pair', async () => {
    const get = (user: Users) =>
      client()
        .getAssignment({ assignmentId }, as(user))
        .then(
          () => 'ok',
          () => 'denied',
        );
    const history = (user: Users) =>
      client()
        .listAssignmentHistory({ assignmentId }, as(user))
        .then(
          () => 'ok',
          () => 'denied',
        );
    const meetings = (user: Users) =>
      client()
        .listMeetings({ assignmentId }, as(user))
        .then(
          () => 'ok',
          () => 'denied',
        );
    const feedback = (user: Users) =>
      client()
        .listFeedback({ assignmentId }, as(user))
        .then(
          () => 'ok',
          () => 'denied',
        );
    const goals = (user: Users) =>
      client()
        .setGoals({ assignmentId, expectedVersion: 99, goals: [] }, as(user))
        .then(
          () => 'ok',
          // Anything but a refusal of the caller (here a stale version) means the table let them in.
          (error: unknown) =>
            (error as { code?: number }).code === PERMISSION_DENIED ? 'denied' : 'ok',
        );
    const table: Record<Users, readonly string[]> = {
      //                 get    history  meetings feedback goals
      office: ['ok', 'ok', 'ok', 'ok', 'denied'],
      duc: ['ok', 'ok', 'ok', 'ok', 'ok'],
      an: ['ok', 'ok', 'ok', 'ok', 'ok'],
      linh: ['denied', 'denied', 'denied', 'denied', 'denied'],
      coordinatorHanoi: ['ok', 'ok', 'ok', 'denied', 'denied'],
      coordinatorDanang: ['denied', 'denied', 'denied', 'denied', 'denied'],
      nominator: ['denied', 'denied', 'denied', 'denied', 'denied'],
    };
    for (const user of Object.keys(table) as Users[]) {
      const answers = [
        await get(user),
        await history(user),
        await meetings(user),
        await feedback(user),
        await goals(user),
      ];
      expect({ user, answers }).toEqual({ user, answers: table[user] });
    }
    const pairsOf = async (user: Users) =>
      (await client().listAssignments({}, as(user))).assignments.map((found) => found.id);
    expect(await pairsOf('coordinatorHanoi')).toContain(assignmentId);
    expect(await pairsOf('coordinatorDanang')).not.toContain(assignmentId);
    expect(await pairsOf('linh')).not.toContain(assignmentId);
    expect(await pairsOf('office')).toContain(assignmentId);
  });

  it('refuses a repeat of a past pair unless the office overrides it with a reason', async () => {
    // The first programme's window is moved into the past, so a new one no longer overlaps it.
    const { programme } = await client().getProgramme({ programmeId }, as('office'));
    await client().updateProgramme(
      {
        programmeId,
        expectedVersion: programme?.version ?? 0,
        settings: programmeSettings({ opensOn: day(-30), closesOn: day(-2) }),
      },
      as('office'),
    );
    const { programme: next } = await client().createProgramme(
      { settings: programmeSettings({ opensOn: day(-1) }) },
      as('office'),
    );
    const { application } = await client().applyForMentoring(
      { programmeId: next?.id ?? '', details },
      as('an'),
    );
    const again = { applicationId: application?.id ?? '', mentorExpertId: duc.expertId };
    expect(await failure(client().proposeAssignment(again, as('an')))).toMatchObject({
      reason: 'GUARDRAIL_REPEAT_PAIR',
    });
    expect(
      (
        await failure(
          client().proposeAssignment(
            { ...again, repeatOverrideReason: 'Tiếp tục đề án' },
            as('an'),
          ),
        )
      ).code,
    ).toBe(PERMISSION_DENIED);
    const { assignment } = await client().proposeAssignment(
      { ...again, repeatOverrideReason: 'Tiếp tục đề án năm 2027' },
      as('office'),
    );
    expect(assignment).toMatchObject({
      status: AssignmentStatus.PROPOSED,
      repeatOverrideReason: 'Tiếp tục đề án năm 2027',
    });
  });

  it('moves a declined proposal on to the next best mentor', async () => {
    const linh = anExpert({
      userSubject: subjectOf(tokens.linh),
      organisationCode: 'P48',
      provinceCode: 'P48',
      unit: 'Sở Nội vụ',
    });
    const second = aMentor({
      organisationCode: 'P92',
      provinceCode: 'P92',
      skills: [{ code: 'digital-transformation', verified: false }],
    });
    await publishExpert(nc, linh);
    await publishExpert(nc, second);
    await directoryCaughtUp();
    const { programme: open } = await client().createProgramme(
      { settings: programmeSettings({ opensOn: day(0), closesOn: day(1) }) },
      as('office'),
    );
    const { application } = await client().applyForMentoring(
      { programmeId: open?.id ?? '', details },
      as('linh'),
    );
    const { assignment } = await client().proposeAssignment(
      { applicationId: application?.id ?? '', mentorExpertId: duc.expertId },
      as('office'),
    );
    await client().respondToAssignment(
      {
        assignmentId: assignment?.id ?? '',
        expectedVersion: 1,
        accept: false,
        reason: 'Đang quá tải',
      },
      as('duc'),
    );
    let next = '';
    await waitUntil(async () => {
      const { application: moved } = await client().getApplication(
        { applicationId: application?.id ?? '' },
        as('linh'),
      );
      next = moved?.assignmentId ?? '';
      return moved?.status === ApplicationStatus.PROPOSED && next !== assignment?.id;
    }, 10_000);
    const { assignment: nextProposal } = await client().getAssignment(
      { assignmentId: next },
      as('office'),
    );
    expect(nextProposal?.mentor?.expertId).not.toBe(duc.expertId);
    const { application: after } = await client().getApplication(
      { applicationId: application?.id ?? '' },
      as('linh'),
    );
    expect(after?.declinedMentorIds).toEqual([duc.expertId]);
  });
});

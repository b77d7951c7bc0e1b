// The in-process tier: the service built by createMentoringApp against the real MongoDB-wire
// server and NATS of the running stack, with a clock the test moves. The spawned-process tests
// (pairs, capacity) keep the gRPC surface, the concurrency and the kill tests; these walk the
// use cases whose outcome depends on time (expiry) and the bulk run's adjustments.
import { randomUUID } from 'node:crypto';
import { resolveOrganisation, type Principal } from '@expertnet/platform';
import {
  inProcessServers,
  refusal,
  type InProcessServers,
} from '@expertnet/platform/testing/in-process.ts';
import { MENTORING_STREAM } from '@expertnet/proto/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMentoringApp, type MentoringApp } from '../../src/app.ts';
import type { ApplicationDetails, ProgrammeSettings } from '../../src/domain/index.ts';
import { DEFAULT_WEIGHTS } from '../../src/domain/matching/index.ts';
import type { ExpertFacts } from '../../src/repositories/pool.repository.ts';
import type { Caller } from '../../src/usecases/shared/caller.ts';

const DAY = 86_400_000;
let clock = new Date('2026-12-07T02:00:00Z');

const principal = (subject: string, org: string, roles: readonly string[]): Principal => ({
  subject,
  org,
  roles: new Set(roles),
  service: undefined,
});
const callerOf = (who: Principal): Caller => ({
  principal: who,
  verifiedEmail: undefined,
  context: {
    actor: { subject: who.subject, orgCode: who.org, roles: [...who.roles] },
    now: clock,
    resolve: resolveOrganisation,
  },
});
const office = () => callerOf(principal('office-subject', 'BKHCN', ['programme-office']));
const mentorCaller = (subject: string) => callerOf(principal(subject, 'P48', ['expert', 'mentor']));

const settings: ProgrammeSettings = {
  name: { vi: 'Kèm cặp thử', en: 'Trial mentoring' },
  description: '',
  opensOn: '2026-12-01',
  closesOn: '2027-03-01',
  targetPairs: 10,
  durationMonths: 3,
  rules: {
    mentorCohortIds: [],
    menteeCohortIds: [],
    menteeOrganisationCodes: [],
    certifiedMentorsOnly: false,
    weights: DEFAULT_WEIGHTS,
    maxDistanceKm: 0,
    respondWithinDays: 2,
  },
};

const details: ApplicationDetails = {
  topicCodes: ['digital-transformation'],
  goals: 'Lập kế hoạch chuyển đổi số',
  preferredMode: 'any',
  preferredProvinceCode: '',
  preferredLanguage: '',
  durationMonths: 3,
};

const facts = (overrides: Partial<ExpertFacts>): ExpertFacts => ({
  userSubject: '',
  fullName: 'Chuyên gia',
  organisationCode: 'P48',
  unit: `Đơn vị ${randomUUID().slice(0, 4)}`,
  provinceCode: 'P48',
  skills: [{ code: 'digital-transformation', level: 3, verified: true }],
  skillNames: {},
  topicCodes: [],
  languages: [],
  mode: 'any',
  availability: 'available',
  willing: true,
  maxMentees: 1,
  certified: true,
  profileVersion: 1,
  ...overrides,
});

describe('mentoring use cases in process, with a clock the test moves', () => {
  let servers: InProcessServers;
  let app: MentoringApp;
  /** Mentors by how well they fit: best has verified skills at expert level, worst declared basics. */
  const best = randomUUID();
  const good = randomUUID();
  const last = randomUUID();
  const menteeId = randomUUID();

  beforeAll(async () => {
    servers = await inProcessServers({
      service: 'mentoring',
      streams: [MENTORING_STREAM],
      outboxCollections: [],
    });
    app = await createMentoringApp({
      db: servers.db,
      now: () => clock,
      newId: randomUUID,
      eventsWritten: () => undefined,
      logger: servers.logger,
      poolMaxAgeMs: 1,
    });
    const add = (expertId: string, overrides: Partial<ExpertFacts>) =>
      app.applyProfile({ eventId: randomUUID(), expertId, facts: facts(overrides) });
    await add(best, {
      userSubject: 'best',
      skills: [{ code: 'digital-transformation', level: 4, verified: true }],
    });
    await add(good, {
      userSubject: 'good',
      skills: [{ code: 'digital-transformation', level: 3, verified: false }],
    });
    await add(last, {
      userSubject: 'last',
      skills: [{ code: 'digital-transformation', level: 1, verified: false }],
    });
    await add(menteeId, {
      userSubject: 'mentee',
      organisationCode: 'P01',
      provinceCode: 'P01',
      willing: false,
      maxMentees: 0,
    });
  });

  afterAll(async () => {
    await servers.close();
  });

  it('refuses an application for an unknown mentee on the field that named them', async () => {
    const programme = await app.createProgramme(office(), settings);
    const refused = await refusal(
      app.applyForMentoring(office(), {
        programmeId: programme.id,
        menteeExpertId: randomUUID(),
        menteeEnrolmentId: '',
        details,
      }),
    );
    expect(refused.kind).toBe('not-found');
    expect(refused.violations[0]?.field).toBe('mentee_expert_id');
  });

  it('moves an unanswered proposal on to the next best mentor when its time is up, until none is left', async () => {
    const programme = await app.createProgramme(office(), {
      ...settings,
      name: { vi: 'Hết hạn', en: 'Expiry' },
    });
    const application = await app.applyForMentoring(office(), {
      programmeId: programme.id,
      menteeExpertId: menteeId,
      menteeEnrolmentId: '',
      details,
    });
    const first = await app.proposeAssignment(office(), {
      applicationId: application.id,
      mentorExpertId: best,
      message: '',
      respondWithinDays: 0,
      repeatOverrideReason: '',
    });
    expect(first.respondBy.getTime() - clock.getTime()).toBe(2 * DAY);
    expect(await app.expireProposals()).toBe(0);

    const proposedTo = async () => {
      const current = await app.getApplication(office(), application.id);
      if (current.status !== 'proposed') return current.status;
      return (await app.getAssignment(office(), current.assignmentId)).assignment.mentor.expertId;
    };
    clock = new Date(clock.getTime() + 2 * DAY + 1);
    expect(await app.expireProposals()).toBe(1);
    expect(await proposedTo()).toBe(good);
    const expired = await app.getAssignment(office(), first.id);
    expect(expired.assignment.status).toBe('expired');
    expect((await app.getMentor(office(), best)).pending).toEqual([]);

    clock = new Date(clock.getTime() + 2 * DAY + 1);
    await app.expireProposals();
    expect(await proposedTo()).toBe(last);
    clock = new Date(clock.getTime() + 2 * DAY + 1);
    await app.expireProposals();
    expect(await proposedTo()).toBe('open');
    const after = await app.getApplication(office(), application.id);
    expect(after.declinedMentorIds).toEqual([best, good, last]);
  });

  it('ends a pair early with a reason and rematches the mentee with the next mentor', async () => {
    const programme = await app.createProgramme(office(), {
      ...settings,
      name: { vi: 'Ghép lại', en: 'Rematch' },
    });
    const mentee = randomUUID();
    await app.applyProfile({
      eventId: randomUUID(),
      expertId: mentee,
      facts: facts({
        userSubject: 'mentee-2',
        organisationCode: 'P79',
        provinceCode: 'P79',
        willing: false,
        maxMentees: 0,
      }),
    });
    const application = await app.applyForMentoring(office(), {
      programmeId: programme.id,
      menteeExpertId: mentee,
      menteeEnrolmentId: '',
      details,
    });
    const proposal = await app.proposeAssignment(office(), {
      applicationId: application.id,
      mentorExpertId: best,
      message: 'Mời anh/chị kèm cặp',
      respondWithinDays: 5,
      repeatOverrideReason: '',
    });
    const active = await app.respondToAssignment(mentorCaller('best'), {
      assignmentId: proposal.id,
      expectedVersion: proposal.version,
      accept: true,
      reason: '',
    });
    expect(active.status).toBe('active');
    const ended = await app.endAssignment(office(), {
      assignmentId: active.id,
      expectedVersion: active.version,
      outcome: 'ended-early',
      reason: 'Chuyên gia chuyển công tác',
      rematch: true,
    });
    expect(ended).toMatchObject({ status: 'ended-early', reason: 'Chuyên gia chuyển công tác' });
    const rematched = await app.getApplication(office(), application.id);
    expect(rematched.status).toBe('proposed');
    const next = await app.getAssignment(office(), rematched.assignmentId);
    expect(next.assignment.mentor.expertId).not.toBe(best);
    expect((await app.getMentor(office(), best)).active).toEqual([]);
  });

  it('lets the office adjust a draft run only within the guardrails, and leave an application out', async () => {
    const programme = await app.createProgramme(office(), {
      ...settings,
      name: { vi: 'Bảng ghép', en: 'Board' },
    });
    const mentees = await Promise.all(
      ['P92', 'P96'].map(async (province) => {
        const expertId = randomUUID();
        await app.applyProfile({
          eventId: randomUUID(),
          expertId,
          facts: facts({
            userSubject: `mentee-${province}`,
            organisationCode: province,
            provinceCode: province,
            willing: false,
            maxMentees: 0,
          }),
        });
        return app.applyForMentoring(office(), {
          programmeId: programme.id,
          menteeExpertId: expertId,
          menteeEnrolmentId: '',
          details,
        });
      }),
    );
    const capacious = randomUUID();
    await app.applyProfile({
      eventId: randomUUID(),
      expertId: capacious,
      facts: facts({ userSubject: 'capacious', maxMentees: 1 }),
    });
    const run = await app.runMatching(office(), programme.id);
    expect(run.status).toBe('draft');
    expect(run.optimal.menteesMatched + run.unmatchedApplicationIds.length).toBe(2);
    const [first, second] = mentees;
    // The plan may have put either application with the one-place mentor: the second is taken
    // out first, so the first can be moved there and the second then finds it full.
    const left = await app.adjustMatchRun(office(), {
      runId: run.id,
      expectedVersion: run.version,
      applicationId: second?.id ?? '',
      mentorExpertId: '',
      repeatOverrideReason: '',
    });
    expect(left.unmatchedApplicationIds).toContain(second?.id);
    const moved = await app.adjustMatchRun(office(), {
      runId: run.id,
      expectedVersion: left.version,
      applicationId: first?.id ?? '',
      mentorExpertId: capacious,
      repeatOverrideReason: '',
    });
    const full = await refusal(
      app.adjustMatchRun(office(), {
        runId: run.id,
        expectedVersion: moved.version,
        applicationId: second?.id ?? '',
        mentorExpertId: capacious,
        repeatOverrideReason: '',
      }),
    );
    expect(full.code).toBe('GUARDRAIL_AT_CAPACITY');
    const published = await app.publishMatchRun(office(), {
      runId: run.id,
      expectedVersion: moved.version,
    });
    expect(published.status).toBe('published');
    expect(published.pairs.map((pair) => pair.mentorId)).toEqual([capacious]);
    const again = await refusal(
      app.publishMatchRun(office(), { runId: run.id, expectedVersion: published.version }),
    );
    expect(again.code).toBe('MATCH_RUN_PUBLISHED');
  });
});

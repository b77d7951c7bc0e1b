import { fromBinary } from '@bufbuild/protobuf';
import { MENTORING_EVENTS, MENTORING_SUBJECTS } from '@expertnet/proto/events';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import {
  ApplicationStatus,
  AssignmentStatus,
  MatchRunStatus,
  MeetingMode,
} from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import { accessTokens } from '@expertnet/tests/support/keycloak.ts';
import { kill9, waitUntil } from '@expertnet/tests/support/processes.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aMentor,
  anExpert,
  caughtUp,
  failure,
  publishExpert,
  restartMentoring,
  startMentoring,
  stopMentoring,
  subjectOf,
  type RunningMentoring,
  type TestExpert,
} from '../support.ts';

const FAILED_PRECONDITION = 9;

type Users = 'office' | 'duc';
const USERNAMES: Record<Users, string> = { office: 'office.mai', duc: 'mentor.duc' };

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const settings = {
  name: { vi: 'Chuyên gia kèm cặp cán bộ tỉnh', en: 'Experts mentor provincial officers' },
  opensOn: day(-1),
  closesOn: day(30),
  targetPairs: 200,
  durationMonths: 6,
  rules: { weights: {} },
};

const details = {
  topicSkillCodes: ['digital-transformation'],
  goals: 'Nâng cao năng lực chuyển đổi số của sở',
  preferredMode: MeetingMode.ANY,
  durationMonths: 6,
};

/** Runs `task` over `items`, `width` at a time. */
async function inBatches<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) {
    results.push(...(await Promise.all(items.slice(start, start + width).map(task))));
  }
  return results;
}

describe('mentoring capacity against the real servers', () => {
  let nc: NatsConnection;
  let mongo: MongoClient;
  let service: RunningMentoring;
  let tokens: Record<Users, string>;
  const as = (user: Users) => ({ token: tokens[user] });

  const directoryCaughtUp = () =>
    caughtUp(nc, 'DIRECTORY', service.env.MENTORING_DIRECTORY_DURABLE);

  /** Fabricated mentees (experts without a sign-in), each of another unit, and their applications. */
  async function applicationsFor(programmeId: string, count: number, prefix: string) {
    const mentees = Array.from({ length: count }, (_, index) =>
      anExpert({
        organisationCode: 'P79',
        provinceCode: 'P79',
        unit: `${prefix} ${String(index)}`,
      }),
    );
    for (const mentee of mentees) await publishExpert(nc, mentee);
    await directoryCaughtUp();
    return inBatches(mentees, 10, async (mentee) => {
      const { application } = await service.client.applyForMentoring(
        { programmeId, menteeExpertId: mentee.expertId, details },
        as('office'),
      );
      return application?.id ?? '';
    });
  }

  beforeAll(async () => {
    nc = await connect({ servers: stackEnv('NATS_URL') });
    mongo = await MongoClient.connect(stackEnv('MONGO_URL'));
    tokens = await accessTokens(USERNAMES);
    service = await startMentoring();
  });

  afterAll(async () => {
    await stopMentoring(service, nc, mongo);
    await nc.close();
    await mongo.close();
  });

  it('gives exactly 2 active pairs from 16 concurrent acceptances for 2 free places', async () => {
    const duc: TestExpert = aMentor({
      userSubject: subjectOf(tokens.duc),
      organisationCode: 'BKHCN',
      provinceCode: 'P01',
      unit: 'Cục Chuyển đổi số quốc gia',
      maxMentees: 16,
    });
    await publishExpert(nc, duc);
    const { programme } = await service.client.createProgramme({ settings }, as('office'));
    const applications = await applicationsFor(programme?.id ?? '', 16, 'Phòng kèm cặp');
    const proposals = await inBatches(applications, 8, async (applicationId) => {
      const { assignment } = await service.client.proposeAssignment(
        { applicationId, mentorExpertId: duc.expertId },
        as('office'),
      );
      return assignment?.id ?? '';
    });
    // The mentor lowers the offer to 2 while the 16 proposals wait.
    await publishExpert(nc, { ...duc, maxMentees: 2, version: duc.version + 1 }, 'updated');
    await waitUntil(async () => {
      const { mentor } = await service.client.getMentor({ expertId: duc.expertId }, as('office'));
      return mentor?.maxMentees === 2;
    }, 30_000);

    const answers = await Promise.allSettled(
      proposals.map((assignmentId) =>
        service.client.respondToAssignment(
          { assignmentId, expectedVersion: 1, accept: true },
          as('duc'),
        ),
      ),
    );
    const accepted = answers.filter((answer) => answer.status === 'fulfilled');
    expect(accepted).toHaveLength(2);
    for (const answer of answers.filter((settled) => settled.status === 'rejected')) {
      expect(await failure(Promise.reject(answer.reason as Error))).toMatchObject({
        code: FAILED_PRECONDITION,
        reason: 'MENTOR_AT_CAPACITY',
      });
    }
    const { assignments } = await service.client.listAssignments(
      { mentorExpertId: duc.expertId, statuses: [AssignmentStatus.ACTIVE], page: { pageSize: 50 } },
      as('office'),
    );
    expect(assignments).toHaveLength(2);
    const { mentor } = await service.client.getMentor({ expertId: duc.expertId }, as('office'));
    expect(mentor).toMatchObject({ activeMentees: 2, maxMentees: 2, remaining: 0 });
  });

  it('survives a SIGKILL while publishing a bulk match of 200 mentees: one proposal each, no mentor over capacity, each event once', async () => {
    const mentors = Array.from({ length: 60 }, (_, index) =>
      aMentor({
        organisationCode: 'P48',
        provinceCode: 'P48',
        unit: `Ban ${String(index)}`,
        maxMentees: 4,
      }),
    );
    for (const mentor of mentors) await publishExpert(nc, mentor);
    const { programme } = await service.client.createProgramme(
      { settings: { ...settings, opensOn: day(-1), closesOn: day(30) } },
      as('office'),
    );
    // A new programme for new mentees: the fabricated ones have no sign-in, so no overlap rule binds them.
    const applications = await applicationsFor(programme?.id ?? '', 200, 'Phòng nhận kèm cặp');
    const { run } = await service.client.runMatching(
      { programmeId: programme?.id ?? '' },
      as('office'),
    );
    expect(run?.pairs).toHaveLength(200);
    expect(run?.optimal?.menteesMatched).toBe(200);

    const stored = mongo.db(service.env.MENTORING_DB).collection('assignments');
    const ours = { programmeId: programme?.id ?? '' };
    const publishing = service.client
      .publishMatchRun({ runId: run?.id ?? '', expectedVersion: run?.version ?? 0 }, as('office'))
      .catch(() => undefined);
    await waitUntil(async () => (await stored.countDocuments(ours)) >= 20, 60_000);
    await kill9(service.child);
    const atKill = await stored.countDocuments(ours);
    await publishing;
    expect(atKill).toBeLessThan(200);

    service = { ...service, ...(await restartMentoring(service.env)) };
    await waitUntil(async () => {
      const { run: after } = await service.client.getMatchRun(
        { runId: run?.id ?? '' },
        as('office'),
      );
      return after?.status === MatchRunStatus.PUBLISHED;
    }, 60_000);

    const proposals = await stored.find(ours).toArray();
    const perApplication = new Map<string, number>();
    for (const proposal of proposals) {
      const applicationId = String(proposal.applicationId);
      perApplication.set(applicationId, (perApplication.get(applicationId) ?? 0) + 1);
    }
    expect([...perApplication.values()].every((count) => count === 1)).toBe(true);
    expect(new Set(perApplication.keys())).toEqual(new Set(applications));
    for (const applicationId of applications) {
      const { application } = await service.client.getApplication({ applicationId }, as('office'));
      expect(application?.status).toBe(ApplicationStatus.PROPOSED);
    }
    for (const mentor of mentors) {
      const { mentor: places } = await service.client.getMentor(
        { expertId: mentor.expertId },
        as('office'),
      );
      expect((places?.pendingProposals ?? 0) + (places?.activeMentees ?? 0)).toBeLessThanOrEqual(4);
    }
    const loads = new Map<string, number>();
    for (const proposal of proposals) {
      const mentorId = (proposal.mentor as { expertId: string }).expertId;
      loads.set(mentorId, (loads.get(mentorId) ?? 0) + 1);
    }
    expect(Math.max(...loads.values())).toBeLessThanOrEqual(4);

    // Each AssignmentProposed exists once in the stream (the relay publishes by event id).
    const ids = new Set(proposals.map((proposal) => String(proposal._id)));
    const consumer = await jetstream(nc).consumers.get('MENTORING', {
      filter_subjects: [MENTORING_SUBJECTS.assignmentProposed],
      deliver_policy: DeliverPolicy.All,
    });
    const seen = new Map<string, number>();
    await waitUntil(async () => {
      for (;;) {
        const message = await consumer.next({ expires: 1_000 });
        if (message === null) break;
        const envelope = fromBinary(EventEnvelopeSchema, message.data);
        const event = fromBinary(
          MENTORING_EVENTS[MENTORING_SUBJECTS.assignmentProposed],
          envelope.data,
        );
        const assignmentId = event.assignment?.assignmentId ?? '';
        if (ids.has(assignmentId)) seen.set(assignmentId, (seen.get(assignmentId) ?? 0) + 1);
      }
      return seen.size === ids.size;
    }, 60_000);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
  }, 300_000);
});

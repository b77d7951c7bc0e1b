import { randomUUID } from 'node:crypto';
import { fromBinary } from '@bufbuild/protobuf';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { decodeEnvelope, richStatusOf } from '@expertnet/platform';
import {
  NominationAcceptedSchema,
  NominationRejectedSchema,
  NominationReturnedSchema,
  NominationSubmittedSchema,
  NominationWaitlistedSchema,
  NominationWithdrawnSchema,
} from '@expertnet/proto/expertnet/nominations/v1/events_pb.ts';
import {
  DecisionOutcome,
  NominationStatus,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { accessTokens } from '@expertnet/tests/support/keycloak.ts';
import { kill9 } from '@expertnet/tests/support/processes.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
type ServiceError = Parameters<typeof richStatusOf>[0] & { code: number };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidate, decisionLetter, nationalId, officer, startNominations } from '../support.ts';

/** Every nomination event carries the nomination's facts as its first field. */
const NOMINATION_EVENTS: Record<string, typeof NominationSubmittedSchema | undefined> = {
  'nominations.nomination.submitted': NominationSubmittedSchema,
  'nominations.nomination.returned':
    NominationReturnedSchema as unknown as typeof NominationSubmittedSchema,
  'nominations.nomination.accepted':
    NominationAcceptedSchema as unknown as typeof NominationSubmittedSchema,
  'nominations.nomination.rejected':
    NominationRejectedSchema as unknown as typeof NominationSubmittedSchema,
  'nominations.nomination.waitlisted':
    NominationWaitlistedSchema as unknown as typeof NominationSubmittedSchema,
  'nominations.nomination.withdrawn':
    NominationWithdrawnSchema as unknown as typeof NominationSubmittedSchema,
};

type Service = Awaited<ReturnType<typeof startNominations>>;
type Users = 'office' | 'reviewer' | 'hanoi' | 'hcm' | 'byt' | 'expert';

const failure = async (call: Promise<unknown>) => {
  const error = (await call.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as ServiceError | undefined;
  if (error === undefined) throw new Error('the call succeeded; an error was expected');
  return { code: error.code, ...richStatusOf(error) };
};

describe('nominations: a round from opening to decisions, against the real servers', () => {
  let service: Service;
  let nc: NatsConnection;
  let tokens: Record<Users, string>;
  let roundId: string;
  let roundVersion: number;
  const events: { subject: string; id: string; nominationId: string }[] = [];
  const as = (user: Users) => ({ token: tokens[user] });

  beforeAll(async () => {
    service = await startNominations();
    tokens = await accessTokens<Users>({
      office: 'office.mai',
      reviewer: 'reviewer.hung',
      hanoi: 'nominator.hanoi',
      hcm: 'nominator.hcm',
      byt: 'nominator.byt',
      expert: 'expert.an',
    });
    nc = await connect({ servers: stackEnv('NATS_URL') });
    const jsm = await jetstreamManager(nc);
    await waitForStream(jsm);
    const { state } = await jsm.streams.info('NOMINATIONS');
    const consumer = await jetstream(nc).consumers.get('NOMINATIONS', {
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: state.last_seq + 1,
    });
    const messages = await consumer.consume();
    void (async () => {
      for await (const message of messages) {
        const envelope = decodeEnvelope(message.data);
        const schema = NOMINATION_EVENTS[envelope.subject];
        const nominationId =
          schema === undefined
            ? ''
            : (fromBinary(schema, envelope.data).nomination?.nominationId ?? '');
        events.push({ subject: envelope.subject, id: envelope.id, nominationId });
      }
    })();
  });

  afterAll(async () => {
    await kill9(service.child);
    await nc.close();
  });

  it('lets the programme office open a round with quotas', async () => {
    const now = Date.now();
    const created = await service.client.createRound(
      {
        settings: {
          name: { vi: 'Đợt tuyển chọn 2026', en: 'Intake 2026' },
          opensAt: timestampFromMs(now - 60_000),
          closesAt: timestampFromMs(now + 30 * 86_400_000),
          eligibility: { maxAge: 50, minYearsOfService: 3 },
          rubric: [
            {
              code: 'experience',
              name: { vi: 'Kinh nghiệm CĐS', en: 'Experience' },
              maxScore: 10,
              weight: 60,
            },
            {
              code: 'motivation',
              name: { vi: 'Động lực', en: 'Motivation' },
              maxScore: 10,
              weight: 40,
            },
          ],
          reminderDaysBeforeClose: [7, 1],
        },
      },
      as('office'),
    );
    roundId = created.round?.id ?? '';
    await service.client.setQuotas(
      {
        roundId,
        quotas: [
          { organisation: { code: 'P01' }, floor: 2, ceiling: 3 },
          { organisation: { code: 'P79' }, floor: 1, ceiling: 1 },
          { organisation: { code: 'BYT' }, floor: 1, ceiling: 2 },
        ],
      },
      as('office'),
    );
    const round = await service.client.getRound({ roundId }, as('office'));
    const opened = await service.client.openRound(
      { roundId, expectedVersion: round.round?.version ?? 0 },
      as('office'),
    );
    roundVersion = opened.round?.version ?? 0;
    expect(opened.round?.status).toBe(3); // OPEN
  });

  /** Creates a draft with its decision letter; returns the nomination. */
  async function draft(user: Users, org: string, name: string) {
    const created = await service.client.createNomination(
      {
        requestId: randomUUID(),
        roundId,
        organisation: { code: org },
        candidate: candidate(name),
        nationalId: nationalId(),
        officer,
      },
      as(user),
    );
    const id = created.nomination?.id ?? '';
    const withLetter = await service.client.addDocument(
      { nominationId: id, expectedVersion: created.nomination?.version ?? 0, ...decisionLetter },
      as(user),
    );
    return withLetter.nomination;
  }

  it('takes nominations from a ministry and two provinces through return, scoring and decisions', async () => {
    const hanoi = await draft('hanoi', 'P01', 'Nguyễn Thị Thu Hà');
    const hcm = await draft('hcm', 'P79', 'Lê Minh Tuấn');
    const byt = await draft('byt', 'BYT', 'Phạm Quốc Bảo');
    const submit = async (user: Users, id: string, version: number) =>
      (
        await service.client.submitNomination(
          { nominationId: id, expectedVersion: version },
          as(user),
        )
      ).nomination;
    const submitted = await Promise.all([
      submit('hanoi', hanoi?.id ?? '', hanoi?.version ?? 0),
      submit('hcm', hcm?.id ?? '', hcm?.version ?? 0),
      submit('byt', byt?.id ?? '', byt?.version ?? 0),
    ]);
    expect(submitted.map((n) => n?.status)).toEqual(Array(3).fill(NominationStatus.SUBMITTED));

    const returned = await service.client.returnNomination(
      {
        nominationId: hanoi?.id ?? '',
        expectedVersion: submitted[0]?.version ?? 0,
        reason: 'Thiếu chữ ký trên quyết định cử',
      },
      as('reviewer'),
    );
    expect(returned.nomination?.status).toBe(NominationStatus.RETURNED);
    const resubmitted = await submit('hanoi', hanoi?.id ?? '', returned.nomination?.version ?? 0);
    expect(resubmitted?.status).toBe(NominationStatus.RESUBMITTED);

    const all = [resubmitted, submitted[1], submitted[2]];
    const scored = [];
    for (const nomination of all) {
      const result = await service.client.scoreNomination(
        {
          nominationId: nomination?.id ?? '',
          scores: [
            { criterionCode: 'experience', score: 8 },
            { criterionCode: 'motivation', score: 9 },
          ],
        },
        as('reviewer'),
      );
      scored.push(result.nomination);
    }
    expect(scored.map((n) => n?.status)).toEqual(Array(3).fill(NominationStatus.UNDER_REVIEW));
    expect(scored[0]?.averageScore).toBeCloseTo(84);

    const outcomes = [
      DecisionOutcome.ACCEPTED,
      DecisionOutcome.WAITLISTED,
      DecisionOutcome.REJECTED,
    ];
    const decided = await Promise.all(
      scored.map(
        async (nomination, index) =>
          (
            await service.client.decideNomination(
              {
                nominationId: nomination?.id ?? '',
                expectedVersion: nomination?.version ?? 0,
                outcome: outcomes[index] ?? DecisionOutcome.ACCEPTED,
                reason: 'Theo kết quả chấm điểm của hội đồng',
              },
              as('office'),
            )
          ).nomination,
      ),
    );
    expect(decided.map((n) => n?.status)).toEqual([
      NominationStatus.ACCEPTED,
      NominationStatus.WAITLISTED,
      NominationStatus.REJECTED,
    ]);

    // Each event once: 4 submissions (one a resubmission), 1 return, 3 decisions.
    const ids = new Set(all.map((n) => n?.id));
    await expect
      .poll(() => events.filter((e) => ids.has(e.nominationId)).length, { timeout: 15_000 })
      .toBe(8);
    const ours = events.filter((e) => ids.has(e.nominationId));
    expect(new Set(ours.map((e) => e.id)).size).toBe(ours.length);
    expect(ours.filter((e) => e.subject === 'nominations.nomination.submitted')).toHaveLength(4);
    expect(ours.filter((e) => e.subject === 'nominations.nomination.accepted')).toHaveLength(1);

    const revisions = await service.client.listNominationRevisions(
      { nominationId: hanoi?.id ?? '' },
      as('hanoi'),
    );
    expect(revisions.revisions.map((r) => r.action)).toEqual([
      'CreateNomination',
      'AddDocument',
      'SubmitNomination',
      'ReturnNomination',
      'SubmitNomination',
      'ScoreNomination',
      'DecideNomination',
    ]);
    const ledger = await service.client.getQuotaLedger({ roundId }, as('hanoi'));
    expect(
      ledger.entries.map((e) => [e.organisation?.code, e.submitted, e.accepted, e.shortfall]),
    ).toEqual([['P01', 1, 1, 1]]);
  });

  it('refuses bad input with field-level errors and leaves nothing half-written', async () => {
    const invalid = await failure(
      service.client.createNomination(
        {
          requestId: randomUUID(),
          roundId,
          organisation: { code: 'P01' },
          candidate: candidate('Đỗ Văn Nam', { email: 'not-an-email', phone: '12' }),
          nationalId: '123',
          officer,
        },
        as('hanoi'),
      ),
    );
    expect(invalid.code).toBe(3);
    expect(invalid.violations.map((v) => v.field).sort()).toEqual([
      'candidate.email',
      'candidate.phone',
      'national_id',
    ]);

    const unknownOrg = await failure(
      service.client.setQuotas(
        { roundId, quotas: [{ organisation: { code: 'P99' }, floor: 0, ceiling: 1 }] },
        as('office'),
      ),
    );
    expect(unknownOrg.violations[0]?.field).toBe('quotas[0].organisation.code');

    const otherOrg = await failure(
      service.client.createNomination(
        {
          requestId: randomUUID(),
          roundId,
          organisation: { code: 'P79' },
          candidate: candidate('Vũ Thị Lan'),
          nationalId: nationalId(),
          officer,
        },
        as('hanoi'),
      ),
    );
    expect([otherOrg.code, otherOrg.reason]).toEqual([7, 'ORG_SCOPE_VIOLATION']);
    const expert = await failure(service.client.listNominations({ roundId }, as('expert')));
    expect([expert.code, expert.reason]).toEqual([7, 'ROLE_REQUIRED']);

    const noLetter = await service.client.createNomination(
      {
        requestId: randomUUID(),
        roundId,
        organisation: { code: 'P01' },
        candidate: candidate('Hoàng Văn Đức'),
        nationalId: nationalId(),
        officer,
      },
      as('hanoi'),
    );
    const missing = await failure(
      service.client.submitNomination(
        {
          nominationId: noLetter.nomination?.id ?? '',
          expectedVersion: noLetter.nomination?.version ?? 0,
        },
        as('hanoi'),
      ),
    );
    expect(missing.reason).toBe('DECISION_LETTER_MISSING');
    const unchanged = await service.client.getNomination(
      { nominationId: noLetter.nomination?.id ?? '' },
      as('hanoi'),
    );
    expect(unchanged.nomination?.version).toBe(noLetter.nomination?.version);
  });

  it('stops at the ceiling and lets one of two concurrent edits win', async () => {
    // P79's ceiling is 1 and its only slot is taken (waitlisted holds a slot).
    const second = await draft('hcm', 'P79', 'Trịnh Công Sơn');
    const over = await failure(
      service.client.submitNomination(
        { nominationId: second?.id ?? '', expectedVersion: second?.version ?? 0 },
        as('hcm'),
      ),
    );
    expect(over.code).toBe(9);
    expect(over.reason).toBe('QUOTA_EXCEEDED');

    const edit = (position: string) =>
      service.client.updateNomination(
        {
          nominationId: second?.id ?? '',
          expectedVersion: second?.version ?? 0,
          candidate: candidate('Trịnh Công Sơn', { position }),
          officer,
        },
        as('hcm'),
      );
    const results = await Promise.allSettled([edit('Trưởng phòng'), edit('Phó Giám đốc Sở')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected');
    expect(richStatusOf(loser?.reason as ServiceError).reason).toBe('VERSION_CONFLICT');
  });

  it('gives the last slots to exactly as many concurrent submissions as the ceiling allows', async () => {
    // BYT's ceiling is 2 and its only submission so far was rejected, which frees its slot.
    const drafts = await Promise.all(
      ['Lâm Văn An', 'Tạ Thị Bình', 'Chu Văn Cường', 'Kiều Thị Dung'].map((name) =>
        draft('byt', 'BYT', name),
      ),
    );
    const results = await Promise.allSettled(
      drafts.map((nomination) =>
        service.client.submitNomination(
          { nominationId: nomination?.id ?? '', expectedVersion: nomination?.version ?? 0 },
          as('byt'),
        ),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(2);
    const refused = results.flatMap((result) =>
      result.status === 'rejected' ? [richStatusOf(result.reason as ServiceError).reason] : [],
    );
    expect(refused).toEqual(['QUOTA_EXCEEDED', 'QUOTA_EXCEEDED']);
    const ledger = await service.client.getQuotaLedger(
      { roundId, organisations: [{ code: 'BYT' }] },
      as('office'),
    );
    expect(ledger.entries[0]?.remaining).toBe(0);
  });

  it('flags the same person nominated by two organisations', async () => {
    const person = nationalId();
    const nominate = (user: Users, org: string) =>
      service.client.createNomination(
        {
          requestId: randomUUID(),
          roundId,
          organisation: { code: org },
          candidate: candidate('Ngô Bảo Châu'),
          nationalId: person,
          officer,
        },
        as(user),
      );
    await nominate('hanoi', 'P01');
    await nominate('byt', 'BYT');
    const flags = await service.client.listDuplicateFlags({ roundId }, as('office'));
    expect(flags.flags).toHaveLength(1);
    expect(flags.flags[0]?.matches.map((m) => m.organisation?.code).sort()).toEqual(['BYT', 'P01']);
  });

  it('keeps every write across a SIGKILL of the service', async () => {
    await kill9(service.child);
    service.child = await service.restart();
    const round = await service.client.getRound({ roundId }, as('office'));
    expect(round.round?.version).toBeGreaterThanOrEqual(roundVersion);
  });
});

async function waitForStream(jsm: Awaited<ReturnType<typeof jetstreamManager>>) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      await jsm.streams.info('NOMINATIONS');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

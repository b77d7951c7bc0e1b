// The in-process tier: the nominations service built through createNominationsApp against the
// real MongoDB-wire server and NATS of the running stack, on a fresh database, with a fixed clock
// and id source. Use cases are called directly, as the gRPC handlers call them; the outbox goes
// through the real relay to JetStream.
import { randomBytes, randomUUID } from 'node:crypto';
import { fromBinary } from '@bufbuild/protobuf';
import { decodeEnvelope, resolveOrganisation, type Principal } from '@expertnet/platform';
import {
  inProcessServers,
  refusal,
  sequentialIds,
  type InProcessServers,
} from '@expertnet/platform/testing/in-process.ts';
import {
  NOMINATIONS_EVENTS,
  NOMINATIONS_STREAM,
  NOMINATIONS_SUBJECTS,
} from '@expertnet/proto/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNominationsApp, OUTBOX_COLLECTIONS, type NominationsApp } from '../../src/app.ts';
import { authorise, type Nomination, type Operation } from '../../src/domain/index.ts';
import type { Caller } from '../../src/usecases/shared/dependencies.ts';
import { aCandidate, roundSettings } from '../fixtures.ts';
import { nationalId } from '../support.ts';

/** 10:00 on 15 September 2025, Vietnam time, inside the fixtures' round window. */
const DURING = new Date('2025-09-15T03:00:00Z');
const AFTER_CLOSE = new Date('2025-10-01T03:00:00Z');
const run = randomUUID().slice(0, 8);

const person = (subject: string, org: string, roles: string[]): Principal => ({
  subject: `${subject}-${run}`,
  org,
  roles: new Set(roles),
  service: undefined,
});
const OFFICE = person('office', 'BTTTT', ['programme-office']);
const HANOI = person('nominator-hanoi', 'P01', ['nominator']);
const HCM = person('nominator-hcm', 'P79', ['nominator']);

/** The caller as a handler makes it: the access check's scope for the operation. */
const as = (principal: Principal, operation: Operation, organisationCode?: string): Caller => ({
  principal,
  scope: authorise(principal, operation, { organisationCode, resolve: resolveOrganisation }),
});

const officer = {
  fullName: 'Trần Văn Bình',
  position: 'Chánh Văn phòng',
  email: 'vanphong@cds.gov.vn',
  phone: '',
};

describe('nominations use cases in process, against the real servers', () => {
  let servers: InProcessServers;
  let app: NominationsApp;
  let roundId: string;
  let now = DURING;
  const newId = sequentialIds(run);

  /** A draft of `principal`'s organisation with its decision letter, ready to submit. */
  async function readyDraft(principal: Principal, name: string): Promise<Nomination> {
    const draft = await app.createNomination(as(principal, 'CreateNomination', principal.org), {
      requestId: randomUUID(),
      roundId,
      organisationCode: principal.org,
      candidate: aCandidate({ fullName: name, email: `${randomUUID().slice(0, 8)}@cds.gov.vn` }),
      nationalId: nationalId(),
      officer,
    });
    return app.addDocument(as(principal, 'AddDocument'), {
      nominationId: draft.id,
      expectedVersion: draft.version,
      kind: 'decision-letter',
      fileName: 'quyet-dinh-cu.pdf',
      contentType: 'application/pdf',
      sizeBytes: 120_000,
      sha256: 'a'.repeat(64),
      storageKey: `nominations/${draft.id}.pdf`,
    });
  }

  const submit = (principal: Principal, nomination: Nomination, expectedVersion?: number) =>
    app.submitNomination(as(principal, 'SubmitNomination'), {
      nominationId: nomination.id,
      expectedVersion: expectedVersion ?? nomination.version,
    });

  beforeAll(async () => {
    servers = await inProcessServers({
      service: 'nominations',
      streams: [NOMINATIONS_STREAM],
      outboxCollections: OUTBOX_COLLECTIONS,
    });
    app = await createNominationsApp({
      db: servers.db,
      nationalIdKey: randomBytes(32),
      now: () => now,
      newId,
      eventsWritten: servers.eventsWritten,
    });
    servers.relay.start();

    const round = await app.createRound(roundSettings());
    roundId = round.id;
    await app.setQuotas(as(OFFICE, 'SetQuotas'), {
      roundId,
      quotas: [
        { organisationCode: 'P01', floor: 1, ceiling: 1 },
        { organisationCode: 'P79', floor: 0, ceiling: 2 },
      ],
      replaceAll: true,
    });
    const quoted = await app.getRound(as(OFFICE, 'GetRound'), { roundId });
    await app.openRound(as(OFFICE, 'OpenRound'), { roundId, expectedVersion: quoted.version });
  });

  afterAll(async () => {
    await servers.close();
  });

  it('submits a nomination into its slot and publishes NominationSubmitted', async () => {
    const published = servers.nc.subscribe(NOMINATIONS_SUBJECTS.nominationSubmitted, {
      timeout: 20_000,
    });
    const draft = await readyDraft(HANOI, 'Nguyễn Thị Thu Hà');
    const submitted = await submit(HANOI, draft);
    expect(submitted).toMatchObject({ status: 'submitted', submittedAt: DURING, version: 3 });
    expect(submitted.createdAt).toEqual(DURING);

    const ledger = await app.getQuotaLedger(as(HANOI, 'GetQuotaLedger'), {
      roundId,
      organisationCodes: [],
      onlyBelowFloor: false,
    });
    expect(ledger.entries).toEqual([
      expect.objectContaining({ organisationCode: 'P01', submitted: 1, remaining: 0 }),
    ]);

    for await (const message of published) {
      const envelope = decodeEnvelope(message.data);
      const schema = NOMINATIONS_EVENTS[NOMINATIONS_SUBJECTS.nominationSubmitted];
      const event = fromBinary(schema, envelope.data);
      if (event.nomination?.nominationId !== draft.id) continue;
      expect(envelope.orgCode).toBe('P01');
      expect(envelope.actor?.subject).toBe(HANOI.subject);
      break;
    }
    published.unsubscribe();
  });

  it('refuses a submission over the ceiling, and a failed save gives its slot back', async () => {
    const second = await readyDraft(HANOI, 'Lê Văn Minh');
    const over = await refusal(submit(HANOI, second));
    expect([over.kind, over.code]).toEqual(['failed-precondition', 'QUOTA_EXCEEDED']);
    expect(over.message).toBe('organisation P01 has reached its ceiling of 1');

    // Two slots for HCM: a stale version fails after the claim, and gives the slot back...
    const first = await readyDraft(HCM, 'Phạm Thị Hoa');
    const stale = await refusal(submit(HCM, first, first.version - 1));
    expect(stale.code).toBe('VERSION_CONFLICT');
    // ...so both slots are still there for two others, and a third is refused.
    await submit(HCM, await readyDraft(HCM, 'Võ Văn Tài'));
    await submit(HCM, first);
    const third = await refusal(submit(HCM, await readyDraft(HCM, 'Đỗ Thị Mai')));
    expect(third.code).toBe('QUOTA_EXCEEDED');

    // A withdrawal gives the slot back: Hà Nội's second nomination gets in.
    const [held] = (
      await app.listNominations(as(HANOI, 'ListNominations'), {
        organisationCodes: [],
        statuses: ['submitted'],
        text: '',
        onlyFlagged: false,
        order: 'name',
        page: { pageSize: 10, cursor: '' },
      })
    ).items;
    expect(held?.organisationCode).toBe('P01');
    await app.withdrawNomination(as(HANOI, 'WithdrawNomination'), {
      nominationId: held?.id ?? '',
      expectedVersion: held?.version ?? 0,
      reason: 'Chuyển công tác',
    });
    expect((await submit(HANOI, second)).status).toBe('submitted');
  });

  it('keeps a nominator inside their organisation through every use case', async () => {
    const hanoi = await readyDraft(HANOI, 'Bùi Thị Ngọc Lan');
    const outside = await refusal(
      app.getNomination(as(HCM, 'GetNomination'), { nominationId: hanoi.id }),
    );
    expect([outside.kind, outside.code]).toEqual(['permission-denied', 'ORG_SCOPE_VIOLATION']);
    const withdraw = await refusal(
      app.withdrawNomination(as(HCM, 'WithdrawNomination'), {
        nominationId: hanoi.id,
        expectedVersion: hanoi.version,
        reason: 'Không phải của tôi',
      }),
    );
    expect(withdraw.code).toBe('ORG_SCOPE_VIOLATION');
    const created = await refusal(
      app.createNomination(
        // The access check passed for HCM's own organisation; the data names Hà Nội.
        as(HCM, 'CreateNomination', 'P79'),
        {
          requestId: randomUUID(),
          roundId,
          organisationCode: 'P01',
          candidate: aCandidate(),
          nationalId: nationalId(),
          officer,
        },
      ),
    );
    expect(created.code).toBe('ORG_SCOPE_VIOLATION');

    const listed = await app.listNominations(as(HCM, 'ListNominations'), {
      organisationCodes: ['P01'],
      statuses: [],
      text: '',
      onlyFlagged: false,
      order: 'updated-desc',
      page: { pageSize: 100, cursor: '' },
    });
    expect(listed.items.length).toBeGreaterThan(0);
    expect(new Set(listed.items.map((item) => item.organisationCode))).toEqual(new Set(['P79']));
    const ledger = await app.getQuotaLedger(as(HCM, 'GetQuotaLedger'), {
      roundId,
      organisationCodes: ['P01'],
      onlyBelowFloor: false,
    });
    expect(ledger.entries.map((entry) => entry.organisationCode)).toEqual([]);
    const office = await app.getNomination(as(OFFICE, 'GetNomination'), { nominationId: hanoi.id });
    expect(office.id).toBe(hanoi.id);
  });

  it('closes the round at its deadline once, from the sweep', async () => {
    now = AFTER_CLOSE;
    const outcomes = await app.sweepDeadlines();
    expect(outcomes).toEqual([{ roundId, result: 'closed' }]);
    expect(await app.sweepDeadlines()).toEqual([]);
    const round = await app.getRound(as(HCM, 'GetRound'), { roundId });
    expect(round.status).toBe('closed');
  });
});

// The in-process tier: the service built by createCoordinationApp on the running stack's real
// MongoDB-wire server and NATS, with a clock the test moves across Tết 2026. The directory's
// ranking is a fixed list here; the spawned-process tests ask the real directory.
import { randomUUID } from 'node:crypto';
import { resolveOrganisation, type Principal } from '@expertnet/platform';
import { inProcessServers, type InProcessServers } from '@expertnet/platform/testing/in-process.ts';
import { COORDINATION_STREAM } from '@expertnet/proto/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoordinationApp, type CoordinationApp } from '../../src/app.ts';
import type { SupportRequestDetails } from '../../src/domain/index.ts';
import { REQUESTS_COLLECTION } from '../../src/repositories/requests.repository.ts';
import type { Caller } from '../../src/usecases/shared/dependencies.ts';

/** Friday 13 February 2026, 10:00 in Hà Nội: the last working day before the Tết break. */
let clock = new Date('2026-02-13T03:00:00Z');

const callerOf = (subject: string, org: string, roles: readonly string[]): Caller => {
  const principal: Principal = { subject, org, roles: new Set(roles), service: undefined };
  return {
    principal,
    context: {
      actor: { subject, orgCode: org, roles: [...roles] },
      now: clock,
      resolve: resolveOrganisation,
    },
  };
};
const coordinator = () => callerOf('hanoi', 'P01', ['province-coordinator']);
const office = () => callerOf('office', 'BKHCN', ['programme-office']);

const details: SupportRequestDetails = {
  title: 'Chuẩn hóa dữ liệu đất đai',
  description:
    'Hỗ trợ chuẩn hóa và liên thông cơ sở dữ liệu đất đai của thành phố với hệ thống quốc gia.',
  sectorCode: 'land',
  skills: [{ code: 'data-governance', minLevel: undefined, verifiedOnly: false }],
  mode: 'remote',
  provinceCode: 'P01',
  address: '',
  startDate: '2026-03-02',
  endDate: '2026-03-20',
  expertsNeeded: 1,
  languageCodes: [],
  contact: { fullName: 'Bùi Phương Thảo', email: 'thao@hanoi.gov.vn', phone: '0912345678' },
  localPlan: '',
  scope: '',
  deliverables: [],
  effortDays: 5,
  urgency: 'high',
  attachments: [],
};

describe('service levels in Vietnamese working days, across Tết', () => {
  let servers: InProcessServers;
  let app: CoordinationApp;

  beforeAll(async () => {
    servers = await inProcessServers({
      service: 'coordination',
      streams: [COORDINATION_STREAM],
      outboxCollections: [REQUESTS_COLLECTION],
    });
    app = await createCoordinationApp({
      db: servers.db,
      now: () => clock,
      newId: randomUUID,
      eventsWritten: servers.eventsWritten,
      logger: servers.logger,
      findCandidates: () => Promise.resolve([]),
    });
  });

  afterAll(async () => {
    await servers.close();
  });

  it('gives triage two working days after the break, and escalates a breach once', async () => {
    const draft = await app.createSupportRequest(coordinator(), {
      requestId: randomUUID(),
      organisationCode: 'P01',
      details,
    });
    const submitted = await app.submitSupportRequest(coordinator(), {
      id: draft.id,
      expectedVersion: draft.version,
    });
    // Tết 2026: 14–22 February off, so two working days from the 13th end on Tuesday 24th.
    expect(submitted.serviceLevel.triageDueAt?.toISOString()).toBe('2026-02-24T16:59:59.999Z');

    clock = new Date('2026-02-20T03:00:00Z');
    expect(await app.escalateBreaches()).toBe(0);
    clock = new Date('2026-02-24T16:00:00Z');
    expect(await app.escalateBreaches()).toBe(0);
    clock = new Date('2026-02-25T02:00:00Z');
    expect(await app.escalateBreaches()).toBe(1);
    expect(await app.escalateBreaches()).toBe(0);

    const { request } = await app.getSupportRequest(office(), draft.id);
    expect(request.serviceLevel.escalations).toEqual([
      {
        level: 'triage',
        dueAt: new Date('2026-02-24T16:59:59.999Z'),
        escalatedAt: new Date('2026-02-25T02:00:00Z'),
      },
    ]);
    const stored = await servers.db
      .collection(REQUESTS_COLLECTION)
      .findOne({ _id: draft.id as never });
    const subjects = ((stored?.outbox ?? []) as { subject: string }[]).map(
      (entry) => entry.subject,
    );
    expect(subjects.filter((subject) => subject === 'coordination.request.escalated')).toHaveLength(
      1,
    );

    // Accepted on Wednesday 25th, the first offers are due three working days later (Monday 2 March).
    const accepted = await app.triageSupportRequest(office(), {
      id: draft.id,
      expectedVersion: request.version,
      action: 'accept',
      reason: '',
      priority: 'high',
      mergeIntoRequestId: '',
    });
    expect(accepted.serviceLevel.firstOfferDueAt?.toISOString()).toBe('2026-03-02T16:59:59.999Z');
    clock = new Date('2026-03-03T01:00:00Z');
    expect(await app.escalateBreaches()).toBe(1);
  });

  it('takes the service levels the office sets, refusing a stale version', async () => {
    expect((await app.getServiceLevels(office())).levels).toEqual({
      triageWorkingDays: 2,
      firstOfferWorkingDays: 3,
    });
    const set = await app.setServiceLevels(office(), {
      levels: { triageWorkingDays: 1, firstOfferWorkingDays: 5 },
      expectedVersion: 0,
    });
    expect(set).toEqual({ levels: { triageWorkingDays: 1, firstOfferWorkingDays: 5 }, version: 1 });
    await expect(
      app.setServiceLevels(office(), {
        levels: { triageWorkingDays: 3, firstOfferWorkingDays: 3 },
        expectedVersion: 0,
      }),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    await expect(
      app.setServiceLevels(coordinator(), {
        levels: { triageWorkingDays: 3, firstOfferWorkingDays: 3 },
        expectedVersion: 1,
      }),
    ).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
  });
});

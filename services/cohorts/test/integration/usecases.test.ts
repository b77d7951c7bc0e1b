// The in-process tier: the service built by createCohortsApp against the real MongoDB-wire server
// and NATS of the running stack (the kit's in-process servers: a fresh database for each block;
// the outbox through the real relay to JetStream), with a fixed clock and a counting id source,
// and no process spawned. The spawned-process tests (enrolment, workflow, operations) keep the
// kill tests and the gRPC surface; these test the use cases and the organisation scope.
import { randomUUID } from 'node:crypto';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import {
  DomainError,
  resolveOrganisation,
  type OrganisationScope,
  type Principal,
} from '@expertnet/platform';
import { inProcessServers, type InProcessServers } from '@expertnet/platform/testing/in-process.ts';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { NominationStatus } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import {
  COHORTS_EVENTS,
  COHORTS_STREAM,
  COHORTS_SUBJECTS,
  NOMINATIONS_EVENTS,
  NOMINATIONS_SUBJECTS,
} from '@expertnet/proto/events';
import { waitUntil } from '@expertnet/tests/support/processes.ts';
import { DeliverPolicy } from '@nats-io/jetstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cohortsRepositories,
  createCohortsApp,
  type CohortsApp,
  type CohortsAppDependencies,
} from '../../src/app.ts';
import {
  callerOrganisations,
  enrolmentIdFor,
  listScope,
  serviceScope,
  type Enrolment,
} from '../../src/domain/index.ts';
import { nominationsConsumer } from '../../src/events/nomination-events.ts';
import type { HeldCertificate } from '../../src/repositories/certificates.repository.ts';
import { OutOfScope } from '../../src/repositories/enrolment-query.ts';
import type { Caller } from '../../src/usecases/shared/caller.ts';
import { EVENTS_COLLECTION } from '../../src/usecases/shared/dependencies.ts';
import { cohortSettings, trackSettings } from '../fixtures.ts';

const NOW = new Date('2025-10-01T03:00:00Z');

/** Each block on a fresh database; the relay as main.ts runs it, over the enrolments' outbox. */
const COHORTS_SERVERS = {
  service: 'cohorts',
  streams: [COHORTS_STREAM],
  outboxCollections: [EVENTS_COLLECTION],
};

/** The service as main.ts builds it, on a block's servers; events go nowhere unless overridden. */
const appOn = (servers: InProcessServers, overrides: Partial<CohortsAppDependencies> = {}) =>
  createCohortsApp({
    db: servers.db,
    keys: { checkIn: undefined, certificates: undefined },
    now: () => NOW,
    newId: uuidSequence(),
    eventsWritten: () => undefined,
    logger: servers.logger,
    ...overrides,
  });

/** A track, and a cohort of it taking `roundId`'s accepted nominations into `capacity` seats. */
async function openCohort(app: CohortsApp, roundId: string, capacity: number) {
  const track = await app.createTrack(office, trackSettings());
  return app.createCohort(
    office,
    cohortSettings({ trackId: track.id, intakeRoundId: roundId, capacity }),
  );
}

/** Ids in order, shaped as the UUIDs the service makes (some are checked as UUIDs). */
function uuidSequence(): () => string {
  let issued = 0;
  return () => `00000000-0000-4000-8000-${String((issued += 1)).padStart(12, '0')}`;
}

function principal(subject: string, roles: readonly string[], org: string): Principal {
  return { subject, org, roles: new Set(roles), service: undefined };
}

/** A caller as the gRPC layer builds one: the scope comes from the domain's access check. */
function callerFor(who: Principal): Caller {
  return {
    principal: who,
    verifiedEmail: undefined,
    scope: callerOrganisations(who, resolveOrganisation),
    context: {
      actor: { subject: who.subject, orgCode: who.org, roles: [...who.roles], service: undefined },
      now: NOW,
      resolve: resolveOrganisation,
    },
  };
}

const office = callerFor(principal('office-1', ['programme-office'], 'BTC'));
const hanoi = callerFor(principal('nominator-p01', ['nominator'], 'P01'));
const caoBang = callerFor(principal('nominator-p04', ['nominator'], 'P04'));

/** The envelope nominations publishes when it accepts a nomination, as the consumer receives it. */
function accepted(nominationId: string, roundId: string, organisationCode: string) {
  const subject = NOMINATIONS_SUBJECTS.nominationAccepted;
  const schema = NOMINATIONS_EVENTS[subject];
  return create(EventEnvelopeSchema, {
    id: randomUUID(),
    type: schema.typeName,
    subject,
    source: 'nominations',
    orgCode: organisationCode,
    data: toBinary(
      schema,
      create(schema, {
        nomination: {
          nominationId,
          roundId,
          organisation: { code: organisationCode },
          effectiveOrganisation: { code: organisationCode },
          nominee: {
            fullName: `Học viên ${nominationId.slice(0, 4)}`,
            email: `${nominationId}@example.gov.vn`,
            position: 'Chuyên viên',
            unit: 'Sở Khoa học và Công nghệ',
          },
          version: 3,
        },
        previousStatus: NominationStatus.UNDER_REVIEW,
        reason: 'Đạt',
      }),
    ),
  });
}

/** What placement decides, without what differs by design (ids, names, event ids). */
const placementOf = (enrolment: Enrolment | undefined) => ({
  status: enrolment?.status,
  cohortId: enrolment?.cohortId,
  seats: enrolment?.seats.map((seat) => ({ cohortId: seat.cohortId, from: seat.from })),
  waitlist: enrolment?.waitlist,
});

describe('cohorts use cases, in process against the real database', () => {
  let servers: InProcessServers;
  let app: CohortsApp;
  let consume: ReturnType<typeof nominationsConsumer>;
  let cohortId = '';
  const roundId = randomUUID();
  const poolRoundId = randomUUID();

  beforeAll(async () => {
    servers = await inProcessServers(COHORTS_SERVERS);
    app = await appOn(servers);
    consume = nominationsConsumer(app);
    const cohort = await openCohort(app, roundId, 3);
    cohortId = cohort.id;
  });

  afterAll(async () => {
    await servers.close();
  });

  it('places a trainee the same way from a nomination event and from AssignToCohort', async () => {
    // The consumer path: accepted in the cohort's round, so seated at once.
    const viaEvent = randomUUID();
    await consume(accepted(viaEvent, roundId, 'P01'));
    // The RPC path: accepted in a round without a cohort (pooled), then assigned by the office.
    const viaRpc = randomUUID();
    await consume(accepted(viaRpc, poolRoundId, 'P01'));
    const pooled = await app.getEnrolment(office, enrolmentIdFor(viaRpc));
    expect(pooled.enrolment.status).toBe('pooled');
    const assigned = await app.placeTrainee(office, {
      kind: 'assign',
      enrolmentId: pooled.enrolment.id,
      expectedVersion: pooled.enrolment.version,
      cohortId,
    });

    const seated = await app.getEnrolment(office, enrolmentIdFor(viaEvent));
    expect(placementOf(assigned?.enrolment)).toEqual(placementOf(seated.enrolment));
    expect(placementOf(seated.enrolment)).toMatchObject({ status: 'enrolled', cohortId });
    const cohort = await app.getCohort(office, cohortId);
    expect(cohort.enrolledCount).toBe(2);
  });

  it('enrols exactly once when the same acceptance is delivered again', async () => {
    const nominationId = randomUUID();
    const event = accepted(nominationId, roundId, 'P04');
    await consume(event);
    const first = await app.getEnrolment(office, enrolmentIdFor(nominationId));
    await consume(event);
    const again = await app.getEnrolment(office, enrolmentIdFor(nominationId));
    expect(again.enrolment).toEqual(first.enrolment);
    expect((await app.getCohort(office, cohortId)).enrolledCount).toBe(3);
    const holders = await cohortsRepositories(servers.db).cohorts.members(cohortId);
    expect(holders.seatHolders.filter((id) => id === first.enrolment.id)).toHaveLength(1);
  });

  it('refuses a placement by anyone but the programme office, and changes nothing', async () => {
    const nominationId = randomUUID();
    await consume(accepted(nominationId, poolRoundId, 'P01'));
    const pooled = await app.getEnrolment(office, enrolmentIdFor(nominationId));
    const refusal = await app
      .placeTrainee(hanoi, {
        kind: 'assign',
        enrolmentId: pooled.enrolment.id,
        expectedVersion: pooled.enrolment.version,
        cohortId,
      })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ kind: 'permission-denied', code: 'ROLE_REQUIRED' });
    expect((await app.getEnrolment(office, pooled.enrolment.id)).enrolment).toEqual(
      pooled.enrolment,
    );
  });

  it('waitlists from both paths alike once the cohort is full', async () => {
    const viaEvent = randomUUID();
    await consume(accepted(viaEvent, roundId, 'P01'));
    const viaRpc = randomUUID();
    await consume(accepted(viaRpc, poolRoundId, 'P01'));
    const pooled = await app.getEnrolment(office, enrolmentIdFor(viaRpc));
    const assigned = await app.placeTrainee(office, {
      kind: 'assign',
      enrolmentId: pooled.enrolment.id,
      expectedVersion: pooled.enrolment.version,
      cohortId,
    });
    const waiting = await app.getEnrolment(office, enrolmentIdFor(viaEvent));
    expect(placementOf(assigned?.enrolment)).toEqual(placementOf(waiting.enrolment));
    expect(waiting.enrolment.status).toBe('waitlisted');
    // Both queue in the same instant (the fixed clock): their order is the queue's tie-break.
    const positions = [waiting.waitlistPosition, assigned?.waitlistPosition ?? 0];
    expect(positions.sort()).toEqual([1, 2]);
    expect((await app.getCohort(office, cohortId)).waitlistedCount).toBe(2);
  });
});

describe('organisation scope, through every organisation-scoped repository method', () => {
  let servers: InProcessServers;
  let app: CohortsApp;
  let hanoiEnrolment: Enrolment;
  let sessionId = '';
  let cohortId = '';
  const certificateId = randomUUID();
  const certificateNumber = `CDS-2025-${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    servers = await inProcessServers(COHORTS_SERVERS);
    app = await appOn(servers);
    const roundId = randomUUID();
    const cohort = await openCohort(app, roundId, 5);
    cohortId = cohort.id;
    const consume = nominationsConsumer(app);
    const ofHanoi = randomUUID();
    await consume(accepted(ofHanoi, roundId, 'P01'));
    await consume(accepted(randomUUID(), roundId, 'P04'));
    hanoiEnrolment = (await app.getEnrolment(office, enrolmentIdFor(ofHanoi))).enrolment;
    // A record of a session and a certificate in the Hanoi trainee's document, written as the
    // use cases write them (records, attempts and the certificate live in the enrolment).
    const session = await app.scheduleSession(office, {
      cohortId,
      settings: {
        moduleCode: 'M1',
        title: 'Buổi 1',
        startsAt: new Date('2025-10-06T01:30:00Z'),
        endsAt: new Date('2025-10-06T04:30:00Z'),
        mode: 'in-person',
        location: 'Hà Nội',
        meetingUrl: '',
        checkIn: { opensMinutesBefore: 30, lateAfterMinutes: 15, closesMinutesAfter: 60 },
      },
    });
    sessionId = session.id;
    await servers.db.collection('enrolments').updateOne(
      { _id: hanoiEnrolment.id as never },
      {
        $set: {
          [`attendance.${sessionId}`]: {
            sessionId,
            enrolmentId: hanoiEnrolment.id,
            traineeName: hanoiEnrolment.trainee.fullName,
            status: 'present',
            source: 'facilitator',
            note: '',
            recordedBy: 'fac-1',
            recordedAt: NOW,
          },
          assessments: [
            {
              enrolmentId: hanoiEnrolment.id,
              cohortId,
              moduleCode: 'M1',
              score: 90,
              passed: true,
              attempt: 1,
              comment: '',
              assessedBy: 'fac-1',
              assessedAt: NOW,
            },
          ],
          certificateId,
          certificateNumber,
          certificate: { id: certificateId, number: certificateNumber, organisationCode: 'P01' },
        },
      },
    );
    hanoiEnrolment = (await app.getEnrolment(office, hanoiEnrolment.id)).enrolment;
  });

  afterAll(async () => {
    await servers.close();
  });

  /** What an OutOfScope carries, as its own fields: the routing facts, nothing of the record. */
  const outOfScope = (marker: OutOfScope) => ({
    outOfScope: Object.fromEntries(Object.entries(marker)),
  });

  /** A record read by id: its id, what an OutOfScope carries, or undefined. */
  const idOf = (found: { readonly id: string } | OutOfScope | undefined) =>
    found instanceof OutOfScope ? outOfScope(found) : found?.id;

  const certificateIdOf = (found: HeldCertificate | OutOfScope | undefined) =>
    found instanceof OutOfScope ? outOfScope(found) : found?.certificate.id;

  /** A record the service's own scope must reach. */
  function inScope<T>(found: T | OutOfScope | undefined): T | undefined {
    if (found instanceof OutOfScope) throw new Error("the service's scope must reach every record");
    return found;
  }

  /** Every organisation-scoped read, as what it finds of the Hanoi trainee under `scope`. */
  async function reads(scope: OrganisationScope) {
    const { enrolments, records, certificates } = cohortsRepositories(servers.db);
    const { id } = hanoiEnrolment;
    const email = hanoiEnrolment.trainee.email;
    const page = { pageSize: 50 };
    const ids = (items: readonly { readonly id: string }[]) => items.map((item) => item.id);
    const recordIds = (items: readonly { readonly enrolment: Enrolment }[]) =>
      items.map((item) => item.enrolment.id);
    return {
      get: idOf(await enrolments.get(scope, id)),
      getMany: ids(await enrolments.getMany(scope, [id])),
      list: ids(
        (await enrolments.list({ organisations: scope, statuses: [], text: '' }, page)).items,
      ),
      waitlistOrCohort: ids(await enrolments.inCohort(scope, cohortId, ['enrolled'])),
      waitlistOf: ids(await enrolments.waitlistOf(scope, cohortId)),
      ofUser: ids(await enrolments.ofUser(scope, '')),
      unlinkedWithEmail: ids(await enrolments.unlinkedWithEmail(scope, email)),
      recordsGet: (await records.get(scope, id))?.enrolment.id,
      recordsGetMany: recordIds(await records.getMany(scope, [id])),
      withEmails: recordIds(await records.withEmails(scope, [email])),
      ofSession: recordIds(
        (await records.ofSession(sessionId, cohortId, { organisations: scope }, page)).items,
      ),
      ofCohortAssessments: recordIds(
        (await records.ofCohortAssessments(cohortId, { organisations: scope }, page)).items,
      ),
      certificate: certificateIdOf(await certificates.get(scope, certificateId)),
      byNumber: (await certificates.byNumber(scope, certificateNumber))?.certificate.id,
      certificates: (
        await certificates.list({ organisations: scope, statuses: [] }, page)
      ).items.map((held) => held.certificate.id),
    };
  }

  /** Every organisation-scoped write, each refused (NOT_FOUND) or done under `scope`. */
  async function writes(scope: OrganisationScope) {
    const { enrolments, records, certificates } = cohortsRepositories(servers.db);
    // Each write reads the trainee afresh (as the service would), so none fails on a version.
    const stored = async () =>
      inScope(await enrolments.get(serviceScope(), hanoiEnrolment.id)) ?? hanoiEnrolment;
    const outcome = (write: Promise<unknown>) =>
      write.then(
        () => 'written',
        (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
      );
    const certificate = inScope(await certificates.get(serviceScope(), certificateId))?.certificate;
    if (certificate === undefined) throw new Error('the certificate was not written');
    const saved = await stored();
    const save = await outcome(enrolments.save(scope, { ...saved, reason: 'x' }, saved, []));
    const current = await stored();
    const change = { progress: current.progress, now: NOW };
    const recorded = await outcome(records.save(scope, current, change, []));
    const graduated = await stored();
    const issue = await outcome(certificates.issue(scope, graduated, graduated, certificate, []));
    const revoke = await outcome(certificates.revoke(scope, await stored(), certificate, []));
    return { save, records: recorded, issue, revoke };
  }

  // A get by id says no more than that the record lies outside the scope, with the two facts a
  // record-level grant is decided on (its cohort, its trainee's subject): nothing of the record.
  it("keeps another organisation's nominator away from the trainee in every read", async () => {
    const found = await reads(caoBang.scope);
    const marker = { outOfScope: { cohortId, traineeSubject: '' } };
    expect(found).toEqual({
      get: marker,
      getMany: [],
      list: [expect.not.stringMatching(hanoiEnrolment.id)],
      waitlistOrCohort: [expect.not.stringMatching(hanoiEnrolment.id)],
      waitlistOf: [],
      ofUser: [expect.not.stringMatching(hanoiEnrolment.id)],
      unlinkedWithEmail: [],
      recordsGet: undefined,
      recordsGetMany: [],
      withEmails: [],
      ofSession: [],
      ofCohortAssessments: [],
      certificate: marker,
      byNumber: undefined,
      certificates: [],
    });
  });

  it("lets the trainee's own organisation (and the service) reach them in every read", async () => {
    for (const scope of [hanoi.scope, serviceScope()]) {
      const found = await reads(scope);
      const { id } = hanoiEnrolment;
      expect(found).toMatchObject({
        get: id,
        getMany: [id],
        list: expect.arrayContaining([id]) as unknown,
        waitlistOrCohort: expect.arrayContaining([id]) as unknown,
        ofUser: expect.arrayContaining([id]) as unknown,
        unlinkedWithEmail: [id],
        recordsGet: id,
        recordsGetMany: [id],
        withEmails: [id],
        ofSession: [id],
        ofCohortAssessments: [id],
        certificate: certificateId,
        byNumber: certificateId,
        certificates: [certificateId],
      });
    }
  });

  it("refuses every write to the trainee under another organisation's scope", async () => {
    expect(await writes(caoBang.scope)).toEqual({
      save: 'NOT_FOUND',
      records: 'NOT_FOUND',
      issue: 'NOT_FOUND',
      revoke: 'NOT_FOUND',
    });
    // The same writes under the trainee's own organisation's scope go through.
    expect(await writes(hanoi.scope)).toEqual({
      save: 'written',
      records: 'written',
      issue: 'written',
      revoke: 'written',
    });
  });

  /** What a use case answered: the value, or the refusal as kind, code and message. */
  const outcomeOf = (answer: Promise<unknown>) =>
    answer.then(
      () => 'answered',
      (error: unknown) =>
        error instanceof DomainError
          ? { kind: error.kind, code: error.code, message: error.message }
          : error,
    );

  it("refuses another organisation's nominator ORG_SCOPE_VIOLATION for its record, as before", async () => {
    const { id } = hanoiEnrolment;
    const refused = (operation: string) => ({
      kind: 'permission-denied',
      code: 'ORG_SCOPE_VIOLATION',
      message: `organisation P04 may ${operation} only for its own candidates`,
    });
    expect({
      enrolment: await outcomeOf(app.getEnrolment(caoBang, id)),
      certificate: await outcomeOf(app.getCertificate(caoBang, certificateId)),
      attendance: await outcomeOf(
        app.listAttendance(caoBang, { enrolmentId: id }, { pageSize: 50 }),
      ),
    }).toEqual({
      enrolment: refused('GetEnrolment'),
      certificate: refused('GetCertificate'),
      attendance: refused('ListAttendance'),
    });
    // The trainee's own organisation is answered, as before.
    expect({
      enrolment: await outcomeOf(app.getEnrolment(hanoi, id)),
      certificate: await outcomeOf(app.getCertificate(hanoi, certificateId)),
      attendance: await outcomeOf(app.listAttendance(hanoi, { enrolmentId: id }, { pageSize: 50 })),
    }).toEqual({ enrolment: 'answered', certificate: 'answered', attendance: 'answered' });
  });

  it('answers NOT_FOUND for a record that does not exist, whoever asks', async () => {
    const missing = randomUUID();
    for (const caller of [caoBang, hanoi, office]) {
      const found = {
        enrolment: await outcomeOf(app.getEnrolment(caller, missing)),
        certificate: await outcomeOf(app.getCertificate(caller, missing)),
        attendance: await outcomeOf(
          app.listAttendance(caller, { enrolmentId: missing }, { pageSize: 50 }),
        ),
      };
      expect(found).toEqual({
        enrolment: expect.objectContaining({ kind: 'not-found', code: 'NOT_FOUND' }) as unknown,
        certificate: expect.objectContaining({ kind: 'not-found', code: 'NOT_FOUND' }) as unknown,
        attendance: expect.objectContaining({ kind: 'not-found', code: 'NOT_FOUND' }) as unknown,
      });
    }
  });

  it("lists only the nominator's own organisation's trainees, whatever they ask for", async () => {
    const listed = await app.listEnrolments(
      caoBang,
      { cohortId, organisationCode: 'P01', statuses: [], text: '', onlyMine: false },
      { pageSize: 50 },
    );
    expect(listed.items.map((item) => item.enrolment.trainee.organisationCode)).toEqual(['P04']);
    // A nominator's list scope is their organisation, whatever they ask for.
    const scope = listScope(caoBang.principal, 'ListEnrolments', { resolve: resolveOrganisation });
    expect(scope.reach).toBe('organisation');
  });
});

// Before organisation scopes, `authorise` found the party a caller stood as for the record: a
// nominator listed on a cohort read its records as its facilitator, and a nominator nominated by
// another organisation read their own as its trainee. The scoped reads keep that through a
// record-level grant asked for only when the caller's own scope did not reach the record.
describe('a nominator who also facilitates the cohort, or is the trainee', () => {
  let servers: InProcessServers;
  let app: CohortsApp;
  let cohortId = '';
  let hanoiId = '';
  let caoBangId = '';
  let hanoiEmail = '';
  const certificateId = randomUUID();
  const page = { pageSize: 50 };
  /** A Cao Bằng (P04) nominator listed as facilitator of the cohort ('fac-1' in the fixtures). */
  const facilitating = callerFor(principal('fac-1', ['nominator'], 'P04'));
  /** A Cao Bằng nominator, signed in for the first time, whom Hà Nội nominated as a trainee. */
  const nominatedElsewhere = () => ({
    ...callerFor(principal('nominator-p04-trainee', ['nominator'], 'P04')),
    verifiedEmail: hanoiEmail,
  });

  beforeAll(async () => {
    servers = await inProcessServers(COHORTS_SERVERS);
    app = await appOn(servers);
    const roundId = randomUUID();
    const cohort = await openCohort(app, roundId, 5);
    cohortId = cohort.id;
    const consume = nominationsConsumer(app);
    const ofHanoi = randomUUID();
    const ofCaoBang = randomUUID();
    await consume(accepted(ofHanoi, roundId, 'P01'));
    await consume(accepted(ofCaoBang, roundId, 'P04'));
    hanoiId = enrolmentIdFor(ofHanoi);
    caoBangId = enrolmentIdFor(ofCaoBang);
    hanoiEmail = (await app.getEnrolment(office, hanoiId)).enrolment.trainee.email;
    // An attempt and a certificate in the Hà Nội trainee's document, as the use cases store them.
    await servers.db.collection('enrolments').updateOne(
      { _id: hanoiId as never },
      {
        $set: {
          assessments: [
            {
              enrolmentId: hanoiId,
              cohortId,
              moduleCode: 'M1',
              score: 90,
              passed: true,
              attempt: 1,
              comment: '',
              assessedBy: 'fac-1',
              assessedAt: NOW,
            },
          ],
          certificateId,
          certificateNumber: `CDS-2025-${randomUUID().slice(0, 6)}`,
          certificate: { id: certificateId, organisationCode: 'P01' },
        },
      },
    );
  });

  afterAll(async () => {
    await servers.close();
  });

  /** What a use case answered: 'answered', or the refusal's code. */
  const outcomeOf = (answer: Promise<unknown>) =>
    answer.then(
      () => 'answered',
      (error: unknown) => (error instanceof DomainError ? error.code : error),
    );

  it("lets a nominator who facilitates the cohort read another organisation's trainee's enrolment", async () => {
    const read = await app.getEnrolment(facilitating, hanoiId);
    expect(read.enrolment).toMatchObject({ id: hanoiId, cohortId });
    expect(read.enrolment.trainee.organisationCode).toBe('P01');
    // The trainee's attendance and attempts in the cohort, as its facilitator.
    expect(await outcomeOf(app.listAttendance(facilitating, { enrolmentId: hanoiId }, page))).toBe(
      'answered',
    );
    const attempts = await app.listAssessments(
      facilitating,
      { cohortId, enrolmentId: '', moduleCode: '' },
      page,
    );
    expect(attempts.items.map((attempt) => attempt.enrolmentId)).toEqual([hanoiId]);
    // Their own organisation's trainee, the common path, is read as before.
    expect((await app.getEnrolment(facilitating, caoBangId)).enrolment.id).toBe(caoBangId);
    // A list of the cohort they facilitate shows every organisation's trainees.
    const listed = await app.listEnrolments(
      facilitating,
      { cohortId, organisationCode: '', statuses: [], text: '', onlyMine: false },
      page,
    );
    expect(listed.items.map((item) => item.enrolment.id).sort()).toEqual(
      [hanoiId, caoBangId].sort(),
    );
    // Facilitators are not certificate readers: the grant widens nothing the row does not admit.
    expect(await outcomeOf(app.getCertificate(facilitating, certificateId))).toBe(
      'ORG_SCOPE_VIOLATION',
    );
  });

  it("lets a nominator who facilitates the cohort mark another organisation's trainee", async () => {
    const session = await app.scheduleSession(office, {
      cohortId,
      settings: {
        moduleCode: 'M1',
        title: 'Buổi 1',
        startsAt: new Date('2025-10-06T01:30:00Z'),
        endsAt: new Date('2025-10-06T04:30:00Z'),
        mode: 'in-person',
        location: 'Hà Nội',
        meetingUrl: '',
        checkIn: { opensMinutesBefore: 30, lateAfterMinutes: 15, closesMinutesAfter: 60 },
      },
    });
    // Excused ahead of the session (the one mark allowed before it starts), both organisations.
    const marks = [hanoiId, caoBangId].map((enrolmentId) => ({
      enrolmentId,
      status: 'excused' as const,
      note: 'Công tác',
    }));
    const written = await app.markAttendance(facilitating, { sessionId: session.id, marks });
    expect(written.map((record) => record.enrolmentId).sort()).toEqual([hanoiId, caoBangId].sort());
    const listed = await app.listAttendance(facilitating, { sessionId: session.id }, page);
    expect(listed.items.map((record) => record.enrolmentId).sort()).toEqual(
      [hanoiId, caoBangId].sort(),
    );
  });

  it('refuses a nominator who does not facilitate the cohort ORG_SCOPE_VIOLATION', async () => {
    expect({
      enrolment: await outcomeOf(app.getEnrolment(caoBang, hanoiId)),
      attendance: await outcomeOf(app.listAttendance(caoBang, { enrolmentId: hanoiId }, page)),
      certificate: await outcomeOf(app.getCertificate(caoBang, certificateId)),
    }).toEqual({
      enrolment: 'ORG_SCOPE_VIOLATION',
      attendance: 'ORG_SCOPE_VIOLATION',
      certificate: 'ORG_SCOPE_VIOLATION',
    });
  });

  it('answers NOT_FOUND for a missing record to a nominator who facilitates', async () => {
    const missing = randomUUID();
    expect({
      enrolment: await outcomeOf(app.getEnrolment(facilitating, missing)),
      attendance: await outcomeOf(app.listAttendance(facilitating, { enrolmentId: missing }, page)),
      certificate: await outcomeOf(app.getCertificate(facilitating, missing)),
    }).toEqual({ enrolment: 'NOT_FOUND', attendance: 'NOT_FOUND', certificate: 'NOT_FOUND' });
  });

  it('lets a nominator nominated by another organisation reach their own records', async () => {
    const trainee = nominatedElsewhere();
    // First sign-in: linked to the enrolment nominated under their email, whoever nominated it.
    const own = await app.getEnrolment(trainee, hanoiId);
    expect(own.enrolment.trainee.userSubject).toBe('nominator-p04-trainee');
    expect(await outcomeOf(app.getCertificate(trainee, certificateId))).toBe('answered');
    expect(await outcomeOf(app.listAttendance(trainee, { enrolmentId: hanoiId }, page))).toBe(
      'answered',
    );
    expect(await outcomeOf(app.listSessions(trainee, cohortId, page))).toBe('answered');
    // Another trainee of Hà Nội stays out of their reach.
    const other = callerFor(principal('nominator-p04-other', ['nominator'], 'P04'));
    expect(await outcomeOf(app.getEnrolment(other, hanoiId))).toBe('ORG_SCOPE_VIOLATION');
  });
});

describe('placement when a step fails, from the consumer path', () => {
  let servers: InProcessServers;
  let cohortId = '';
  const roundId = randomUUID();
  /** Failures to inject, consumed one by one by the wrapped repositories. */
  const faults = { saves: 0, claims: 0 };

  const build = () => {
    const real = cohortsRepositories(servers.db);
    return appOn(servers, {
      repositories: {
        enrolments: {
          ...real.enrolments,
          save: async (...args) => {
            if (faults.saves > 0) {
              faults.saves -= 1;
              throw new Error('the database went away mid-write');
            }
            return real.enrolments.save(...args);
          },
        },
        cohorts: {
          ...real.cohorts,
          // A seat "taken by someone else" first: what a concurrent placement looks like.
          claimSeat: async (...args) => {
            if (faults.claims > 0) {
              faults.claims -= 1;
              return false;
            }
            return real.cohorts.claimSeat(...args);
          },
        },
      },
    });
  };
  let app: CohortsApp;

  beforeAll(async () => {
    servers = await inProcessServers(COHORTS_SERVERS);
    app = await build();
    const cohort = await openCohort(app, roundId, 5);
    cohortId = cohort.id;
  });

  afterAll(async () => {
    await servers.close();
  });

  it('gives the seat back when the enrolment cannot be saved, and a redelivery seats it', async () => {
    const consume = nominationsConsumer(app);
    const nominationId = randomUUID();
    const event = accepted(nominationId, roundId, 'P01');
    faults.saves = 1;
    await expect(consume(event)).rejects.toThrow(/went away/);
    expect((await cohortsRepositories(servers.db).cohorts.members(cohortId)).seatHolders).toEqual(
      [],
    );
    expect(
      await cohortsRepositories(servers.db).enrolments.get(
        serviceScope(),
        enrolmentIdFor(nominationId),
      ),
    ).toBeUndefined();
    await consume(event);
    const seated = await app.getEnrolment(office, enrolmentIdFor(nominationId));
    expect(seated.enrolment.status).toBe('enrolled');
    expect((await cohortsRepositories(servers.db).cohorts.members(cohortId)).seatHolders).toEqual([
      seated.enrolment.id,
    ]);
  });

  it('works a lost seat out again instead of failing the delivery', async () => {
    const consume = nominationsConsumer(app);
    const nominationId = randomUUID();
    faults.claims = 2;
    await consume(accepted(nominationId, roundId, 'P04'));
    expect(faults.claims).toBe(0);
    const seated = await app.getEnrolment(office, enrolmentIdFor(nominationId));
    expect(placementOf(seated.enrolment)).toMatchObject({ status: 'enrolled', cohortId });
  });

  it('stops after three lost seats with SEAT_CONTENDED, holding nothing', async () => {
    const consume = nominationsConsumer(app);
    const nominationId = randomUUID();
    faults.claims = 3;
    await expect(consume(accepted(nominationId, roundId, 'P04'))).rejects.toMatchObject({
      code: 'SEAT_CONTENDED',
    });
    const members = await cohortsRepositories(servers.db).cohorts.members(cohortId);
    expect(members.seatHolders).not.toContain(enrolmentIdFor(nominationId));
    expect(
      await cohortsRepositories(servers.db).enrolments.get(
        serviceScope(),
        enrolmentIdFor(nominationId),
      ),
    ).toBeUndefined();
  });
});

describe('events through the outbox relay to JetStream', () => {
  let servers: InProcessServers;
  let app: CohortsApp;
  let cohortId = '';
  /** The stream's last sequence before this block: a fresh consumer reads from the next one. */
  let startSeq = 0;
  const poolRoundId = randomUUID();

  beforeAll(async () => {
    servers = await inProcessServers(COHORTS_SERVERS);
    startSeq = (await servers.jsm.streams.info(COHORTS_STREAM.name)).state.last_seq;
    app = await appOn(servers, { eventsWritten: servers.eventsWritten });
    servers.relay.start();
    const cohort = await openCohort(app, randomUUID(), 5);
    cohortId = cohort.id;
  });

  afterAll(async () => {
    await servers.close();
  });

  /** The cohorts.trainee.enrolled events of this enrolment in the stream since the block began. */
  async function enrolledEventsOf(enrolmentId: string) {
    const subject = COHORTS_SUBJECTS.traineeEnrolled;
    const consumer = await servers.js.consumers.get(COHORTS_STREAM.name, {
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: startSeq + 1,
      filter_subjects: [subject],
    });
    const found = [];
    for (;;) {
      const message = await consumer.next({ expires: 1_000 });
      if (message === null) return found;
      const envelope = fromBinary(EventEnvelopeSchema, message.data);
      const event = fromBinary(COHORTS_EVENTS[subject], envelope.data);
      if (event.enrolmentId === enrolmentId)
        found.push({ subject: message.subject, envelope, event });
    }
  }

  it('publishes cohorts.trainee.enrolled exactly once when the office places a trainee', async () => {
    const nominationId = randomUUID();
    await nominationsConsumer(app)(accepted(nominationId, poolRoundId, 'P01'));
    const pooled = await app.getEnrolment(office, enrolmentIdFor(nominationId));
    expect(pooled.enrolment.status).toBe('pooled');
    const placed = await app.placeTrainee(office, {
      kind: 'assign',
      enrolmentId: pooled.enrolment.id,
      expectedVersion: pooled.enrolment.version,
      cohortId,
    });
    expect(placed?.enrolment.status).toBe('enrolled');

    // The relay has published everything the enrolment's document held once its outbox is clear.
    const documents = servers.db.collection<{ _id: string; outboxPending?: boolean }>(
      EVENTS_COLLECTION,
    );
    await waitUntil(
      async () => (await documents.findOne({ _id: pooled.enrolment.id }))?.outboxPending === false,
      20_000,
      () => 'the relay did not publish the enrolment outbox',
    );
    const published = await enrolledEventsOf(pooled.enrolment.id);
    expect(published).toHaveLength(1);
    const [only] = published;
    expect(only?.subject).toBe(COHORTS_SUBJECTS.traineeEnrolled);
    expect(only?.envelope).toMatchObject({
      subject: COHORTS_SUBJECTS.traineeEnrolled,
      type: COHORTS_EVENTS[COHORTS_SUBJECTS.traineeEnrolled].typeName,
      source: 'cohorts',
      orgCode: 'P01',
      actor: { subject: 'office-1', orgCode: 'BTC', roles: ['programme-office'] },
    });
    const { trainee } = pooled.enrolment;
    expect(only?.event).toMatchObject({
      enrolmentId: pooled.enrolment.id,
      nominationId,
      roundId: poolRoundId,
      trainee: {
        fullName: trainee.fullName,
        email: trainee.email,
        userSubject: '',
        organisation: { code: 'P01' },
        effectiveOrganisation: { code: 'P01' },
        position: 'Chuyên viên',
        unit: 'Sở Khoa học và Công nghệ',
      },
      cohort: {
        cohortId,
        code: cohortSettings().code,
        name: cohortSettings().name,
        trackCode: trackSettings().code,
        startDate: cohortSettings().startDate,
        endDate: cohortSettings().endDate,
      },
      promotedFromWaitlist: false,
    });
  });
});

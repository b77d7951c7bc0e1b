// The in-process tier: the directory built through createDirectoryApp against the real
// MongoDB-wire server and NATS of the running stack, on a fresh database, with a fixed clock and
// id source. Use cases are called directly; the cohorts events go through the real consumer's
// decoding (cohortsEventHandler) and the outbox through the real relay to JetStream.
import { randomUUID } from 'node:crypto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { decodeEnvelope, type Principal } from '@expertnet/platform';
import {
  inProcessServers,
  refusal,
  sequentialIds,
  type InProcessServers,
} from '@expertnet/platform/testing/in-process.ts';
import { DIRECTORY_STREAM, DIRECTORY_SUBJECTS } from '@expertnet/proto/events';
import { waitUntil } from '@expertnet/tests/support/processes.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirectoryApp, type DirectoryApp } from '../../src/app.ts';
import { NO_FILTER, profileIdFor } from '../../src/domain/index.ts';
import { cohortsEventHandler } from '../../src/events/graduation-events.ts';
import { PROFILES_COLLECTION } from '../../src/repositories/profiles.repository.ts';
import type { Caller } from '../../src/usecases/shared/dependencies.ts';
import { aGraduate, graduatedEnvelope, revokedEnvelope } from '../support.ts';

/** 10:00 on Wednesday 3 December 2025, Vietnam time; tests move it forward. */
const START = new Date('2025-12-03T03:00:00Z');
const run = randomUUID().slice(0, 8);

const person = (subject: string, org: string, roles: string[] = []): Principal => ({
  subject,
  org,
  roles: new Set(roles),
  service: undefined,
});
const caller = (principal: Principal, verifiedEmail?: string): Caller => ({
  principal,
  verifiedEmail,
});

const OFFICE = caller(person(`office-${run}`, 'BTTTT', ['programme-office']));

describe('directory use cases in process, against the real servers', () => {
  let servers: InProcessServers;
  let app: DirectoryApp;
  let now = START;
  const newId = sequentialIds(run);

  beforeAll(async () => {
    // The relay publishes to the directory's stream, as the service would declare it.
    servers = await inProcessServers({
      service: 'directory',
      streams: [DIRECTORY_STREAM],
      outboxCollections: [PROFILES_COLLECTION],
    });
    app = await createDirectoryApp({
      db: servers.db,
      now: () => now,
      newId,
      eventsWritten: servers.eventsWritten,
    });
    await app.loadReadModel();
    servers.relay.start();
  });

  afterAll(async () => {
    await servers.close();
  });

  it('makes a graduate a findable expert once, publishing its creation with the given id', async () => {
    const graduate = aGraduate({ fullName: 'Nguyễn Văn Khoa' });
    const expertId = profileIdFor(graduate.email);
    const published = servers.nc.subscribe(DIRECTORY_SUBJECTS.profileCreated, { timeout: 20_000 });
    const handle = cohortsEventHandler(app);
    await handle(graduatedEnvelope(graduate, timestampFromDate(START)));
    // A redelivery (another message id, the same enrolment) changes nothing.
    await handle(graduatedEnvelope(graduate, timestampFromDate(START)));

    const profile = await app.getProfile(OFFICE, expertId);
    expect(profile).toMatchObject({ version: 1, fullName: 'Nguyễn Văn Khoa', createdAt: START });
    expect(profile.skills?.map((skill) => [skill.code, skill.source])).toEqual([
      ['digital-transformation', 'verified'],
      ['data-governance', 'verified'],
    ]);
    const found = app.searchExperts({
      query: 'nguyen van khoa',
      filter: NO_FILTER,
      facets: [],
      order: undefined,
      pageSize: 5,
      cursor: '',
    });
    expect(found.hits.map((hit) => hit.view.id)).toEqual([expertId]);

    for await (const message of published) {
      const envelope = decodeEnvelope(message.data);
      if (envelope.orgCode !== graduate.organisationCode || !envelope.id.startsWith(run)) continue;
      expect(envelope.time?.seconds).toBe(BigInt(START.getTime() / 1000));
      break;
    }
    published.unsubscribe();
    // Published, the outbox empties.
    const profiles = servers.db.collection<{ _id: string; outbox?: unknown[] }>(
      PROFILES_COLLECTION,
    );
    await waitUntil(
      async () => ((await profiles.findOne({ _id: expertId }))?.outbox ?? []).length === 0,
      10_000,
    );
  });

  it('withdraws the verification a revoked certificate gave, once', async () => {
    const graduate = aGraduate({ skillCodes: ['cybersecurity'] });
    const handle = cohortsEventHandler(app);
    await handle(graduatedEnvelope(graduate, timestampFromDate(START)));
    await handle(revokedEnvelope(graduate));
    await handle(revokedEnvelope(graduate));
    const profile = await app.getProfile(OFFICE, profileIdFor(graduate.email));
    expect(profile.version).toBe(2);
    expect(profile.credentials?.[0]?.revoked).toBe(true);
    expect(profile.skills?.map((skill) => skill.source)).toEqual(['self-declared']);
  });

  it("refuses an edit of someone else's profile and a stale version, writing nothing", async () => {
    const graduate = aGraduate({ userSubject: `owner-${run}` });
    await cohortsEventHandler(app)(graduatedEnvelope(graduate, timestampFromDate(START)));
    const expertId = profileIdFor(graduate.email);
    const owner = caller(person(`owner-${run}`, 'P79'));
    // Another organisation's administrator is not the owner either: profiles are not per-organisation.
    const stranger = caller(person(`stranger-${run}`, 'P01', ['org-admin']));
    const skills = [{ code: 'cybersecurity', level: 'advanced' as const }];

    const refused = await refusal(
      app.setSkills(stranger, { expertId, expectedVersion: 1, skills }),
    );
    expect(refused).toMatchObject({ kind: 'permission-denied', code: 'NOT_PROFILE_OWNER' });
    expect((await app.getProfile(OFFICE, expertId)).version).toBe(1);

    now = new Date(START.getTime() + 60_000);
    const edited = await app.setSkills(owner, { expertId, expectedVersion: 1, skills });
    expect(edited).toMatchObject({ version: 2, updatedAt: now });
    const stale = await refusal(
      app.setSkills(OFFICE, { expertId, expectedVersion: 1, skills: [] }),
    );
    expect(stale).toMatchObject({ kind: 'conflict', code: 'VERSION_MISMATCH' });
    // What the stranger sees is the network's view: hidden fields withheld, nothing more.
    const seen = await app.getProfile(stranger, expertId);
    expect(seen.visibility).toBeUndefined();
    expect(seen.withheldFields).toContain('contact.email');
  });

  it("links a profile to its owner's account at their first visit, by the verified email", async () => {
    const graduate = aGraduate();
    await cohortsEventHandler(app)(graduatedEnvelope(graduate, timestampFromDate(START)));
    const expertId = profileIdFor(graduate.email);
    const subject = `linked-${run}`;
    const unverified = await refusal(app.getMyProfile(caller(person(subject, 'P79'))));
    expect(unverified.code).toBe('PROFILE_NOT_FOUND');

    const mine = await app.getMyProfile(caller(person(subject, 'P79'), graduate.email));
    expect(mine).toMatchObject({ id: expertId, userSubject: subject, version: 2 });
    // Found by subject from now on, without the email.
    expect((await app.getMyProfile(caller(person(subject, 'P79')))).id).toBe(expertId);
  });

  it('refuses a second profile for the same person', async () => {
    const specialist = {
      fullName: 'Lê Minh Quân',
      email: `quan.le.${run}@moh.gov.vn`,
      organisationCode: 'BYT',
      details: {
        position: 'Chuyên gia',
        unit: '',
        provinceCode: 'P01',
        bio: '',
        sectorCodes: [],
        languages: [],
        contact: { email: '', phone: '' },
      },
    };
    const created = await app.createProfile(OFFICE, specialist);
    expect(created).toMatchObject({ origin: 'invited', version: 1 });
    const again = await refusal(app.createProfile(OFFICE, specialist));
    expect(again).toMatchObject({ kind: 'conflict', code: 'PROFILE_EXISTS' });
  });

  it('makes an ended absence AVAILABLE again when the sweep runs on a later day', async () => {
    const graduate = aGraduate({ userSubject: `away-${run}` });
    await cohortsEventHandler(app)(graduatedEnvelope(graduate, timestampFromDate(START)));
    const expertId = profileIdFor(graduate.email);
    const version = (await app.getProfile(OFFICE, expertId)).version;
    await app.setAvailability(OFFICE, {
      expertId,
      expectedVersion: version,
      availability: { status: 'unavailable', until: '2025-12-20', note: 'Công tác' },
    });
    now = new Date('2025-12-22T03:00:00Z');
    expect(await app.expireAvailabilities()).toBeGreaterThanOrEqual(1);
    const profile = await app.getProfile(OFFICE, expertId);
    expect(profile.availability).toMatchObject({ status: 'available', until: '' });
    expect(profile.version).toBe(version + 2);
    expect(await app.expireAvailabilities()).toBe(0);
  });

  it("brings another replica's read model up to date with a write it announced", async () => {
    const replica = await createDirectoryApp({
      db: servers.db,
      now: () => now,
      newId,
      // This replica writes nothing here, so it has no relay to wake.
      eventsWritten: () => undefined,
    });
    await replica.loadReadModel();
    const graduate = aGraduate({ fullName: 'Đinh Quang Vinh', userSubject: `vinh-${run}` });
    await cohortsEventHandler(app)(graduatedEnvelope(graduate, timestampFromDate(START)));
    const expertId = profileIdFor(graduate.email);
    const search = () =>
      replica
        .searchExperts({
          query: 'dinh quang vinh',
          filter: NO_FILTER,
          facets: [],
          order: undefined,
          pageSize: 5,
          cursor: '',
        })
        .hits.map((hit) => hit.view.id);
    expect(search()).toEqual([]);

    expect(await replica.refreshProfile({ id: expertId, version: 1 })).toBe(true);
    expect(search()).toEqual([expertId]);
    // An announcement it has already seen (its own write, a redelivery) costs no read.
    expect(await replica.refreshProfile({ id: expertId, version: 1 })).toBe(false);
  });

  it('keeps the taxonomy: a new skill is listed and finds experts, a taken code is refused', async () => {
    const code = `gis-${run}`;
    const skill = {
      code,
      name: { vi: 'Hệ thống thông tin địa lý', en: 'Geographic information systems' },
      description: { vi: '', en: '' },
      category: 'data',
      aliases: [`bando${run}`],
      deprecated: false,
    };
    expect(await app.createSkill(skill)).toEqual(skill);
    const again = await refusal(app.createSkill(skill));
    expect(again).toMatchObject({ kind: 'conflict', code: 'SKILL_EXISTS' });
    const listed = app.listSkills({
      query: 'dia ly',
      category: '',
      includeDeprecated: false,
      page: { cursor: '', size: 10 },
    });
    expect(listed.items.map((item) => item.code)).toContain(code);

    const graduate = aGraduate({ skillCodes: [code] });
    await cohortsEventHandler(app)(graduatedEnvelope(graduate, timestampFromDate(START)));
    const found = app.searchExperts({
      query: `bando${run}`,
      filter: NO_FILTER,
      facets: [],
      order: undefined,
      pageSize: 5,
      cursor: '',
    });
    expect(found.hits.map((hit) => hit.view.id)).toEqual([profileIdFor(graduate.email)]);
  });
});

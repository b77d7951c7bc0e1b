import { fromBinary, type DescMessage } from '@bufbuild/protobuf';
import {
  AvailabilityStatus,
  SearchOrder,
  SkillLevel,
  SkillSource,
  Visibility,
  FacetField,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import {
  AvailabilityChangedSchema,
  ProfileCreatedSchema,
  ProfileUpdatedSchema,
} from '@expertnet/proto/expertnet/directory/v1/events_pb.ts';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { accessTokens } from '@expertnet/tests/support/keycloak.ts';
import { kill9, waitForOutput, waitUntil } from '@expertnet/tests/support/processes.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileIdFor } from '../../src/domain/index.ts';
import {
  aGraduate,
  caughtUp,
  failure,
  publishGraduated,
  publishRevoked,
  restartDirectory,
  startDirectory,
  stopDirectory,
  subjectOf,
} from '../support.ts';

const INVALID_ARGUMENT = 3;
const NOT_FOUND = 5;
const PERMISSION_DENIED = 7;
const ABORTED = 10;

const EVENT_SCHEMAS: Record<string, DescMessage> = {
  'directory.profile.created': ProfileCreatedSchema,
  'directory.profile.updated': ProfileUpdatedSchema,
  'directory.profile.availability_changed': AvailabilityChangedSchema,
};

/** Created and updated carry the expert in a snapshot, availability changes name it directly. */
interface AboutExpert {
  readonly expert?: { readonly expertId: string };
  readonly expertId?: string;
}
const expertIdOf = (event: AboutExpert) => event.expert?.expertId ?? event.expertId ?? '';

type Users = 'office' | 'linh' | 'an' | 'duc';
const USERNAMES: Record<Users, string> = {
  office: 'office.mai',
  linh: 'expert.linh',
  an: 'expert.an',
  // Graduated by no other test, so the profile made for his email here is not linked yet.
  duc: 'mentor.duc',
};

describe('directory service against the real servers', () => {
  let nc: NatsConnection;
  let mongo: MongoClient;
  let service: Awaited<ReturnType<typeof startDirectory>>;
  let tokens: Record<Users, string>;
  const as = (user: Users) => ({ token: tokens[user] });
  const client = () => service.client;

  /** Subjects of the directory's events about one profile, in the order JetStream holds them. */
  async function profileEvents(expertId: string): Promise<string[]> {
    const consumer = await jetstream(nc).consumers.get('DIRECTORY', {
      filter_subjects: ['directory.profile.>'],
      deliver_policy: DeliverPolicy.All,
    });
    const subjects: string[] = [];
    for (;;) {
      const message = await consumer.next({ expires: 1_000 });
      if (message === null) return subjects;
      const envelope = fromBinary(EventEnvelopeSchema, message.data);
      const schema = EVENT_SCHEMAS[envelope.subject];
      if (
        schema !== undefined &&
        expertIdOf(fromBinary(schema, envelope.data) as AboutExpert) === expertId
      ) {
        subjects.push(envelope.subject);
      }
    }
  }

  const graduateProfile = async (email: string) =>
    client().getProfile({ expertId: profileIdFor(email) }, as('office'));

  beforeAll(async () => {
    nc = await connect({ servers: stackEnv('NATS_URL') });
    mongo = await MongoClient.connect(stackEnv('MONGO_URL'));
    tokens = await accessTokens(USERNAMES);
    service = await startDirectory();
    await caughtUp(nc, service.env.DIRECTORY_COHORTS_DURABLE);
  });

  afterAll(async () => {
    await stopDirectory(service, nc, mongo);
    await nc.close();
    await mongo.close();
  });

  it('makes a graduate a findable expert with the programme verified skills, once', async () => {
    const graduate = aGraduate({ userSubject: subjectOf(tokens.linh) });
    await publishGraduated(nc, graduate);
    await waitUntil(
      async () => (await graduateProfile(graduate.email).catch(() => undefined)) !== undefined,
      30_000,
    );
    // The same graduation redelivered (another message id) changes nothing.
    await publishGraduated(nc, graduate);
    await caughtUp(nc, service.env.DIRECTORY_COHORTS_DURABLE);

    const { profile } = await graduateProfile(graduate.email);
    expect(profile?.version).toBe(1);
    expect(profile?.fullName).toBe('Trần Thị Thu Hà');
    expect(profile?.province?.code).toBe('P79');
    expect(profile?.skills.map((skill) => [skill.code, skill.source])).toEqual([
      ['digital-transformation', SkillSource.VERIFIED],
      ['data-governance', SkillSource.VERIFIED],
    ]);
    expect(profile?.credentials[0]?.number).toBe(graduate.certificateNumber);

    const found = await client().searchExperts(
      {
        query: 'chuyen doi so',
        filter: { provinces: [{ code: 'P79' }] },
        facets: [FacetField.PROVINCE, FacetField.SKILL],
      },
      as('an'),
    );
    const hit = found.hits.find((candidate) => candidate.expert?.id === profile?.id);
    expect(hit?.matchedSkillCodes).toContain('digital-transformation');
    expect(hit?.expert?.topSkills[0]?.source).toBe(SkillSource.VERIFIED);
    // Other tests' graduates share the stream, so P79 need not be the largest province.
    const provinces = found.facets.find((facet) => facet.field === FacetField.PROVINCE);
    expect(provinces?.buckets.find((bucket) => bucket.value === 'P79')?.count).toBeGreaterThan(0);
    await waitUntil(async () => (await profileEvents(profile?.id ?? '')).length > 0, 30_000);
    expect(await profileEvents(profile?.id ?? '')).toEqual(['directory.profile.created']);
  });

  it('withdraws the verification a revoked certificate gave, keeping the skill', async () => {
    const graduate = aGraduate({ fullName: 'Lý Thu Trang', skillCodes: ['cybersecurity'] });
    await publishGraduated(nc, graduate);
    await waitUntil(
      async () => (await graduateProfile(graduate.email).catch(() => undefined)) !== undefined,
      30_000,
    );
    await publishRevoked(nc, graduate);
    await waitUntil(
      async () => (await graduateProfile(graduate.email)).profile?.credentials[0]?.revoked === true,
      30_000,
    );
    const { profile } = await graduateProfile(graduate.email);
    expect(profile?.skills.map((skill) => [skill.code, skill.source])).toEqual([
      ['cybersecurity', SkillSource.SELF_DECLARED],
    ]);
    const found = await client().searchExperts({ query: 'ly thu trang' }, as('an'));
    expect(found.hits[0]?.expert?.certified).toBe(false);
  });

  it('lets only the owner and the programme office edit, at the version read', async () => {
    const graduate = aGraduate({ userSubject: subjectOf(tokens.linh), fullName: 'Đỗ Thùy Linh' });
    await publishGraduated(nc, graduate);
    await waitUntil(
      async () => (await graduateProfile(graduate.email).catch(() => undefined)) !== undefined,
      30_000,
    );
    const expertId = profileIdFor(graduate.email);
    const claims = [{ code: 'cybersecurity', level: SkillLevel.ADVANCED }];

    const refused = await failure(
      client().setSkills({ expertId, expectedVersion: 1, skills: claims }, as('an')),
    );
    expect(refused).toMatchObject({ code: PERMISSION_DENIED, reason: 'NOT_PROFILE_OWNER' });

    const { profile } = await client().setSkills(
      { expertId, expectedVersion: 1, skills: claims },
      as('linh'),
    );
    expect(profile?.version).toBe(2);
    expect(profile?.skills.find((skill) => skill.code === 'cybersecurity')?.source).toBe(
      SkillSource.SELF_DECLARED,
    );
    const stale = await failure(
      client().setSkills({ expertId, expectedVersion: 1, skills: [] }, as('office')),
    );
    expect(stale.code).toBe(ABORTED);
    const byOffice = await client().setAvailability(
      {
        expertId,
        expectedVersion: 2,
        status: AvailabilityStatus.LIMITED,
        until: '2099-01-31',
        note: '',
      },
      as('office'),
    );
    expect(byOffice.profile?.availability?.status).toBe(AvailabilityStatus.LIMITED);

    const mine = await client().getMyProfile({}, as('linh'));
    expect(mine.profile?.visibility).toBeDefined();
  });

  it("links a profile to its owner's account at first sign-in, by the verified email", async () => {
    const graduate = aGraduate({
      email: 'mentor.duc@demo.expertnet.vn',
      fullName: 'Phạm Minh Đức',
    });
    await publishGraduated(nc, graduate);
    const expertId = profileIdFor(graduate.email);
    await waitUntil(async () => {
      const held = await graduateProfile(graduate.email).catch(() => undefined);
      return JSON.stringify(held?.profile?.credentials ?? []).includes(graduate.certificateNumber);
    }, 30_000);
    const { profile: unlinked } = await graduateProfile(graduate.email);
    const version = unlinked?.version ?? 0;
    const before = await failure(
      client().setSkills({ expertId, expectedVersion: version, skills: [] }, as('duc')),
    );
    expect(before.reason).toBe('NOT_PROFILE_OWNER');

    const mine = await client().getMyProfile({}, as('duc'));
    expect(mine.profile).toMatchObject({
      id: expertId,
      userSubject: subjectOf(tokens.duc),
      version: version + 1,
    });
    const edited = await client().setMentoringOffer(
      {
        expertId,
        expectedVersion: version + 1,
        offer: { willing: true, maxMentees: 2, topicSkillCodes: ['data-governance'], note: '' },
      },
      as('duc'),
    );
    expect(edited.profile?.mentoring?.willing).toBe(true);
    expect((await failure(client().getMyProfile({}, as('office')))).code).toBe(NOT_FOUND);
  });

  it('never shows or matches a field its visibility hides from the caller', async () => {
    const graduate = aGraduate({ userSubject: subjectOf(tokens.linh), fullName: 'Vũ Hoàng Yến' });
    await publishGraduated(nc, graduate);
    await waitUntil(
      async () => (await graduateProfile(graduate.email).catch(() => undefined)) !== undefined,
      30_000,
    );
    const expertId = profileIdFor(graduate.email);
    const details = {
      position: 'Chuyên viên chính',
      unit: 'Sở Y tế',
      province: { code: 'P79' },
      bio: 'Phụ trách kiến trúc zyxwvu cho bệnh viện',
      sectorCodes: ['health'],
      languages: [],
    };
    await client().updateProfile({ expertId, expectedVersion: 1, details }, as('linh'));
    const search = async (user: Users) =>
      (
        await client().searchExperts({ query: 'zyxwvu', order: SearchOrder.RELEVANCE }, as(user))
      ).hits.map((hit) => hit.expert?.id);
    expect(await search('an')).toEqual([expertId]);

    await client().setVisibility(
      { expertId, expectedVersion: 2, visibility: { bio: Visibility.ONLY_ME } },
      as('linh'),
    );
    expect(await search('an')).toEqual([]);
    const seen = await client().getProfile({ expertId }, as('an'));
    expect(seen.profile?.bio).toBe('');
    expect(seen.profile?.withheldFields).toContain('bio');
    const own = await client().getProfile({ expertId }, as('linh'));
    expect(own.profile?.bio).toContain('zyxwvu');
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const invalid = await failure(
      client().createProfile(
        {
          fullName: 'A',
          email: 'not-an-email',
          organisation: { code: 'P01' },
          details: { position: 'Chuyên gia', province: { code: 'P01' } },
        },
        as('office'),
      ),
    );
    expect(invalid.code).toBe(INVALID_ARGUMENT);
    expect(invalid.violations.map((violation) => violation.field)).toEqual(
      expect.arrayContaining(['full_name', 'email']),
    );
    const unknown = await failure(
      client().createProfile(
        {
          fullName: 'Lê Minh Quân',
          email: 'quan.le@moh.gov.vn',
          organisation: { code: 'XYZ' },
          details: { position: 'Chuyên gia', province: { code: 'P01' } },
        },
        as('office'),
      ),
    );
    expect(unknown.violations.map((violation) => violation.field)).toContain('organisation.code');
    const notOffice = await failure(
      client().createProfile(
        {
          fullName: 'Lê Minh Quân',
          email: 'quan.le@moh.gov.vn',
          organisation: { code: 'BYT' },
          details: { position: 'Chuyên gia', province: { code: 'P01' } },
        },
        as('an'),
      ),
    );
    expect(notOffice.code).toBe(PERMISSION_DENIED);
    expect(
      (
        await failure(
          client().getProfile({ expertId: profileIdFor('quan.le@moh.gov.vn') }, as('office')),
        )
      ).code,
    ).toBe(NOT_FOUND);
    const cursor = await failure(
      client().searchExperts(
        { query: 'nguyen', page: { pageSize: 5, cursor: 'garbage' } },
        as('an'),
      ),
    );
    expect(cursor).toMatchObject({ code: INVALID_ARGUMENT, reason: 'INVALID_CURSOR' });
  });

  it('loses and doubles nothing when killed between storing a profile and acknowledging', async () => {
    const graduate = aGraduate({ fullName: 'Phạm Quốc Bảo', organisationCode: 'P48' });
    const expertId = profileIdFor(graduate.email);
    const profiles = mongo.db(service.env.DIRECTORY_DB).collection<{ _id: string }>('profiles');
    await kill9(service.child);
    const crashing = await restartDirectory({
      ...service.env,
      EXPERTNET_FAULT_PAUSE: 'consumer.after-handle',
    });
    await publishGraduated(nc, graduate);
    await waitForOutput(crashing.child, 'FAULT-PAUSED consumer.after-handle', 30_000);
    // Stored, not yet acknowledged: the kill makes JetStream deliver the event again.
    expect(await profiles.countDocuments({ _id: expertId })).toBe(1);
    await kill9(crashing.child);
    Object.assign(service, await restartDirectory(service.env));
    await caughtUp(nc, service.env.DIRECTORY_COHORTS_DURABLE);

    const { profile } = await graduateProfile(graduate.email);
    expect(profile?.version).toBe(1);
    expect(await profiles.countDocuments({ _id: expertId })).toBe(1);
    // The reloaded read model finds it, and its creation was published exactly once.
    const found = await client().searchExperts({ query: 'pham quoc bao' }, as('an'));
    expect(found.hits.map((hit) => hit.expert?.id)).toContain(expertId);
    await waitUntil(async () => (await profileEvents(expertId)).length > 0, 30_000);
    expect(await profileEvents(expertId)).toEqual(['directory.profile.created']);
  });
});

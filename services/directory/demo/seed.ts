// Demo data for `pnpm platform`: a network of experts to search, made through the directory's own
// API as the programme office would (invited specialists with verified and declared skills,
// availability, mentoring offers, a few private bios). Graduates join by themselves when a cohort
// graduates. Safe to run again.
import { createGrpcClient, vietnamDateOf } from '@expertnet/platform';
import { demoAccessToken } from '@expertnet/infra';
import {
  AvailabilityStatus,
  ContactChannel,
  DirectoryService,
  LanguageLevel,
  MentoringModality,
  SkillLevel,
  Visibility,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import { syntheticProfiles } from '../bench/synthetic.ts';
import type { ExpertProfile } from '../src/domain/index.ts';

const LEVELS = {
  basic: SkillLevel.BASIC,
  intermediate: SkillLevel.INTERMEDIATE,
  advanced: SkillLevel.ADVANCED,
  expert: SkillLevel.EXPERT,
};
const LANGUAGE_LEVELS = {
  basic: LanguageLevel.BASIC,
  working: LanguageLevel.WORKING,
  fluent: LanguageLevel.FLUENT,
  native: LanguageLevel.NATIVE,
};
const STATUSES = {
  available: AvailabilityStatus.AVAILABLE,
  limited: AvailabilityStatus.LIMITED,
  unavailable: AvailabilityStatus.UNAVAILABLE,
};
const CHANNELS = {
  email: ContactChannel.EMAIL,
  phone: ContactChannel.PHONE,
  zalo: ContactChannel.ZALO,
  platform: ContactChannel.PLATFORM,
};
const MODALITIES = {
  online: MentoringModality.ONLINE,
  'in-person': MentoringModality.IN_PERSON,
  any: MentoringModality.ANY,
};
const VISIBILITIES = {
  network: Visibility.NETWORK,
  'programme-office': Visibility.PROGRAMME_OFFICE,
  'only-me': Visibility.ONLY_ME,
};

const EXPERTS = 120;
const directory = createGrpcClient(DirectoryService, required('DIRECTORY_GRPC_ADDRESS'));
const office = { token: await demoAccessToken(required('KEYCLOAK_ISSUER'), 'office.mai') };
const network = [...syntheticProfiles(EXPERTS, 146, new Date())];
// Two demo accounts are invited specialists too, so that signing in as them shows a profile (it
// links to the account by its email at the first visit); expert.linh stays without one.
const demoAccounts = [
  { email: 'expert.an@demo.expertnet.vn', fullName: 'Nguyễn Văn An', org: 'P01' },
  { email: 'mentor.duc@demo.expertnet.vn', fullName: 'Đặng Minh Đức', org: 'P48' },
].map((account, index): ExpertProfile => {
  const base = network.find((expert) => expert.mentoring.willing) ?? network[index];
  if (base === undefined) throw new Error('the synthetic network is empty');
  return {
    ...base,
    fullName: account.fullName,
    organisationCode: account.org,
    provinceCode: account.org,
    contact: { ...base.contact, email: account.email },
  };
});

const first = network[0];
const existing =
  first && (await directory.getProfile({ expertId: first.id }, office).catch(() => undefined));
if (existing !== undefined) {
  process.stdout.write('demo data: already there\n');
  process.exit(0);
}
for (const expert of [...network, ...demoAccounts]) await add(expert);
directory.close();
const total = EXPERTS + demoAccounts.length;
process.stdout.write(`demo data: ${String(total)} experts to search (try "chuyen doi so")\n`);

/** One expert, step by step as the office would enter them; each step returns the new version. */
async function add(expert: ExpertProfile): Promise<void> {
  const { profile } = await directory.createProfile(
    {
      fullName: expert.fullName,
      email: expert.contact.email,
      organisation: { code: expert.organisationCode },
      details: {
        position: expert.position,
        unit: expert.unit,
        province: { code: expert.provinceCode },
        bio: expert.bio,
        sectorCodes: [...expert.sectorCodes],
        languages: expert.languages.map((language) => ({
          code: language.code,
          level: LANGUAGE_LEVELS[language.level],
        })),
        contact: {
          email: expert.contact.email,
          phone: expert.contact.phone,
          preferredChannel:
            expert.contact.preferredChannel === undefined
              ? ContactChannel.UNSPECIFIED
              : CHANNELS[expert.contact.preferredChannel],
        },
      },
    },
    office,
  );
  const expertId = profile?.id ?? '';
  let version = profile?.version ?? 1;
  const claims = (source: string) =>
    expert.skills
      .filter((skill) => skill.source === source)
      .map((skill) => ({ code: skill.code, level: LEVELS[skill.level] }));
  const verified = claims('verified');
  if (verified.length > 0) {
    const evidence = expert.skills.find((skill) => skill.source === 'verified')?.evidence ?? '';
    version = await versionOf(
      directory.verifySkills(
        {
          expertId,
          expectedVersion: version,
          skills: verified,
          evidence: evidence || 'Hồ sơ năng lực',
        },
        office,
      ),
    );
  }
  version = await versionOf(
    directory.setSkills(
      { expertId, expectedVersion: version, skills: [...verified, ...claims('self-declared')] },
      office,
    ),
  );
  const { availability, mentoring } = expert;
  if (availability.status !== 'available' && availability.until > vietnamDateOf(new Date())) {
    version = await versionOf(
      directory.setAvailability(
        {
          expertId,
          expectedVersion: version,
          status: STATUSES[availability.status],
          until: availability.until,
          note: availability.note,
        },
        office,
      ),
    );
  }
  if (mentoring.willing) {
    version = await versionOf(
      directory.setMentoringOffer(
        {
          expertId,
          expectedVersion: version,
          offer: {
            ...mentoring,
            topicSkillCodes: [...mentoring.topicSkillCodes],
            modality: MODALITIES[mentoring.modality],
          },
        },
        office,
      ),
    );
  }
  const hidden = Object.entries(expert.visibility);
  if (hidden.length > 0) {
    await directory.setVisibility(
      {
        expertId,
        expectedVersion: version,
        visibility: Object.fromEntries(
          hidden.map(([field, value]) => [field, VISIBILITIES[value]]),
        ),
      },
      office,
    );
  }
}

async function versionOf(call: Promise<{ profile?: { version: number } | undefined }>) {
  return (await call).profile?.version ?? 0;
}

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
}

// Demo data for `pnpm platform`: one open round with quotas and a few nominations at different
// steps, made through the service's own API with the demo users' tokens. Safe to run again.
import { randomUUID } from 'node:crypto';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { createGrpcClient } from '@expertnet/platform';
import { demoAccessToken } from '@expertnet/infra';
import {
  DecisionOutcome,
  DocumentKind,
  EducationLevel,
  EmploymentType,
  Gender,
  NominationsService,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';

const ROUND_NAME = 'Đợt tuyển chọn chuyên gia chuyển đổi số 2026';
const DAY = 86_400_000;

const client = createGrpcClient(NominationsService, required('NOMINATIONS_GRPC_ADDRESS'));

const tokenOf = (username: string) => demoAccessToken(required('KEYCLOAK_ISSUER'), username);

const office = { token: await tokenOf('office.mai') };
const existing = await client.listRounds({}, office);
if (existing.rounds.some((round) => round.name?.vi === ROUND_NAME)) {
  process.stdout.write('demo data: already there\n');
  process.exit(0);
}

const now = Date.now();
const { round } = await client.createRound(
  {
    settings: {
      name: { vi: ROUND_NAME, en: 'Digital transformation expert intake 2026' },
      description: 'Đề cử cán bộ tham gia Chương trình 1.000 chuyên gia CĐS (QĐ 146/QĐ-TTg).',
      opensAt: timestampFromMs(now - DAY),
      closesAt: timestampFromMs(now + 45 * DAY),
      eligibility: {
        employmentTypes: [EmploymentType.CIVIL_SERVANT, EmploymentType.PUBLIC_EMPLOYEE],
        minYearsOfService: 3,
        maxAge: 50,
        minEducationLevel: EducationLevel.BACHELOR,
      },
      rubric: [
        {
          code: 'experience',
          name: { vi: 'Kinh nghiệm CĐS', en: 'DX experience' },
          maxScore: 10,
          weight: 50,
        },
        {
          code: 'expertise',
          name: { vi: 'Chuyên môn', en: 'Expertise' },
          maxScore: 10,
          weight: 30,
        },
        { code: 'commitment', name: { vi: 'Cam kết', en: 'Commitment' }, maxScore: 10, weight: 20 },
      ],
      reminderDaysBeforeClose: [14, 7, 1],
    },
  },
  office,
);
const roundId = round?.id ?? '';
await client.setQuotas(
  {
    roundId,
    quotas: [
      { organisation: { code: 'P01' }, floor: 30, ceiling: 40 },
      { organisation: { code: 'P79' }, floor: 30, ceiling: 40 },
      { organisation: { code: 'P48' }, floor: 20, ceiling: 30 },
      { organisation: { code: 'BYT' }, floor: 5, ceiling: 10 },
      { organisation: { code: 'BTC' }, floor: 5, ceiling: 10 },
    ],
  },
  office,
);
const drafted = await client.getRound({ roundId }, office);
await client.openRound({ roundId, expectedVersion: drafted.round?.version ?? 0 }, office);

const people = [
  // The demo account expert.an: accepted, so the cohort enrols them and they can check in.
  {
    user: 'nominator.hanoi',
    org: 'P01',
    name: 'Nguyễn Văn An',
    email: 'expert.an@demo.expertnet.vn',
    submit: true,
    decide: true,
  },
  { user: 'nominator.hanoi', org: 'P01', name: 'Trần Quốc Việt', submit: true, decide: false },
  { user: 'nominator.hanoi', org: 'P01', name: 'Lê Thị Mai Anh', submit: false, decide: false },
  { user: 'nominator.hcm', org: 'P79', name: 'Phạm Minh Khôi', submit: true, decide: false },
  { user: 'nominator.byt', org: 'BYT', name: 'Đỗ Hoàng Nam', submit: true, decide: true },
];
const reviewer = { token: await tokenOf('reviewer.hung') };
for (const [index, person] of people.entries()) {
  const nominator = { token: await tokenOf(person.user) };
  const created = await client.createNomination(
    {
      requestId: randomUUID(),
      roundId,
      organisation: { code: person.org },
      candidate: {
        fullName: person.name,
        dateOfBirth: `198${index + 3}-0${index + 1}-15`,
        gender: index % 2 === 0 ? Gender.FEMALE : Gender.MALE,
        position: 'Chuyên viên chính',
        unit: person.org === 'BYT' ? 'Cục Công nghệ thông tin' : 'Sở Khoa học và Công nghệ',
        email: person.email ?? `demo${index}@cds.gov.vn`,
        phone: `09123456${String(index).padStart(2, '0')}`,
        employmentType: EmploymentType.CIVIL_SERVANT,
        educationLevel: EducationLevel.MASTER,
        fieldOfStudy: 'Hệ thống thông tin',
        digitalBackground: true,
        yearsOfService: 8 + index,
        yearsOfExperience: 4 + index,
        specialties: ['Dữ liệu số', 'Chính quyền số'],
        languages: ['vi', 'en'],
      },
      nationalId: `0010850${String(12345 + index).padStart(5, '0')}`,
      officer: {
        fullName: 'Vũ Văn Thành',
        position: 'Chánh Văn phòng',
        email: 'vanphong@cds.gov.vn',
      },
    },
    nominator,
  );
  let nomination = created.nomination;
  if (!person.submit) continue;
  nomination = (
    await client.addDocument(
      {
        nominationId: nomination?.id ?? '',
        expectedVersion: nomination?.version ?? 0,
        kind: DocumentKind.DECISION_LETTER,
        fileName: 'quyet-dinh-cu.pdf',
        contentType: 'application/pdf',
        sizeBytes: 240_000n,
        sha256: String(index).repeat(64).slice(0, 64),
        storageKey: `demo/${String(index)}/quyet-dinh-cu.pdf`,
      },
      nominator,
    )
  ).nomination;
  nomination = (
    await client.submitNomination(
      { nominationId: nomination?.id ?? '', expectedVersion: nomination?.version ?? 0 },
      nominator,
    )
  ).nomination;
  if (!person.decide) continue;
  nomination = (
    await client.scoreNomination(
      {
        nominationId: nomination?.id ?? '',
        scores: [
          { criterionCode: 'experience', score: 9 },
          { criterionCode: 'expertise', score: 8 },
          { criterionCode: 'commitment', score: 9 },
        ],
        comment: 'Hồ sơ tốt',
      },
      reviewer,
    )
  ).nomination;
  await client.decideNomination(
    {
      nominationId: nomination?.id ?? '',
      expectedVersion: nomination?.version ?? 0,
      outcome: DecisionOutcome.ACCEPTED,
      reason: 'Đạt yêu cầu theo tiêu chí của Chương trình',
    },
    office,
  );
}
client.close();
process.stdout.write(`demo data: round ${roundId} with ${people.length} nominations\n`);

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
}

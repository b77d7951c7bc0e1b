// Demo data for `pnpm platform`: an open mentoring programme with applications and a matching run
// left as a draft, so the programme office finds a board to inspect, adjust and publish. Made
// through mentoring's own API (and the directory's search to choose mentees) as the office would.
// The mentor pool needs no seed: it follows the directory's profiles. Safe to run again.
import { createGrpcClient, vietnamDateOf } from '@expertnet/platform';
import { demoAccessToken } from '@expertnet/infra';
import { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import {
  MeetingMode,
  MentoringService,
} from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';

const MENTEES = 12;
const mentoring = createGrpcClient(MentoringService, required('MENTORING_GRPC_ADDRESS'));
const directory = createGrpcClient(DirectoryService, required('DIRECTORY_GRPC_ADDRESS'));
const office = { token: await demoAccessToken(required('KEYCLOAK_ISSUER'), 'office.mai') };

const { programmes } = await mentoring.listProgrammes({}, office);
if (programmes.length > 0) {
  process.stdout.write('demo data: already there\n');
  process.exit(0);
}

// The pool fills from the directory's events: wait until mentoring has read the demo network.
const deadline = Date.now() + 120_000;
while ((await mentoring.listMentors({ page: { pageSize: 20 } }, office)).mentors.length < 20) {
  if (Date.now() > deadline) throw new Error('the mentor pool did not fill from the directory');
  await new Promise((resolve) => setTimeout(resolve, 500));
}

const day = (offset: number) => vietnamDateOf(new Date(Date.now() + offset * 86_400_000));
const { programme } = await mentoring.createProgramme(
  {
    settings: {
      name: {
        vi: 'Chuyên gia kèm cặp cán bộ chuyển đổi số cấp tỉnh 2027',
        en: 'Experts mentor provincial digital-transformation officers 2027',
      },
      description:
        'Mỗi cán bộ được một chuyên gia của mạng lưới kèm cặp trong 6 tháng, trực tuyến hoặc trực tiếp.',
      opensOn: day(-3),
      closesOn: day(60),
      targetPairs: 40,
      durationMonths: 6,
      rules: { weights: {}, maxDistanceKm: 300, respondWithinDays: 7 },
    },
  },
  office,
);
const programmeId = programme?.id ?? '';

const { hits } = await directory.searchExperts(
  { query: 'chuyen doi so', page: { pageSize: 60 } },
  office,
);
const mentees = hits
  .map((hit) => hit.expert)
  .filter(
    (expert) => expert !== undefined && !expert.willingToMentor && expert.topSkills.length > 0,
  )
  .slice(0, MENTEES);
for (const mentee of mentees) {
  await mentoring.applyForMentoring(
    {
      programmeId,
      menteeExpertId: mentee?.id ?? '',
      details: {
        topicSkillCodes: (mentee?.topSkills ?? []).slice(0, 2).map((skill) => skill.code),
        goals: 'Xây dựng và triển khai kế hoạch chuyển đổi số của đơn vị',
        preferredMode: MeetingMode.ANY,
        durationMonths: 6,
      },
    },
    office,
  );
}
const { run } = await mentoring.runMatching({ programmeId }, office);
mentoring.close();
directory.close();
process.stdout.write(
  `demo data: a mentoring programme with ${String(mentees.length)} applications and a draft match of ${String(run?.pairs.length ?? 0)} pairs to publish\n`,
);

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
}

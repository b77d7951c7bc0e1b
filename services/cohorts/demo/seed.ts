// Demo data for `pnpm platform`, after the nominations demo: a track and a RUNNING cohort for the
// demo intake round, with the accepted candidates (enrolled by the nominations consumer, pooled
// until a cohort exists) assigned to it and two sessions scheduled. Safe to run again.
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { createGrpcClient } from '@expertnet/platform';
import { demoAccessToken } from '@expertnet/infra';
import {
  CohortStatus,
  CohortsService,
  DeliveryMode,
  EnrolmentStatus,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import {
  NominationStatus,
  NominationsService,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';

const DEMO_ROUND = 'Đợt tuyển chọn chuyên gia chuyển đổi số 2026';
const COHORT_CODE = 'CDS-K1-2026';
const DAY = 86_400_000;

const cohorts = createGrpcClient(CohortsService, required('COHORTS_GRPC_ADDRESS'));
const nominations = createGrpcClient(NominationsService, required('NOMINATIONS_GRPC_ADDRESS'));

async function tokenOf(username: string) {
  const token = await demoAccessToken(required('KEYCLOAK_ISSUER'), username);
  return { token, subject: subjectOf(token) };
}

const subjectOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { sub: string })
    .sub;

const office = await tokenOf('office.mai');
const facilitator = await tokenOf('expert.linh');
const existing = await cohorts.listCohorts({}, office);
if (existing.cohorts.some((cohort) => cohort.settings?.code === COHORT_CODE)) {
  process.stdout.write('demo data: already there\n');
  process.exit(0);
}
const round = (await nominations.listRounds({}, office)).rounds.find(
  (candidate) => candidate.name?.vi === DEMO_ROUND,
);
if (round === undefined) throw new Error('the nominations demo round is missing; seed it first');

const { track } = await cohorts.createTrack(
  {
    settings: {
      code: 'CDS-2026',
      name: { vi: 'Chuyên gia chuyển đổi số 2026', en: 'Digital transformation expert 2026' },
      modules: [
        {
          code: 'M1',
          title: { vi: 'Chiến lược chuyển đổi số', en: 'DX strategy' },
          hours: 24,
          passScore: 60,
          required: true,
        },
        {
          code: 'M2',
          title: { vi: 'Dữ liệu và nền tảng số', en: 'Data and platforms' },
          hours: 24,
          passScore: 60,
          required: true,
        },
      ],
      completion: { minAttendancePercent: 80, minModulesPassed: 2 },
    },
  },
  office,
);
const now = Date.now();
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const settings = {
  trackId: track?.id ?? '',
  intakeRoundId: round.id,
  code: COHORT_CODE,
  name: { vi: 'Khóa 1 năm 2026', en: 'Cohort 1, 2026' },
  startDate: dateOf(now - 7 * DAY),
  endDate: dateOf(now + 60 * DAY),
  capacity: 40,
  deliveryMode: DeliveryMode.BLENDED,
  venue: 'Học viện Công nghệ Bưu chính Viễn thông, Hà Nội',
  facilitators: [
    {
      subject: facilitator.subject,
      fullName: 'Trần Thùy Linh',
      email: 'expert.linh@demo.expertnet.vn',
    },
  ],
};
const { cohort } = await cohorts.createCohort({ settings }, office);
const running = await cohorts.updateCohort(
  {
    cohortId: cohort?.id ?? '',
    expectedVersion: cohort?.version ?? 0,
    settings,
    status: CohortStatus.RUNNING,
  },
  office,
);
const cohortId = running.cohort?.id ?? '';
for (const [index, moduleCode] of ['M1', 'M2'].entries()) {
  const startsAt = now + (index * 7 + 1) * DAY;
  await cohorts.scheduleSession(
    {
      cohortId,
      settings: {
        moduleCode,
        title: index === 0 ? 'Chiến lược chuyển đổi số cấp tỉnh' : 'Kiến trúc dữ liệu dùng chung',
        startsAt: timestampFromMs(startsAt),
        endsAt: timestampFromMs(startsAt + 3 * 3_600_000),
        mode: DeliveryMode.ONLINE,
        meetingUrl: 'https://meet.expertnet.vn/k1-2026',
        checkIn: { opensMinutesBefore: 15, lateAfterMinutes: 10, closesMinutesAfter: 60 },
      },
    },
    office,
  );
}

// The accepted demo candidates reach cohorts through the nominations stream, after whatever the
// stream already held: wait until all of them are there, then assign them.
const accepted = await nominations.listNominations(
  { roundId: round.id, statuses: [NominationStatus.ACCEPTED] },
  office,
);
let assigned = 0;
for (let attempt = 0; attempt < 180 && assigned < accepted.nominations.length; attempt += 1) {
  const pooled = await pooledOfRound(round.id);
  if (pooled.length < accepted.nominations.length - assigned) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    continue;
  }
  for (const enrolment of pooled) {
    await cohorts.assignToCohort(
      { enrolmentId: enrolment.id, expectedVersion: enrolment.version, cohortId },
      office,
    );
    assigned += 1;
  }
}
cohorts.close();
nominations.close();
process.stdout.write(
  `demo data: running cohort ${COHORT_CODE} with ${String(assigned)} trainees\n`,
);

/** The round's candidates waiting in the pool (the pool may hold other rounds' too). */
async function pooledOfRound(roundId: string) {
  const found = [];
  let cursor = '';
  do {
    const page = await cohorts.listEnrolments(
      { statuses: [EnrolmentStatus.POOLED], page: { pageSize: 200, cursor } },
      office,
    );
    found.push(...page.enrolments.filter((enrolment) => enrolment.roundId === roundId));
    cursor = page.page?.nextCursor ?? '';
  } while (cursor !== '');
  return found;
}

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
}

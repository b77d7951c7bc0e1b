// Demo data for `pnpm platform`: support requests from Hà Nội and Đà Nẵng at each step the network
// office deals with (a draft, two waiting for triage, one accepted with offers out to the
// directory's best candidates), made through coordination's own API as their users would.
// Safe to run again.
import { randomUUID } from 'node:crypto';
import { createGrpcClient, vietnamDateOf } from '@expertnet/platform';
import { demoAccessToken } from '@expertnet/infra';
import {
  CoordinationService,
  SupportMode,
  TriageAction,
  Urgency,
  Priority,
} from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';

const coordination = createGrpcClient(CoordinationService, required('COORDINATION_GRPC_ADDRESS'));
const issuer = required('KEYCLOAK_ISSUER');
const office = { token: await demoAccessToken(issuer, 'office.mai') };
const hanoi = { token: await demoAccessToken(issuer, 'coordinator.hanoi') };
const danang = { token: await demoAccessToken(issuer, 'coordinator.danang') };

const { supportRequests } = await coordination.listSupportRequests(
  { page: { pageSize: 1 } },
  office,
);
if (supportRequests.length > 0) {
  process.stdout.write('demo data: already there\n');
  process.exit(0);
}

const day = (offset: number) => vietnamDateOf(new Date(Date.now() + offset * 86_400_000));

const REQUESTS = [
  {
    who: hanoi,
    organisation: 'P01',
    step: 'offers',
    title: 'Xây dựng kho dữ liệu dùng chung của thành phố',
    skills: ['data-governance', 'master-data'],
    mode: SupportMode.HYBRID,
    urgency: Urgency.HIGH,
  },
  {
    who: hanoi,
    organisation: 'P01',
    step: 'submitted',
    title: 'Đánh giá mức độ chuyển đổi số cấp xã',
    skills: ['digital-transformation-assessment'],
    mode: SupportMode.ON_SITE,
    urgency: Urgency.NORMAL,
  },
  {
    who: danang,
    organisation: 'P48',
    step: 'submitted',
    title: 'Rà soát an toàn thông tin hệ thống một cửa điện tử',
    skills: ['cybersecurity', 'security-compliance'],
    mode: SupportMode.REMOTE,
    urgency: Urgency.CRITICAL,
  },
  {
    who: danang,
    organisation: 'P48',
    step: 'draft',
    title: 'Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng',
    skills: ['digital-skills-training', 'community-digital-teams'],
    mode: SupportMode.ON_SITE,
    urgency: Urgency.LOW,
  },
] as const;

for (const [index, plan] of REQUESTS.entries()) {
  const { supportRequest: draft } = await coordination.createSupportRequest(
    {
      requestId: randomUUID(),
      requestingOrganisation: { code: plan.organisation },
      details: {
        title: plan.title,
        description: `${plan.title}: đơn vị cần chuyên gia của mạng lưới hỗ trợ theo kế hoạch chuyển đổi số năm nay.`,
        sectorCode: 'public-administration',
        skills: plan.skills.map((code) => ({ code })),
        mode: plan.mode,
        province: { code: plan.organisation },
        address: plan.mode === SupportMode.REMOTE ? '' : 'Trụ sở Sở Khoa học và Công nghệ',
        startDate: day(21 + 7 * index),
        endDate: day(35 + 7 * index),
        expertsNeeded: index === 0 ? 2 : 1,
        contact: {
          fullName: 'Đầu mối chuyển đổi số',
          email: 'daumoi@demo.expertnet.vn',
          phone: '0912345678',
        },
        localPlan: 'Kế hoạch chuyển đổi số năm 2027',
        scope: 'Khảo sát hiện trạng, đề xuất giải pháp, hướng dẫn triển khai.',
        deliverables: ['Báo cáo hiện trạng', 'Đề xuất giải pháp'],
        effortDays: 10,
        urgency: plan.urgency,
      },
    },
    plan.who,
  );
  if (plan.step === 'draft' || draft === undefined) continue;
  const { supportRequest: submitted } = await coordination.submitSupportRequest(
    { supportRequestId: draft.id, expectedVersion: draft.version },
    plan.who,
  );
  if (plan.step === 'submitted' || submitted === undefined) continue;
  const { supportRequest: accepted } = await coordination.triageSupportRequest(
    {
      supportRequestId: submitted.id,
      expectedVersion: submitted.version,
      action: TriageAction.ACCEPT,
      priority: Priority.HIGH,
    },
    office,
  );
  await coordination.startOffers(
    {
      supportRequestId: accepted?.id ?? '',
      expectedVersion: accepted?.version ?? 0,
      offersAtOnce: 3,
      respondWithinDays: 5,
    },
    office,
  );
}
coordination.close();
process.stdout.write(
  `demo data: ${String(REQUESTS.length)} support requests (a draft, two to triage, one with offers out)\n`,
);

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
}

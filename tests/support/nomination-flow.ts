import { randomUUID } from 'node:crypto';
import type { Json } from './gateway-api.ts';

type Ok = (user: 'office', method: string, path: string, body?: Json) => Promise<Json>;

/** An open round with a large quota for P01, through the gateway as the programme office. */
export async function openRoundForP01(ok: Ok): Promise<string> {
  const now = Date.now();
  const created = await ok('office', 'POST', '/rounds', {
    settings: {
      name: { vi: 'Đợt thử sức chịu lỗi', en: 'Chaos round' },
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
      eligibility: {},
      rubric: [
        { code: 'overall', name: { vi: 'Tổng thể', en: 'Overall' }, maxScore: 10, weight: 1 },
      ],
    },
  });
  const roundId = String((created.round as Json).id);
  await ok('office', 'PUT', `/rounds/${roundId}/quotas`, {
    quotas: [{ organisation: { code: 'P01' }, floor: 1, ceiling: 1_000 }],
  });
  await ok('office', 'POST', `/rounds/${roundId}/open`, { expectedVersion: 2 });
  return roundId;
}

/** A nomination draft for P01; the request id makes a retried create return the same draft. */
export function draftOf(roundId: string, requestId: string = randomUUID()): Json {
  return {
    requestId,
    roundId,
    organisation: { code: 'P01' },
    nationalId: `0010${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    candidate: {
      fullName: 'Nguyễn Văn Kiên',
      dateOfBirth: '1990-01-01',
      gender: 'GENDER_MALE',
      position: 'Chuyên viên',
      unit: 'Sở Khoa học và Công nghệ',
      email: 'kien@hanoi.gov.vn',
      phone: '0912345678',
      employmentType: 'EMPLOYMENT_TYPE_CIVIL_SERVANT',
      educationLevel: 'EDUCATION_LEVEL_BACHELOR',
      yearsOfService: 5,
    },
    officer: { fullName: 'Trần Văn Bình', email: 'binh@hanoi.gov.vn' },
  };
}

import { randomUUID } from 'node:crypto';
import { fromBinary } from '@bufbuild/protobuf';
import {
  NOMINATIONS_EVENTS,
  NOMINATIONS_STREAM,
  NOMINATIONS_SUBJECTS,
} from '@expertnet/proto/events';
import type { Json } from './gateway-api.ts';
import { storedEvents } from './stream-events.ts';

type Ok = (user: 'office', method: string, path: string, body?: Json) => Promise<Json>;
type Call = (
  user: 'hanoi',
  method: string,
  path: string,
  body?: Json,
) => Promise<{ status: number; body: Json }>;
type NominatorOk = (user: 'hanoi', method: string, path: string, body?: Json) => Promise<Json>;

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

/** `count` drafts of P01 with their decision letters, ready to submit; their ids. */
export async function draftsWithLetters(
  ok: NominatorOk,
  roundId: string,
  count: number,
): Promise<string[]> {
  const drafts: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const created = await ok('hanoi', 'POST', '/nominations', draftOf(roundId));
    const { id, version } = created.nomination as Json;
    await ok('hanoi', 'POST', `/nominations/${String(id)}/documents`, {
      expectedVersion: version,
      kind: 'DOCUMENT_KIND_DECISION_LETTER',
      fileName: 'quyet-dinh.pdf',
      contentType: 'application/pdf',
      sizeBytes: '1000',
      sha256: 'c'.repeat(64),
      storageKey: `chaos/${String(id)}.pdf`,
    });
    drafts.push(String(id));
  }
  return drafts;
}

/**
 * Submits a draft as a careful client does after a failure: it reads the nomination first, and
 * submits only what is not submitted yet, with the version it read. Any answer, not only 200.
 */
export async function submitOnce(call: Call, id: string) {
  const current = await call('hanoi', 'GET', `/nominations/${id}`);
  if (current.status !== 200) return current;
  const nomination = current.body.nomination as Json;
  if (nomination.status === 'NOMINATION_STATUS_SUBMITTED') return current;
  return call('hanoi', 'POST', `/nominations/${id}/submit`, {
    expectedVersion: nomination.version,
  });
}

/** How many NominationSubmitted events the stream holds, by nomination id. */
export function submittedEvents(natsUrl: string): Promise<Map<string, number>> {
  const subject = NOMINATIONS_SUBJECTS.nominationSubmitted;
  return storedEvents(natsUrl, NOMINATIONS_STREAM.name, subject, (envelope) =>
    String(fromBinary(NOMINATIONS_EVENTS[subject], envelope.data).nomination?.nominationId),
  );
}

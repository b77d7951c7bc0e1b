import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { fromBinary } from '@bufbuild/protobuf';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import {
  NominationAcceptedSchema,
  NominationReturnedSchema,
  NominationSubmittedSchema,
  NominationWaitlistedSchema,
} from '@expertnet/proto/expertnet/nominations/v1/events_pb.ts';
import { MINISTRY_USERS, TEST_CLIENT_ID } from '@expertnet/infra';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { brokeredLogin } from '../support/brokered-login.ts';
import { gatewayApi, type Json } from '../support/gateway-api.ts';
import { accessToken } from '../support/keycloak.ts';
import { kill9 } from '../support/processes.ts';
import { serversEnv, startService } from '../support/services.ts';
import { stackEnv } from '../support/stack-env.ts';

type User = 'office' | 'reviewer' | 'hanoi' | 'byt' | 'btc';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Types rows into the downloaded template by the column keys of its hidden second row. */
async function fillTemplate(template: Buffer, rows: readonly Record<string, string | number>[]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('the template has no sheet');
  const columnOf = new Map<string, number>();
  sheet.getRow(2).eachCell((cell, column) => columnOf.set(cell.text, column));
  rows.forEach((row, index) => {
    for (const [key, value] of Object.entries(row)) {
      sheet.getCell(3 + index, columnOf.get(key) ?? 0).value = value;
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The first thing the programme's users do, end to end: through the gateway's HTTP API with real
 * Keycloak tokens (the Ministry of Finance's officer signs in through identity brokering), to the
 * nominations service, MongoDB and JetStream.
 */
describe('nominating through the gateway', () => {
  const children: ChildProcess[] = [];
  const events: { subject: string; id: string; nominationId: string }[] = [];
  let nc: NatsConnection;
  let browser: Browser;
  let api: string;
  let tokens: Record<User, string>;

  let call: ReturnType<typeof gatewayApi<User>>['call'];
  let ok: ReturnType<typeof gatewayApi<User>>['ok'];

  beforeAll(async () => {
    const nominations = await startService(
      'nominations',
      {
        ...serversEnv(),
        NOMINATIONS_DB: `nominations_e2e_${randomUUID().slice(0, 8)}`,
        NOMINATIONS_GRPC_PORT: '0',
        NOMINATIONS_NATIONAL_ID_KEY: randomBytes(32).toString('base64'),
      },
      'nominations serving',
    );
    children.push(nominations.child);
    const gateway = await startService(
      'gateway',
      {
        ...serversEnv(),
        EXPERTNET_GATEWAY_PORT: '0',
        NOMINATIONS_GRPC_ADDRESS: `127.0.0.1:${String(nominations.port)}`,
      },
      'gateway listening',
    );
    children.push(gateway.child);
    api = `http://127.0.0.1:${String(gateway.port)}`;
    ({ call, ok } = gatewayApi<User>(api, () => tokens));

    browser = await launchChromium();
    const ministry = await brokeredLogin(browser, MINISTRY_USERS[0]?.username ?? '');
    const password = (username: string) => accessToken('expertnet', TEST_CLIENT_ID, username);
    tokens = {
      office: await password('office.mai'),
      reviewer: await password('reviewer.hung'),
      hanoi: await password('nominator.hanoi'),
      byt: await password('nominator.byt'),
      btc: ministry.body.access_token ?? '',
    };

    nc = await connect({ servers: stackEnv('NATS_URL') });
    const { state } = await (await jetstreamManager(nc)).streams.info('NOMINATIONS');
    const consumer = await jetstream(nc).consumers.get('NOMINATIONS', {
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: state.last_seq + 1,
    });
    const messages = await consumer.consume();
    void (async () => {
      for await (const message of messages) {
        const envelope = fromBinary(EventEnvelopeSchema, message.data);
        const facts = factsOf(envelope.subject, envelope.data);
        events.push({
          subject: envelope.subject,
          id: envelope.id,
          nominationId: facts?.nominationId ?? '',
        });
      }
    })();
  });

  afterAll(async () => {
    await Promise.all(children.map(kill9));
    await browser.close();
    await nc.close();
  });

  /** The programme office opens a round with quotas for P01, BYT and BTC; returns its id. */
  async function openRound(name: string): Promise<string> {
    const now = Date.now();
    const created = await ok('office', 'POST', '/rounds', {
      settings: {
        name: { vi: name, en: name },
        opensAt: new Date(now - 60_000).toISOString(),
        closesAt: new Date(now + 20 * 86_400_000).toISOString(),
        eligibility: { minYearsOfService: 2, maxAge: 55 },
        rubric: [
          { code: 'overall', name: { vi: 'Tổng thể', en: 'Overall' }, maxScore: 10, weight: 1 },
        ],
      },
    });
    const roundId = (created.round as Json).id as string;
    await ok('office', 'PUT', `/rounds/${roundId}/quotas`, {
      quotas: [
        { organisation: { code: 'P01' }, floor: 1, ceiling: 5 },
        { organisation: { code: 'BYT' }, floor: 1, ceiling: 5 },
        { organisation: { code: 'BTC' }, floor: 1, ceiling: 5 },
      ],
    });
    const draftRound = await ok('office', 'GET', `/rounds/${roundId}`);
    await ok('office', 'POST', `/rounds/${roundId}/open`, {
      expectedVersion: (draftRound.round as Json).version,
    });
    return roundId;
  }

  it('runs a round: two ministries and a province nominate, one is returned, all are decided', async () => {
    const roundId = await openRound('Đợt thử nghiệm đầu cuối');

    const nominate = async (user: User, org: string, fullName: string) => {
      const draft = await ok(user, 'POST', '/nominations', {
        requestId: randomUUID(),
        roundId,
        organisation: { code: org },
        nationalId: `0790${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
        candidate: {
          fullName,
          dateOfBirth: '1988-07-20',
          gender: 'GENDER_MALE',
          position: 'Chuyên viên chính',
          unit: 'Văn phòng',
          email: `${randomUUID().slice(0, 6)}@gov.vn`,
          phone: '0987654321',
          employmentType: 'EMPLOYMENT_TYPE_CIVIL_SERVANT',
          educationLevel: 'EDUCATION_LEVEL_BACHELOR',
          yearsOfService: 7,
        },
        officer: { fullName: 'Lý Thị Hoa', email: 'hoa@gov.vn' },
      });
      const nomination = draft.nomination as Json;
      const withLetter = await ok(
        user,
        'POST',
        `/nominations/${nomination.id as string}/documents`,
        {
          expectedVersion: nomination.version,
          kind: 'DOCUMENT_KIND_DECISION_LETTER',
          fileName: 'quyet-dinh.pdf',
          contentType: 'application/pdf',
          sizeBytes: '120000',
          sha256: 'b'.repeat(64),
          storageKey: `e2e/${nomination.id as string}.pdf`,
        },
      );
      const submitted = await ok(user, 'POST', `/nominations/${nomination.id as string}/submit`, {
        expectedVersion: (withLetter.nomination as Json).version,
      });
      return submitted.nomination as Json;
    };
    const hanoi = await nominate('hanoi', 'P01', 'Bùi Thị Ngọc Lan');
    const byt = await nominate('byt', 'BYT', 'Đặng Văn Phúc');
    const btc = await nominate('btc', 'BTC', 'Hồ Thị Kim Oanh');

    // The ministry officer works only within the Ministry of Finance.
    const outside = await call('btc', 'GET', `/nominations/${hanoi.id as string}`);
    expect([outside.status, outside.body.code]).toEqual([403, 'ORG_SCOPE_VIOLATION']);

    const returned = await ok('reviewer', 'POST', `/nominations/${byt.id as string}/return`, {
      expectedVersion: byt.version,
      reason: 'Bổ sung bằng cấp chuyên môn',
    });
    const resubmitted = await ok('byt', 'POST', `/nominations/${byt.id as string}/submit`, {
      expectedVersion: (returned.nomination as Json).version,
    });
    expect((resubmitted.nomination as Json).status).toBe('NOMINATION_STATUS_RESUBMITTED');

    const decisions: [Json, string][] = [
      [hanoi, 'DECISION_OUTCOME_ACCEPTED'],
      [resubmitted.nomination as Json, 'DECISION_OUTCOME_ACCEPTED'],
      [btc, 'DECISION_OUTCOME_WAITLISTED'],
    ];
    for (const [nomination, outcome] of decisions) {
      const scored = await ok('reviewer', 'POST', `/nominations/${nomination.id as string}/score`, {
        scores: [{ criterionCode: 'overall', score: 8 }],
      });
      const decided = await ok('office', 'POST', `/nominations/${nomination.id as string}/decide`, {
        expectedVersion: (scored.nomination as Json).version,
        outcome,
        reason: 'Theo đề xuất của hội đồng xét chọn',
      });
      expect((decided.nomination as Json).decision).toMatchObject({ outcome });
    }

    // Exactly once each: 4 submissions (one a resubmission), 1 return, 3 decisions.
    const ours = new Set([hanoi.id, byt.id, btc.id]);
    const mine = () => events.filter((event) => ours.has(event.nominationId));
    await expect.poll(() => mine().length, { timeout: 15_000 }).toBe(8);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mine()).toHaveLength(8);
    expect(new Set(mine().map((event) => event.id)).size).toBe(8);
    const count = (subject: string) => mine().filter((event) => event.subject === subject).length;
    expect(count('nominations.nomination.submitted')).toBe(4);
    expect(count('nominations.nomination.returned')).toBe(1);
    expect(count('nominations.nomination.accepted')).toBe(2);
    expect(count('nominations.nomination.waitlisted')).toBe(1);

    const ledger = await ok('office', 'GET', `/rounds/${roundId}/quota-ledger`);
    expect(ledger.totals).toMatchObject({ submitted: 3, accepted: 2, waitlisted: 1 });
  });

  it('imports a filled template row by row, and the same file again creates nothing', async () => {
    const roundId = await openRound('Đợt nhập từ Excel');
    const template = await fetch(`${api}/api/v1/rounds/${roundId}/nominations/template.xlsx`, {
      headers: { authorization: `Bearer ${tokens.hanoi}` },
    });
    expect(template.status).toBe(200);
    const person = (name: string, email: string) => ({
      'candidate.full_name': name,
      'candidate.date_of_birth': '15/03/1987',
      'candidate.gender': 'Nữ',
      national_id: `0011${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
      'candidate.position': 'Chuyên viên',
      'candidate.unit': 'Sở Nội vụ',
      'candidate.employment_type': 'Công chức',
      'candidate.education_level': 'Thạc sĩ',
      'candidate.email': email,
      'candidate.phone': '0912345678',
      'candidate.years_of_service': 6,
    });
    const file = await fillTemplate(Buffer.from(await template.arrayBuffer()), [
      person('Nguyễn Thị Hồng', 'hong@hanoi.gov.vn'),
      person('Trần Văn Khải', 'khong-phai-email'),
      person('Lê Thu Trang', 'trang@hanoi.gov.vn'),
    ]);
    const upload = () =>
      fetch(
        `${api}/api/v1/rounds/${roundId}/nominations/import?mode=valid-rows-only&officer.fullName=${encodeURIComponent('Lý Thị Hoa')}&officer.email=hoa@hanoi.gov.vn`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens.hanoi}`, 'content-type': XLSX },
          body: file,
        },
      );
    const first = await upload();
    const report = (await first.json()) as {
      rows: { outcome: string; problems?: { field: string }[] }[];
    };
    expect(first.status, JSON.stringify(report)).toBe(200);
    expect(report.rows.map((row) => row.outcome)).toEqual([
      'IMPORT_ROW_OUTCOME_CREATED',
      'IMPORT_ROW_OUTCOME_INVALID',
      'IMPORT_ROW_OUTCOME_CREATED',
    ]);
    expect(report.rows[1]?.problems?.map((problem) => problem.field)).toContain('candidate.email');

    const again = (await (await upload()).json()) as typeof report;
    expect(again).toEqual(report);
    const listed = await ok('hanoi', 'GET', `/nominations?roundId=${roundId}`);
    expect(listed.nominations).toHaveLength(2);

    const malformed = await fetch(
      `${api}/api/v1/rounds/${roundId}/nominations/import?mode=all-or-nothing&officer.fullName=Hoa&officer.email=hoa@hanoi.gov.vn`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.hanoi}`, 'content-type': XLSX },
        body: Buffer.from('this is not a workbook'),
      },
    );
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as Json).code).toBe('XLSX_MALFORMED');
  });

  it('carries a document of almost 10 MiB up and back through the gateway, byte for byte', async () => {
    const roundId = await openRound('Đợt thử tài liệu lớn');
    const draft = await ok('hanoi', 'POST', '/nominations', {
      requestId: randomUUID(),
      roundId,
      organisation: { code: 'P01' },
      nationalId: `0790${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
      candidate: {
        fullName: 'Vũ Thị Minh Châu',
        dateOfBirth: '1988-07-20',
        gender: 'GENDER_FEMALE',
        position: 'Chuyên viên chính',
        unit: 'Văn phòng',
        email: `${randomUUID().slice(0, 6)}@gov.vn`,
        phone: '0987654321',
        employmentType: 'EMPLOYMENT_TYPE_CIVIL_SERVANT',
        educationLevel: 'EDUCATION_LEVEL_BACHELOR',
        yearsOfService: 7,
      },
      officer: { fullName: 'Lý Thị Hoa', email: 'hoa@gov.vn' },
    });
    const nomination = draft.nomination as Json;
    const id = nomination.id as string;
    // Larger than grpc-js's default 4 MiB: both the gateway's client and the service take it.
    const file = randomBytes(10 * 1024 * 1024 - 4096);
    const fileName = encodeURIComponent('Quyết định cử.pdf');
    const uploaded = await fetch(
      `${api}/api/v1/nominations/${id}/documents/upload?kind=DOCUMENT_KIND_DECISION_LETTER&fileName=${fileName}&expectedVersion=${String(nomination.version)}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.hanoi}`, 'content-type': 'application/pdf' },
        body: file,
      },
    );
    expect(uploaded.status).toBe(200);
    const documents = ((await uploaded.json()) as { nomination: { documents: Json[] } }).nomination
      .documents;
    expect(documents[0]).toMatchObject({
      sizeBytes: String(file.length),
      sha256: createHash('sha256').update(file).digest('hex'),
    });
    const url = `${api}/api/v1/nominations/${id}/documents/${documents[0]?.id as string}/content`;
    const download = await fetch(url, { headers: { authorization: `Bearer ${tokens.reviewer}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${fileName}`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);
    const outside = await fetch(url, { headers: { authorization: `Bearer ${tokens.btc}` } });
    expect(outside.status).toBe(403);
  });

  it('answers bad input with problem+json naming the field', async () => {
    const response = await fetch(`${api}/api/v1/nominations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.hanoi}`, 'content-type': 'application/json' },
      body: JSON.stringify({ requestId: 'not-a-uuid', organisation: { code: 'P01' } }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((error) => error.field)).toContain('requestId');
  });
});

/** The nomination an event is about (events this test does not expect have none). */
function factsOf(subject: string, data: Uint8Array) {
  switch (subject) {
    case 'nominations.nomination.submitted':
      return fromBinary(NominationSubmittedSchema, data).nomination;
    case 'nominations.nomination.returned':
      return fromBinary(NominationReturnedSchema, data).nomination;
    case 'nominations.nomination.accepted':
      return fromBinary(NominationAcceptedSchema, data).nomination;
    case 'nominations.nomination.waitlisted':
      return fromBinary(NominationWaitlistedSchema, data).nomination;
    default:
      return undefined;
  }
}

// A document's bytes through the real service process: uploaded whole (~3 MiB, more than
// grpc-js's default 4 MiB would allow once doubled, and past one 1 MiB chunk), read back
// byte-identical by the nominator and a reviewer, stored once however often it is sent, and out
// of reach of a nominator of another organisation.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { createGrpcClient, richStatusOf } from '@expertnet/platform';
import {
  DocumentKind,
  NominationsService,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { accessTokens } from '@expertnet/tests/support/keycloak.ts';
import { kill9 } from '@expertnet/tests/support/processes.ts';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_GRPC_MESSAGE_BYTES } from '../../src/domain/index.ts';
import { candidate, nationalId, officer, startNominations } from '../support.ts';

type Users = 'office' | 'reviewer' | 'hanoi' | 'hcm';
type ServiceError = Parameters<typeof richStatusOf>[0] & { code: number };

const PERMISSION_DENIED = 7;

const failure = async (call: Promise<unknown>) => {
  const error = (await call.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as ServiceError | undefined;
  if (error === undefined) throw new Error('the call succeeded; an error was expected');
  return { code: error.code, ...richStatusOf(error) };
};

describe('document content: upload and download of a nomination’s file, against the real servers', () => {
  let service: Awaited<ReturnType<typeof startNominations>>;
  let client: ReturnType<typeof createGrpcClient<typeof NominationsService.method>>;
  let mongo: MongoClient;
  let tokens: Record<Users, string>;
  let nominationId: string;
  let version: number;
  const as = (user: Users) => ({ token: tokens[user], deadlineMs: 30_000 });
  const content = randomBytes(3 * 1024 * 1024 + 12_345);
  const sha256 = createHash('sha256').update(content).digest('hex');

  beforeAll(async () => {
    service = await startNominations();
    client = createGrpcClient(NominationsService, service.address, {
      maxMessageBytes: MAX_GRPC_MESSAGE_BYTES,
    });
    mongo = await new MongoClient(service.env.MONGO_URL).connect();
    tokens = await accessTokens<Users>({
      office: 'office.mai',
      reviewer: 'reviewer.hung',
      hanoi: 'nominator.hanoi',
      hcm: 'nominator.hcm',
    });
    const now = Date.now();
    const created = await client.createRound(
      {
        settings: {
          name: { vi: 'Đợt thử tài liệu', en: 'Document test round' },
          opensAt: timestampFromMs(now - 60_000),
          closesAt: timestampFromMs(now + 30 * 86_400_000),
          eligibility: { maxAge: 50, minYearsOfService: 3 },
          rubric: [
            {
              code: 'experience',
              name: { vi: 'Kinh nghiệm', en: 'Experience' },
              maxScore: 10,
              weight: 100,
            },
          ],
          reminderDaysBeforeClose: [1],
        },
      },
      as('office'),
    );
    const roundId = created.round?.id ?? '';
    await client.setQuotas(
      { roundId, quotas: [{ organisation: { code: 'P01' }, floor: 1, ceiling: 2 }] },
      as('office'),
    );
    const round = await client.getRound({ roundId }, as('office'));
    await client.openRound({ roundId, expectedVersion: round.round?.version ?? 0 }, as('office'));
    const nomination = await client.createNomination(
      {
        requestId: randomUUID(),
        roundId,
        organisation: { code: 'P01' },
        candidate: candidate('Nguyễn Thị Thu Hà'),
        nationalId: nationalId(),
        officer,
      },
      as('hanoi'),
    );
    nominationId = nomination.nomination?.id ?? '';
    version = nomination.nomination?.version ?? 0;
  });

  afterAll(async () => {
    client.close();
    await mongo.close();
    await kill9(service.child);
  });

  const upload = (user: Users) =>
    client.uploadDocument(
      {
        nominationId,
        expectedVersion: version,
        kind: DocumentKind.DECISION_LETTER,
        fileName: 'Quyết định cử.pdf',
        contentType: 'application/pdf',
        content,
      },
      as(user),
    );

  it('refuses the upload of a nominator of another organisation, storing nothing', async () => {
    const refused = await failure(upload('hcm'));
    expect(refused.code).toBe(PERMISSION_DENIED);
    expect(refused.reason).toBe('ORG_SCOPE_VIOLATION');
    const chunks = mongo.db(service.env.NOMINATIONS_DB).collection('document_contents');
    expect(await chunks.countDocuments({ sha256 })).toBe(0);
  });

  it('stores the bytes, with size and SHA-256 computed by the service', async () => {
    const answer = await upload('hanoi');
    const document = answer.nomination?.documents[0];
    expect(document).toMatchObject({
      fileName: 'Quyết định cử.pdf',
      contentType: 'application/pdf',
      sizeBytes: BigInt(content.length),
      sha256,
      storageKey: `sha256:${sha256}`,
    });
    version = answer.nomination?.version ?? 0;
    const chunks = mongo.db(service.env.NOMINATIONS_DB).collection('document_contents');
    expect(await chunks.countDocuments({ sha256 })).toBe(4);
  });

  it('refuses the same file again and stores no second copy', async () => {
    const refused = await failure(upload('hanoi'));
    expect(refused.reason).toBe('DOCUMENT_ALREADY_ATTACHED');
    const chunks = mongo.db(service.env.NOMINATIONS_DB).collection('document_contents');
    expect(await chunks.countDocuments({ sha256 })).toBe(4);
  });

  it('gives the bytes back, byte-identical, to the nominator and a reviewer only', async () => {
    const nomination = await client.getNomination({ nominationId }, as('hanoi'));
    const documentId = nomination.nomination?.documents[0]?.id ?? '';
    for (const user of ['hanoi', 'reviewer'] as const) {
      const got = await client.getDocumentContent({ nominationId, documentId }, as(user));
      expect(got.fileName).toBe('Quyết định cử.pdf');
      expect(got.contentType).toBe('application/pdf');
      expect(Buffer.from(got.content).equals(content)).toBe(true);
    }
    const refused = await failure(
      client.getDocumentContent({ nominationId, documentId }, as('hcm')),
    );
    expect(refused.code).toBe(PERMISSION_DENIED);
    expect(refused.reason).toBe('ORG_SCOPE_VIOLATION');
  });
});

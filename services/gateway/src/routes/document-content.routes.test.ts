import { create } from '@bufbuild/protobuf';
import {
  DocumentKind,
  GetDocumentContentResponseSchema,
  UploadDocumentResponseSchema,
  type GetDocumentContentRequest,
  type UploadDocumentRequest,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bearer,
  jsonOf,
  NOMINATOR_TOKEN,
  rpcError,
  testGateway,
  type FakeHandler,
} from '../../test/support.ts';
import { utf8Attachment } from './document-content.routes.ts';

const NOMINATION_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const DOCUMENT_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const UPLOAD_URL = `/api/v1/nominations/${NOMINATION_ID}/documents/upload`;
const CONTENT_URL = `/api/v1/nominations/${NOMINATION_ID}/documents/${DOCUMENT_ID}/content`;
const PDF = Buffer.from('%PDF-1.7\n\u00ff\u0000 not text, the bytes of a letter', 'latin1');

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function gateway(...args: Parameters<typeof testGateway>) {
  const built = await testGateway(...args);
  app = built.app;
  return built;
}

const uploadDocument: FakeHandler = () =>
  Promise.resolve(
    create(UploadDocumentResponseSchema, { nomination: { id: NOMINATION_ID, version: 5 } }),
  );

function upload(target: FastifyInstance, payload: Buffer, query: string, type = 'application/pdf') {
  return target.inject({
    method: 'POST',
    url: `${UPLOAD_URL}?${query}`,
    headers: { ...bearer(NOMINATOR_TOKEN), 'content-type': type },
    payload,
  });
}

const QUERY =
  'kind=DOCUMENT_KIND_DECISION_LETTER&fileName=quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.pdf&expectedVersion=4';

describe('POST /nominations/{nominationId}/documents/upload', () => {
  it('sends the raw body as UploadDocument, with the query fields and its content type', async () => {
    const { app, calls } = await gateway({ uploadDocument });
    const response = await upload(app, PDF, QUERY, 'application/pdf; charset=binary');
    expect(response.statusCode).toBe(200);
    expect(jsonOf(response)).toMatchObject({ nomination: { id: NOMINATION_ID, version: 5 } });
    const sent = calls[0]?.request as UploadDocumentRequest;
    expect(sent).toMatchObject({
      nominationId: NOMINATION_ID,
      expectedVersion: 4,
      kind: DocumentKind.DECISION_LETTER,
      fileName: 'quyết định.pdf',
      contentType: 'application/pdf',
    });
    expect(Buffer.from(sent.content).equals(PDF)).toBe(true);
    expect(calls[0]?.options).toEqual({ token: NOMINATOR_TOKEN, deadlineMs: 60_000 });
  });

  it('refuses a content type no document may have, without calling the service', async () => {
    const { app, calls } = await gateway({ uploadDocument });
    const response = await upload(app, PDF, QUERY, 'text/html');
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(calls).toEqual([]);
  });

  it('refuses a body over the upload limit as a problem', async () => {
    const { app, calls } = await gateway({ uploadDocument }, { uploadBodyLimitBytes: 16 });
    const response = await upload(app, PDF, QUERY);
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(calls).toEqual([]);
  });

  it("answers the service's refusal as a problem", async () => {
    const refuse: FakeHandler = () =>
      Promise.reject(rpcError('already-exists', 'DOCUMENT_ALREADY_ATTACHED', 'attached'));
    const { app } = await gateway({ uploadDocument: refuse });
    const response = await upload(app, PDF, QUERY);
    expect(response.statusCode).toBe(409);
    expect(jsonOf(response)).toMatchObject({ code: 'DOCUMENT_ALREADY_ATTACHED' });
  });

  it('requires kind, fileName and expectedVersion', async () => {
    const { app, calls } = await gateway({ uploadDocument });
    const response = await upload(app, PDF, 'kind=DOCUMENT_KIND_CV');
    expect(response.statusCode).toBe(400);
    expect(calls).toEqual([]);
  });
});

describe('GET /nominations/{nominationId}/documents/{documentId}/content', () => {
  const getDocumentContent: FakeHandler = () =>
    Promise.resolve(
      create(GetDocumentContentResponseSchema, {
        fileName: 'Quyết định cử (bản ký).pdf',
        contentType: 'application/pdf',
        content: PDF,
      }),
    );

  it('answers the bytes as a download that is never sniffed', async () => {
    const { app, calls } = await gateway({ getDocumentContent });
    const response = await app.inject({
      method: 'GET',
      url: CONTENT_URL,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20c%E1%BB%AD%20%28b%E1%BA%A3n%20k%C3%BD%29.pdf",
    );
    expect(response.rawPayload.equals(PDF)).toBe(true);
    const sent = calls[0]?.request as GetDocumentContentRequest;
    expect(sent).toMatchObject({ nominationId: NOMINATION_ID, documentId: DOCUMENT_ID });
  });

  it("answers the service's refusal as a problem", async () => {
    const refuse: FakeHandler = () =>
      Promise.reject(rpcError('permission-denied', 'ORG_SCOPE_VIOLATION', 'not yours'));
    const { app } = await gateway({ getDocumentContent: refuse });
    const response = await app.inject({
      method: 'GET',
      url: CONTENT_URL,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(jsonOf(response)).toMatchObject({ code: 'ORG_SCOPE_VIOLATION' });
  });

  it('requires a signed-in caller', async () => {
    const { app, calls } = await gateway({ getDocumentContent });
    const response = await app.inject({ method: 'GET', url: CONTENT_URL });
    expect(response.statusCode).toBe(401);
    expect(calls).toEqual([]);
  });
});

describe('utf8Attachment', () => {
  it('escapes the characters encodeURIComponent leaves, so the header stays one token', () => {
    expect(utf8Attachment("a'b*.pdf")).toBe("attachment; filename*=UTF-8''a%27b%2A.pdf");
  });
});

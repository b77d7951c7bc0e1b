import { create } from '@bufbuild/protobuf';
import {
  ListTracksResponseSchema,
  VerificationResult,
  VerifyCertificateResponseSchema,
  type VerifyCertificateRequest,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bearer,
  jsonOf,
  NOMINATOR_TOKEN,
  rpcError,
  SERVICE_ACCOUNT_TOKEN,
  testGateway,
  type FakeHandler,
} from '../../test/support.ts';

/** A compact JWS as printed in the QR code (shape only: the fake service does not check it). */
const CODE = 'eyJhbGciOiJFZERTQSJ9.eyJuIjoiQ0RTLTIwMjUtMDAwMTIzIn0.c2lnbmF0dXJl';
const VERIFY_URL = `/api/v1/public/certificates/verify?code=${CODE}`;

const verifyCertificate: FakeHandler = () =>
  Promise.resolve(
    create(VerifyCertificateResponseSchema, {
      result: VerificationResult.VALID,
      number: 'CDS-2025-000123',
      holderName: 'Nguyễn Thị Thu Hà',
      trackName: { vi: 'Chuyên gia chuyển đổi số', en: 'Digital transformation expert' },
      issuedOn: '2025-12-19',
    }),
  );

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

describe('GET /api/v1/public/certificates/verify', () => {
  it('needs no token and calls VerifyCertificate with the service-account token', async () => {
    const { app, calls } = await gateway({ verifyCertificate });
    const response = await app.inject({ method: 'GET', url: VERIFY_URL });
    expect(response.statusCode).toBe(200);
    expect(jsonOf(response)).toEqual({
      result: 'VERIFICATION_RESULT_VALID',
      number: 'CDS-2025-000123',
      holderName: 'Nguyễn Thị Thu Hà',
      trackName: { vi: 'Chuyên gia chuyển đổi số', en: 'Digital transformation expert' },
      issuedOn: '2025-12-19',
      revocationReason: '',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      service: 'cohorts',
      rpc: 'verifyCertificate',
      options: { token: SERVICE_ACCOUNT_TOKEN, deadlineMs: 5_000 },
    });
    expect((calls[0]?.request as VerifyCertificateRequest).verificationCode).toBe(CODE);
  });

  it("never forwards a caller's token, not even a valid one", async () => {
    const { app, calls } = await gateway({ verifyCertificate });
    const response = await app.inject({
      method: 'GET',
      url: VERIFY_URL,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(calls[0]?.options.token).toBe(SERVICE_ACCOUNT_TOKEN);
  });

  it('requires the code, and names it as sent when the service refuses it', async () => {
    const { app, calls } = await gateway({
      verifyCertificate: () =>
        Promise.reject(
          rpcError(
            'invalid-argument',
            'INVALID_ARGUMENT',
            'verification_code: value length must be at least 16',
            [{ field: 'verification_code', description: 'value length must be at least 16' }],
          ),
        ),
    });
    const missing = await app.inject({ method: 'GET', url: '/api/v1/public/certificates/verify' });
    expect(missing.statusCode).toBe(400);
    expect(jsonOf(missing)).toMatchObject({ code: 'REQUEST_INVALID', errors: [{ field: 'code' }] });
    expect(calls).toEqual([]);

    const short = await app.inject({
      method: 'GET',
      url: '/api/v1/public/certificates/verify?code=abc',
    });
    expect(short.statusCode).toBe(400);
    expect(jsonOf(short).errors).toEqual([
      { field: 'code', message: 'value length must be at least 16' },
    ]);
    // The detail names the field as the errors do: the parameter the client sent.
    expect(jsonOf(short).detail).toBe('code: value length must be at least 16');
  });

  it('answers 503 without calling the service when no service-account token can be had', async () => {
    const noToken = () => Promise.reject(new Error('client credentials for gateway refused (401)'));
    const { app, calls } = await gateway({ verifyCertificate }, {}, noToken);
    const response = await app.inject({ method: 'GET', url: VERIFY_URL });
    expect(response.statusCode).toBe(503);
    expect(jsonOf(response)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(JSON.stringify(jsonOf(response))).not.toContain('client credentials');
    expect(calls).toEqual([]);
  });

  it.each([
    ['unauthenticated', 'TOKEN_INVALID'],
    ['permission-denied', 'PERMISSION_DENIED'],
  ] as const)(
    'answers 503, not %s, when the service refuses the gateway account',
    async (kind, code) => {
      const { app } = await gateway({
        verifyCertificate: () => Promise.reject(rpcError(kind, code, 'refused')),
      });
      const response = await app.inject({ method: 'GET', url: VERIFY_URL });
      expect(response.statusCode).toBe(503);
      expect(response.headers['www-authenticate']).toBeUndefined();
      expect(jsonOf(response).code).toBe('SERVICE_UNAVAILABLE');
    },
  );

  it('limits requests per IP, apart from the signed-in budget', async () => {
    const listTracks: FakeHandler = () => Promise.resolve(create(ListTracksResponseSchema, {}));
    const { app } = await gateway({ verifyCertificate, listTracks }, { publicRateLimitMax: 2 });
    const from = (remoteAddress: string) =>
      app.inject({ method: 'GET', url: VERIFY_URL, remoteAddress });
    expect((await from('203.0.113.7')).statusCode).toBe(200);
    expect((await from('203.0.113.7')).statusCode).toBe(200);
    const limited = await from('203.0.113.7');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(jsonOf(limited)).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect((await from('198.51.100.20')).statusCode).toBe(200);
    const signedIn = await app.inject({
      method: 'GET',
      url: '/api/v1/tracks',
      headers: bearer(NOMINATOR_TOKEN),
      remoteAddress: '203.0.113.7',
    });
    expect(signedIn.statusCode).toBe(200);
  });
});

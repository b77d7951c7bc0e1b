import { create } from '@bufbuild/protobuf';
import { ListRoundsResponseSchema } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  bearer,
  EXPIRED_TOKEN,
  jsonOf,
  NOMINATOR_TOKEN,
  OFFICE_TOKEN,
  testGateway,
} from '../test/support.ts';

const listRounds = () => Promise.resolve(create(ListRoundsResponseSchema, {}));

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

describe('request ids', () => {
  it('generates one when none is sent and echoes it', async () => {
    const { app } = await gateway();
    const response = await app.inject({ method: 'GET', url: '/livez' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("echoes the caller's id in the header and in problems", async () => {
    const { app } = await gateway();
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/rounds',
      headers: { 'x-request-id': 'portal-42.abc' },
    });
    expect(response.headers['x-request-id']).toBe('portal-42.abc');
    expect(jsonOf(response).requestId).toBe('portal-42.abc');
  });

  it('replaces an id that could forge log lines', async () => {
    const { app } = await gateway();
    const response = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'x y\nlevel=fatal' },
    });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('health', () => {
  it('is ready while every service behind it serves', async () => {
    const { app } = await gateway();
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(jsonOf(response)).toMatchObject({ status: 'ok', reasons: [] });
  });

  it('is not ready, and says why, while a service cannot reach NATS or is gone', async () => {
    const { app } = await gateway({}, {}, undefined, {
      nominations: { serving: false, unreachable: ['nats'] },
      cohorts: { serving: true, unreachable: [] },
      directory: { serving: false, unreachable: ['unreachable'] },
    });
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(503);
    expect(jsonOf(response)).toMatchObject({
      status: 'unavailable',
      reasons: ['nominations: nats', 'directory: unreachable'],
    });
    // Alive all the same: nothing to restart.
    expect((await app.inject({ method: 'GET', url: '/livez' })).statusCode).toBe(200);
  });
});

describe('the entry points the platform prints', () => {
  it.each(['/api/v1', '/api/v1/'])(
    '%s answers where the documentation is, without a token',
    async (url) => {
      const { app } = await gateway();
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        version: 'v1',
        documentation: '/docs',
        openapi: '/docs/json',
        health: '/healthz',
      });
    },
  );

  it('sends a browser at / to the documentation', async () => {
    const { app } = await gateway();
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/docs');
  });

  it('still refuses the resources under /api/v1 without a token', async () => {
    const { app } = await gateway();
    expect((await app.inject({ method: 'GET', url: '/api/v1/rounds' })).statusCode).toBe(401);
  });
});

describe('authentication', () => {
  it('refuses /api/v1 without a token with a 401 problem, Vietnamese by default', async () => {
    const { app, calls } = await gateway({ listRounds });
    const response = await app.inject({ method: 'GET', url: '/api/v1/rounds' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['www-authenticate']).toBe('Bearer realm="expertnet"');
    expect(response.headers['content-language']).toBe('vi');
    expect(jsonOf(response)).toMatchObject({
      type: 'https://expertnet.vn/problems/token-missing',
      title: 'Chưa xác thực',
      status: 401,
      code: 'TOKEN_MISSING',
      instance: '/api/v1/rounds',
      errors: [],
    });
    expect(calls).toEqual([]);
  });

  it('answers in English when the client prefers it', async () => {
    const { app } = await gateway();
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/rounds',
      headers: { 'accept-language': 'fr;q=1, en-GB;q=0.8, vi;q=0.5' },
    });
    expect(jsonOf(response)).toMatchObject({ title: 'Authentication required' });
    expect(response.headers['content-language']).toBe('en');
  });

  it.each([
    ['not-a-known-token', 'TOKEN_INVALID'],
    [EXPIRED_TOKEN, 'TOKEN_EXPIRED'],
  ])('refuses the token %s as %s', async (token, code) => {
    const { app, calls } = await gateway({ listRounds });
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/rounds',
      headers: bearer(token),
    });
    expect(response.statusCode).toBe(401);
    expect(jsonOf(response).code).toBe(code);
    expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(calls).toEqual([]);
  });

  it('forwards the token as it came, with a deadline', async () => {
    const { app, calls } = await gateway({ listRounds });
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/rounds',
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.options).toEqual({ token: NOMINATOR_TOKEN, deadlineMs: 5_000 });
  });

  it('leaves health and docs open', async () => {
    const { app } = await gateway();
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/docs/json' })).statusCode).toBe(200);
  });
});

describe('framework errors as problems', () => {
  it('answers an unknown route with a 404 problem', async () => {
    const { app } = await gateway();
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here?x=1' });
    expect(response.statusCode).toBe(404);
    expect(jsonOf(response)).toMatchObject({
      code: 'ROUTE_NOT_FOUND',
      instance: '/api/v1/nothing-here',
    });
  });

  it('answers a method a known path does not take with 405 and the methods it takes', async () => {
    const { app } = await gateway();
    const response = await app.inject({ method: 'DELETE', url: '/api/v1/rounds?x=1' });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD, POST');
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(jsonOf(response)).toMatchObject({
      code: 'METHOD_NOT_ALLOWED',
      title: 'Phương thức không được hỗ trợ',
      instance: '/api/v1/rounds',
    });
  });

  it('matches path parameters when it lists the methods a path takes', async () => {
    const { app } = await gateway();
    const response = await app.inject({
      method: 'PATCH',
      url: '/api/v1/nominations/n-1/documents/d-7',
    });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('DELETE');
    const unknown = await app.inject({ method: 'PUT', url: '/api/v1/nominations/n-1/nothing' });
    expect(unknown.statusCode).toBe(404);
  });

  it('answers a URL that is not valid percent-encoding with a 400 problem', async () => {
    const { app } = await gateway();
    const response = await app.inject({ method: 'GET', url: '/api/v1/nominations/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(jsonOf(response).code).toBe('REQUEST_INVALID');
  });

  it('refuses a JSON body over the limit with 413 before calling the service', async () => {
    const { app, calls } = await gateway({}, { jsonBodyLimitBytes: 1024 });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/rounds',
      headers: { ...bearer(OFFICE_TOKEN), 'content-type': 'application/json' },
      payload: JSON.stringify({ settings: { description: 'x'.repeat(2048) } }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(jsonOf(response)).toMatchObject({ code: 'BODY_TOO_LARGE', status: 413 });
    expect(String(jsonOf(response).detail)).toContain('1024');
    expect(calls).toEqual([]);
  });

  it('refuses malformed JSON and unsupported content types', async () => {
    const { app } = await gateway();
    const headers = bearer(OFFICE_TOKEN);
    const broken = await app.inject({
      method: 'POST',
      url: '/api/v1/rounds',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"settings":',
    });
    expect(broken.statusCode).toBe(400);
    expect(jsonOf(broken).code).toBe('BODY_NOT_JSON');
    const xml = await app.inject({
      method: 'POST',
      url: '/api/v1/rounds',
      headers: { ...headers, 'content-type': 'application/xml' },
      payload: '<settings/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(jsonOf(xml).code).toBe('MEDIA_TYPE_UNSUPPORTED');
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After once a caller has used the window, per token subject', async () => {
    const { app } = await gateway({ listRounds }, { rateLimitMax: 2 });
    const asNominator = () =>
      app.inject({ method: 'GET', url: '/api/v1/rounds', headers: bearer(NOMINATOR_TOKEN) });
    expect((await asNominator()).statusCode).toBe(200);
    expect((await asNominator()).statusCode).toBe(200);
    const limited = await asNominator();
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(jsonOf(limited)).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    const other = await app.inject({
      method: 'GET',
      url: '/api/v1/rounds',
      headers: bearer(OFFICE_TOKEN),
    });
    expect(other.statusCode).toBe(200);
  });
});

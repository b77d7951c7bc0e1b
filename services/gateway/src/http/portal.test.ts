import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testGateway } from '../../test/support.ts';

let app: FastifyInstance;
let root: string;
const html = { accept: 'text/html,application/xhtml+xml' };

beforeAll(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'portal-'));
  await fsp.mkdir(path.join(root, 'assets'));
  await fsp.writeFile(path.join(root, 'index.html'), '<!doctype html><title>ExpertNet</title>');
  await fsp.writeFile(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  await fsp.writeFile(path.join(root, 'favicon.svg'), '<svg/>');
  app = (await testGateway({}, { portalDir: root })).app;
});

afterAll(async () => {
  await app.close();
  await fsp.rm(root, { recursive: true });
});

describe('the portal served by the gateway', () => {
  it('serves index.html at /, never cached, under a strict content security policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.body).toContain('<title>ExpertNet</title>');
  });

  it('caches hashed assets for a year and other files not at all', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it("answers a browser's page path with the portal, which routes it", async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/nominations/n-1?tab=documents',
      headers: html,
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>ExpertNet</title>');
  });

  it('keeps problems for the API, unknown files, other methods and non-browsers', async () => {
    const cases = [
      { method: 'GET', url: '/api/v1/unknown', headers: html },
      { method: 'GET', url: '/auth/unknown', headers: html },
      { method: 'GET', url: '/assets/missing.js', headers: { accept: '*/*' } },
      { method: 'GET', url: '/nominations', headers: { accept: 'application/json' } },
      { method: 'POST', url: '/nominations', headers: html },
    ] as const;
    for (const request of cases) {
      const response = await app.inject(request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('a gateway without the portal', () => {
  it('sends the browser from / to the API documentation', async () => {
    const { app: bare } = await testGateway();
    const response = await bare.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/docs');
    await bare.close();
  });
});

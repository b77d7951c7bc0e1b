import { describe, expect, it } from 'vitest';
import { createServiceTokenSource } from './service-token.ts';

describe('createServiceTokenSource', () => {
  function fakeKeycloak() {
    const calls: string[] = [];
    const fetchFake = (_url: string | URL | Request, init?: RequestInit) => {
      calls.push(init?.body instanceof URLSearchParams ? init.body.toString() : '');
      const body = { access_token: `token-${calls.length}`, expires_in: 300 };
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
    };
    return { calls, fetch: fetchFake };
  }

  it('reuses the token until shortly before expiry, then renews it', async () => {
    const keycloak = fakeKeycloak();
    let clock = 0;
    const token = createServiceTokenSource({
      tokenUrl: 'http://kc/token',
      clientId: 'svc-cohorts',
      clientSecret: 's',
      renewBeforeMs: 30_000,
      now: () => clock,
      fetch: keycloak.fetch,
    });

    expect(await token()).toBe('token-1');
    clock = 269_000;
    expect(await token()).toBe('token-1');
    clock = 271_000;
    expect(await token()).toBe('token-2');
    expect(keycloak.calls[0]).toContain('grant_type=client_credentials');
  });

  it('shares one request between concurrent callers', async () => {
    const keycloak = fakeKeycloak();
    const token = createServiceTokenSource({
      tokenUrl: 'http://kc/token',
      clientId: 'svc-cohorts',
      clientSecret: 's',
      fetch: keycloak.fetch,
    });
    expect(await Promise.all([token(), token(), token()])).toEqual([
      'token-1',
      'token-1',
      'token-1',
    ]);
    expect(keycloak.calls).toHaveLength(1);
  });
});

import { ConfigError } from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from './config.ts';

const required = { KEYCLOAK_ISSUER: 'http://127.0.0.1:18080/realms/expertnet' };

describe('loadGatewayConfig', () => {
  it('has a default for everything but the issuer', () => {
    expect(loadGatewayConfig(required)).toMatchObject({
      host: '127.0.0.1',
      port: 18088,
      nominationsGrpcAddress: '127.0.0.1:50061',
      keycloakIssuer: 'http://127.0.0.1:18080/realms/expertnet',
      keycloakAudience: 'expertnet-api',
      rateLimitMax: 600,
      rateLimitWindowMs: 60_000,
      jsonBodyLimitBytes: 262_144,
      uploadBodyLimitBytes: 10_485_760,
    });
  });

  it('defaults the cohorts address and leaves the service-account secret unset', () => {
    expect(loadGatewayConfig(required)).toMatchObject({
      cohortsGrpcAddress: '127.0.0.1:50062',
      gatewayClientId: 'gateway',
      gatewayClientSecret: '',
      publicRateLimitMax: 60,
    });
    expect(
      loadGatewayConfig({
        ...required,
        COHORTS_GRPC_ADDRESS: 'cohorts:50062',
        GATEWAY_CLIENT_SECRET: 'dev-only-gateway-secret',
      }),
    ).toMatchObject({
      cohortsGrpcAddress: 'cohorts:50062',
      gatewayClientSecret: 'dev-only-gateway-secret',
    });
  });

  it("defaults the portal to the gateway's own address, with no identity provider", () => {
    expect(loadGatewayConfig({ ...required, EXPERTNET_GATEWAY_PORT: '8080' })).toMatchObject({
      portalUrl: 'http://127.0.0.1:8080',
      portalIdentityProviders: [],
      sessionIdleMs: 1_800_000,
    });
  });

  it('reads the portal URL and its identity providers', () => {
    const providers = [{ alias: 'ministry-demo', name: { vi: 'Bộ Tài chính', en: 'Ministry' } }];
    expect(
      loadGatewayConfig({
        ...required,
        EXPERTNET_PORTAL_URL: 'https://expertnet.example/',
        EXPERTNET_PORTAL_IDENTITY_PROVIDERS: JSON.stringify(providers),
        EXPERTNET_SESSION_IDLE_MS: '600000',
      }),
    ).toMatchObject({
      portalUrl: 'https://expertnet.example',
      portalIdentityProviders: providers,
      sessionIdleMs: 600_000,
    });
    expect(() =>
      loadGatewayConfig({
        ...required,
        EXPERTNET_PORTAL_IDENTITY_PROVIDERS: '[{"alias":"x","name":"X"}]',
      }),
    ).toThrow(/EXPERTNET_PORTAL_IDENTITY_PROVIDERS=.*must be a JSON list/);
  });

  it('reads the variables and lists every bad one', () => {
    expect(
      loadGatewayConfig({
        ...required,
        EXPERTNET_GATEWAY_PORT: '8080',
        NOMINATIONS_GRPC_ADDRESS: 'nominations:50061',
      }),
    ).toMatchObject({ port: 8080, nominationsGrpcAddress: 'nominations:50061' });
    const error = (() => {
      try {
        loadGatewayConfig({
          EXPERTNET_GATEWAY_RATE_LIMIT_MAX: '0',
          EXPERTNET_GATEWAY_BODY_LIMIT_BYTES: 'big',
        });
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'KEYCLOAK_ISSUER is required',
      'EXPERTNET_GATEWAY_RATE_LIMIT_MAX=0: must be a whole number from 1 to 10000000',
      'EXPERTNET_GATEWAY_BODY_LIMIT_BYTES=big: must be a whole number from 1024 to 67108864',
    ]);
  });
});

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

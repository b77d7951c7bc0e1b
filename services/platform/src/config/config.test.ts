import { describe, expect, it } from 'vitest';
import { ConfigError, env, loadConfig } from './config.ts';

const spec = {
  grpcPort: env.port('GRPC_PORT', 50051),
  issuer: env.url('KEYCLOAK_ISSUER'),
  audience: env.string('KEYCLOAK_AUDIENCE'),
  logLevel: env.oneOf('LOG_LEVEL', ['debug', 'info', 'warn'] as const, 'info'),
};

describe('loadConfig', () => {
  it('parses variables into a frozen, typed object with defaults', () => {
    const config = loadConfig(spec, {
      KEYCLOAK_ISSUER: 'http://127.0.0.1:18080/realms/expertnet/',
      KEYCLOAK_AUDIENCE: 'expertnet-api',
    });
    expect(config).toEqual({
      grpcPort: 50051,
      issuer: 'http://127.0.0.1:18080/realms/expertnet',
      audience: 'expertnet-api',
      logLevel: 'info',
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('fails listing every bad or missing variable', () => {
    const load = () =>
      loadConfig(spec, { GRPC_PORT: '99999', KEYCLOAK_ISSUER: 'not a url', LOG_LEVEL: 'loud' });
    expect(load).toThrow(ConfigError);
    try {
      load();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'GRPC_PORT=99999: must be a whole number from 0 to 65535',
        'KEYCLOAK_ISSUER=not a url: Invalid URL',
        'KEYCLOAK_AUDIENCE is required',
        'LOG_LEVEL=loud: must be one of debug, info, warn',
      ]);
    }
  });
});

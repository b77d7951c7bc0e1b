import { describe, expect, it } from 'vitest';
import { loadStackConfig } from './stack-config.ts';

describe('loadStackConfig', () => {
  it('uses loopback and the default ports', () => {
    const config = loadStackConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.nats.port).toBe(14222);
    expect(config.keycloak.port).toBe(18080);
    expect(config.mongo.externalUrl).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('lists every bad variable at once', () => {
    expect(() =>
      loadStackConfig({ EXPERTNET_NATS_PORT: 'abc', EXPERTNET_KEYCLOAK_PORT: '70000' }),
    ).toThrow(/EXPERTNET_NATS_PORT=abc[\s\S]*EXPERTNET_KEYCLOAK_PORT=70000/);
  });

  it('takes an external MongoDB URL', () => {
    expect(loadStackConfig({ MONGO_URL: 'mongodb://db:27017/' }).mongo.externalUrl).toBe(
      'mongodb://db:27017/',
    );
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { TEST_CLIENT_ID } from '@expertnet/infra';
import { startAllServices } from './all-services.ts';
import { gatewayApi } from './gateway-api.ts';
import { accessToken } from './keycloak.ts';
import { kill9 } from './processes.ts';

/** A chaos test's log line: what it injected and what it counted. */
export const chaosReport = (line: string) => {
  process.stderr.write(`[chaos] ${line}\n`);
};

/**
 * Every service, on databases of their own, and the gateway's API as the programme office and
 * Hà Nội's nominating officer, whose tokens are taken before anything fails: started before the
 * tests of the describe block this is called in, and killed after them.
 */
export function withChaosPlatform() {
  const platform = {} as Awaited<ReturnType<typeof chaosPlatform>>;
  beforeAll(async () => {
    Object.assign(platform, await chaosPlatform());
  }, 120_000);
  afterAll(async () => {
    await Promise.all(platform.services.children.map(kill9));
  });
  return platform;
}

async function chaosPlatform() {
  const services = await startAllServices(randomUUID().slice(0, 8), {
    // One nominating officer sends every request: the per-caller limit would answer 429.
    EXPERTNET_GATEWAY_RATE_LIMIT_MAX: '1000000',
  });
  const tokens = {
    office: await accessToken('expertnet', TEST_CLIENT_ID, 'office.mai'),
    hanoi: await accessToken('expertnet', TEST_CLIENT_ID, 'nominator.hanoi'),
  };
  return { services, api: gatewayApi<'office' | 'hanoi'>(services.gatewayUrl, () => tokens) };
}

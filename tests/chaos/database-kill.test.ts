import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { loadStackConfig, stackPaths, TEST_CLIENT_ID, up } from '@expertnet/infra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAllServices } from '../support/all-services.ts';
import { gatewayApi, type Json } from '../support/gateway-api.ts';
import { accessToken } from '../support/keycloak.ts';
import {
  draftsWithLetters,
  openRoundForP01,
  submitOnce,
  submittedEvents,
} from '../support/nomination-flow.ts';
import { kill9, waitUntil } from '../support/processes.ts';
import { stackEnv } from '../support/stack-env.ts';

type User = 'office' | 'hanoi';
const SUBMISSIONS = 200;
const report = (line: string) => {
  process.stderr.write(`[chaos] ${line}\n`);
};

describe('the MongoDB-wire server killed in the middle of 200 writes', () => {
  const children: ChildProcess[] = [];
  let api: ReturnType<typeof gatewayApi<User>>;

  beforeAll(async () => {
    const services = await startAllServices(randomUUID().slice(0, 8), {
      // One nominating officer sends every request: the per-caller limit would answer 429.
      EXPERTNET_GATEWAY_RATE_LIMIT_MAX: '1000000',
    });
    children.push(...services.children);
    const tokens = {
      office: await accessToken('expertnet', TEST_CLIENT_ID, 'office.mai'),
      hanoi: await accessToken('expertnet', TEST_CLIENT_ID, 'nominator.hanoi'),
    };
    api = gatewayApi<User>(services.gatewayUrl, () => tokens);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(children.map(kill9));
  });

  it('answers 503 problems while it is down, and after its return every submission is whole and published once', async () => {
    const roundId = await openRoundForP01(api.ok);
    const drafts = await draftsWithLetters(api.ok, roundId, SUBMISSIONS);

    // Submit all, four at a time; a quarter of the way in, the database server is SIGKILLed,
    // and started again once a dozen callers have been refused.
    const config = loadStackConfig();
    const statuses = new Map<number, number>();
    const refusals: Json[] = [];
    const failed: string[] = [];
    let next = 0;
    let killed = false;
    let restarted = false;
    const submitOne = (id: string) => submitOnce(api.call, id);
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < drafts.length) {
          const id = drafts[next++] ?? '';
          if (!killed && next >= SUBMISSIONS / 4) {
            killed = true;
            await killDatabase(config);
            report(`database server SIGKILLed after ${String(next)} submissions`);
          }
          const answer = await submitOne(id);
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          if (answer.status >= 300) {
            failed.push(id);
            refusals.push(answer.body);
          }
          // Enough callers have seen it down: the server comes back while the writes go on.
          if (refusals.length >= 12 && !restarted) {
            restarted = true;
            await up(config, report);
          }
        }
      }),
    );
    report(`answers while it was down and after: ${JSON.stringify(Object.fromEntries(statuses))}`);
    // Clear errors, never a bare timeout or a 500: 503 with a problem body.
    expect(failed.length).toBeGreaterThan(0);
    expect(
      new Set(refusals.map((problem) => `${String(problem.status)} ${String(problem.code)}`)),
      // The gateway keeps a service's internals to its log: "try again", not "which server".
    ).toEqual(new Set(['503 SERVICE_UNAVAILABLE']));

    // The callers that were refused try again once the database is back.
    await waitUntil(async () => (await submitOne(failed[0] ?? '')).status === 200, 30_000);
    for (const id of failed) expect((await submitOne(id)).status).toBe(200);

    const events = await submittedEvents(stackEnv('NATS_URL'));
    const lost = drafts.filter((id) => !events.has(id)).length;
    const doubled = drafts.filter((id) => (events.get(id) ?? 0) > 1).length;
    // No half-written state: the quota ledger counts exactly the submitted nominations.
    const ledger = await api.ok('office', 'GET', `/rounds/${roundId}/quota-ledger`);
    const p01 = (ledger.entries as Json[]).find(
      (entry) => (entry.organisation as Json).code === 'P01',
    );
    report(
      `injected: SIGKILL of the database server; counted: ${String(failed.length)} refused with 503 and ` +
        `retried, ${String(SUBMISSIONS)} submitted, lost ${String(lost)}, doubled ${String(doubled)}, ` +
        `P01 submitted ${String(p01?.submitted)}, slots left ${String(p01?.remaining)} of 1000`,
    );
    expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
    expect(p01).toMatchObject({ submitted: SUBMISSIONS, remaining: 1_000 - SUBMISSIONS });
  }, 300_000);
});

async function killDatabase(config: ReturnType<typeof loadStackConfig>): Promise<void> {
  const pidFile = path.join(stackPaths(config).pids, 'mongo.pid');
  const { pid } = JSON.parse(await fsp.readFile(pidFile, 'utf8')) as { pid: number };
  process.kill(pid, 'SIGKILL');
}

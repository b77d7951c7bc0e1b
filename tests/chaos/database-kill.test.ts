import fsp from 'node:fs/promises';
import path from 'node:path';
import { loadStackConfig, stackPaths, up } from '@expertnet/infra';
import { describe, expect, it } from 'vitest';
import { chaosReport, withChaosPlatform } from '../support/chaos-platform.ts';
import type { Json } from '../support/gateway-api.ts';
import {
  draftsWithLetters,
  openRoundForP01,
  submitOnce,
  submittedEvents,
} from '../support/nomination-flow.ts';
import { waitUntil } from '../support/processes.ts';
import { stackEnv } from '../support/stack-env.ts';

const SUBMISSIONS = 200;

describe('the MongoDB-wire server killed in the middle of 200 writes', () => {
  const platform = withChaosPlatform();

  it('answers 503 problems while it is down, and after its return every submission is whole and published once', async () => {
    const roundId = await openRoundForP01(platform.api.ok);
    const drafts = await draftsWithLetters(platform.api.ok, roundId, SUBMISSIONS);

    // Submit all, four at a time; a quarter of the way in, the database server is SIGKILLed,
    // and started again once a dozen callers have been refused.
    const config = loadStackConfig();
    const statuses = new Map<number, number>();
    const refusals: Json[] = [];
    const failed: string[] = [];
    let next = 0;
    let killed = false;
    let restarted = false;
    const submitOne = (id: string) => submitOnce(platform.api.call, id);
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < drafts.length) {
          const id = drafts[next++] ?? '';
          if (!killed && next >= SUBMISSIONS / 4) {
            killed = true;
            await killDatabase(config);
            chaosReport(`database server SIGKILLed after ${String(next)} submissions`);
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
            await up(config, chaosReport);
          }
        }
      }),
    );
    chaosReport(
      `answers while it was down and after: ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
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
    const ledger = await platform.api.ok('office', 'GET', `/rounds/${roundId}/quota-ledger`);
    const p01 = (ledger.entries as Json[]).find(
      (entry) => (entry.organisation as Json).code === 'P01',
    );
    chaosReport(
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

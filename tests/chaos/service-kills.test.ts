import { randomUUID } from 'node:crypto';
import { TEST_CLIENT_ID } from '@expertnet/infra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAllServices } from '../support/all-services.ts';
import { gatewayApi } from '../support/gateway-api.ts';
import { accessToken } from '../support/keycloak.ts';
import {
  draftsWithLetters,
  openRoundForP01,
  submitOnce,
  submittedEvents,
} from '../support/nomination-flow.ts';
import { kill9 } from '../support/processes.ts';
import { stackEnv } from '../support/stack-env.ts';

type User = 'office' | 'hanoi';
const SUBMISSIONS = 40;
const report = (line: string) => {
  process.stderr.write(`[chaos] ${line}\n`);
};

// The consumers' side is proven elsewhere: cohorts SIGKILLed in a batch of 200 enrolments
// (services/cohorts/test/integration/enrolment.test.ts), directory between storing and
// acknowledging (services/directory/test/integration/profiles.test.ts), the relay and a consumer
// at each step (services/platform/test/integration/events.test.ts). Here: the request side.
describe.each(['gateway', 'nominations'] as const)(
  '%s SIGKILLed in the middle of submissions',
  (victim) => {
    let services: Awaited<ReturnType<typeof startAllServices>>;
    let api: ReturnType<typeof gatewayApi<User>>;

    beforeAll(async () => {
      services = await startAllServices(randomUUID().slice(0, 8), {
        EXPERTNET_GATEWAY_RATE_LIMIT_MAX: '1000000',
      });
      const tokens = {
        office: await accessToken('expertnet', TEST_CLIENT_ID, 'office.mai'),
        hanoi: await accessToken('expertnet', TEST_CLIENT_ID, 'nominator.hanoi'),
      };
      api = gatewayApi<User>(services.gatewayUrl, () => tokens);
    }, 120_000);

    afterAll(async () => {
      await Promise.all(services.children.map(kill9));
    });

    it('loses and doubles nothing once it is back and callers retry', async () => {
      const roundId = await openRoundForP01(api.ok);
      const drafts = await draftsWithLetters(api.ok, roundId, SUBMISSIONS);
      const failed: string[] = [];
      const refusals = new Map<string, number>();
      let next = 0;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < drafts.length) {
            const id = drafts[next++] ?? '';
            if (next === SUBMISSIONS / 4) {
              await services.kill(victim);
              report(`${victim} SIGKILLed after ${String(next)} submissions`);
              // Revived as a supervisor would, a moment later, while the others keep calling.
              setTimeout(() => void services.revive(victim), 1_000);
            }
            const answer = await submitOnce(api.call, id).catch((error: unknown) => ({
              status: 0,
              body: { code: error instanceof Error ? error.message : String(error) },
            }));
            if (answer.status !== 200) {
              failed.push(id);
              const key = `${String(answer.status)} ${String(answer.body.code)}`;
              refusals.set(key, (refusals.get(key) ?? 0) + 1);
            }
          }
        }),
      );
      // Retried until the victim is back, as a client would.
      for (const id of failed) {
        for (
          let attempt = 0;
          (await submitOnce(api.call, id).catch(() => ({ status: 0 }))).status !== 200;
          attempt += 1
        ) {
          expect(attempt).toBeLessThan(60);
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }

      const events = await submittedEvents(stackEnv('NATS_URL'));
      const lost = drafts.filter((id) => !events.has(id)).length;
      const doubled = drafts.filter((id) => (events.get(id) ?? 0) > 1).length;
      const ledger = await api.ok('office', 'GET', `/rounds/${roundId}/quota-ledger`);
      const p01 = (
        ledger.entries as { organisation: { code: string }; submitted: number; remaining: number }[]
      ).find((entry) => entry.organisation.code === 'P01');
      report(
        `injected: SIGKILL of ${victim}; counted: refused ${JSON.stringify(Object.fromEntries(refusals))}, ` +
          `${String(SUBMISSIONS)} submitted after retries, lost ${String(lost)}, doubled ${String(doubled)}, ` +
          `P01 slots left ${String(p01?.remaining)} of 1000`,
      );
      expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
      expect(p01).toMatchObject({ submitted: SUBMISSIONS, remaining: 1_000 - SUBMISSIONS });
    }, 180_000);
  },
);

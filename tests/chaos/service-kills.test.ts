import { describe, expect, it } from 'vitest';
import { chaosReport, withChaosPlatform } from '../support/chaos-platform.ts';
import {
  draftsWithLetters,
  openRoundForP01,
  submitOnce,
  submittedEvents,
} from '../support/nomination-flow.ts';
import { stackEnv } from '../support/stack-env.ts';

const SUBMISSIONS = 40;

// The consumers' side is proven elsewhere: cohorts SIGKILLed in a batch of 200 enrolments
// (services/cohorts/test/integration/enrolment.test.ts), directory between storing and
// acknowledging (services/directory/test/integration/profiles.test.ts), the relay and a consumer
// at each step (services/platform/test/integration/events.test.ts). Here: the request side.
describe.each(['gateway', 'nominations'] as const)(
  '%s SIGKILLed in the middle of submissions',
  (victim) => {
    const platform = withChaosPlatform();

    it('loses and doubles nothing once it is back and callers retry', async () => {
      const roundId = await openRoundForP01(platform.api.ok);
      const drafts = await draftsWithLetters(platform.api.ok, roundId, SUBMISSIONS);
      const failed: string[] = [];
      const refusals = new Map<string, number>();
      let next = 0;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < drafts.length) {
            const id = drafts[next++] ?? '';
            if (next === SUBMISSIONS / 4) {
              await platform.services.kill(victim);
              chaosReport(`${victim} SIGKILLed after ${String(next)} submissions`);
              // Revived as a supervisor would, a moment later, while the others keep calling.
              setTimeout(() => void platform.services.revive(victim), 1_000);
            }
            const answer = await submitOnce(platform.api.call, id).catch((error: unknown) => ({
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
          (await submitOnce(platform.api.call, id).catch(() => ({ status: 0 }))).status !== 200;
          attempt += 1
        ) {
          expect(attempt).toBeLessThan(60);
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }

      const events = await submittedEvents(stackEnv('NATS_URL'));
      const lost = drafts.filter((id) => !events.has(id)).length;
      const doubled = drafts.filter((id) => (events.get(id) ?? 0) > 1).length;
      const ledger = await platform.api.ok('office', 'GET', `/rounds/${roundId}/quota-ledger`);
      const p01 = (
        ledger.entries as { organisation: { code: string }; submitted: number; remaining: number }[]
      ).find((entry) => entry.organisation.code === 'P01');
      chaosReport(
        `injected: SIGKILL of ${victim}; counted: refused ${JSON.stringify(Object.fromEntries(refusals))}, ` +
          `${String(SUBMISSIONS)} submitted after retries, lost ${String(lost)}, doubled ${String(doubled)}, ` +
          `P01 slots left ${String(p01?.remaining)} of 1000`,
      );
      expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
      expect(p01).toMatchObject({ submitted: SUBMISSIONS, remaining: 1_000 - SUBMISSIONS });
    }, 180_000);
  },
);

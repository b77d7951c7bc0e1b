import { down, loadStackConfig, up } from '@expertnet/infra';
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
import { caughtUp } from '../support/stream-events.ts';

/** Longer than nats.js's default reconnect budget (10 attempts, 2 s apart), as the issue asks. */
const OUTAGE_MS = 65_000;

describe('NATS stopped for longer than any reconnect budget while writes go on', () => {
  const platform = withChaosPlatform();

  it('keeps writing, says it is not ready, and delivers every event once within 10 s of the return', async () => {
    const roundId = await openRoundForP01(platform.api.ok);
    const submit = async () => {
      const [id = ''] = await draftsWithLetters(platform.api.ok, roundId, 1);
      expect((await submitOnce(platform.api.call, id)).status).toBe(200);
      return id;
    };
    const submitted = [await submit()];

    const config = loadStackConfig();
    await down(config, chaosReport, ['nats']);
    const stoppedAt = Date.now();
    chaosReport(`NATS stopped; submitting nominations for ${String(OUTAGE_MS / 1000)} s`);
    let readiness: Json = {};
    while (Date.now() - stoppedAt < OUTAGE_MS) {
      submitted.push(await submit());
      readiness = (await (await fetch(`${platform.services.gatewayUrl}/healthz`)).json()) as Json;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    chaosReport(`${String(submitted.length - 1)} nominations submitted while NATS was down`);
    expect(readiness.status).toBe('unavailable');
    expect(readiness.reasons).toEqual(
      expect.arrayContaining(['nominations: nats', 'cohorts: nats', 'directory: nats']),
    );

    await up(config, chaosReport);
    const returnedAt = Date.now();
    const natsUrl = stackEnv('NATS_URL');
    await waitUntil(async () => {
      const events = await submittedEvents(natsUrl);
      return submitted.every((id) => events.has(id));
    }, 10_000);
    // And a real consumer, cohorts' durable on the same stream, has been given all of them.
    await waitUntil(() => caughtUp(natsUrl, platform.services.cohortsDurable), 10_000);
    const deliveredMs = Date.now() - returnedAt;
    const events = await submittedEvents(natsUrl);
    const lost = submitted.filter((id) => !events.has(id)).length;
    const doubled = submitted.filter((id) => (events.get(id) ?? 0) > 1).length;
    chaosReport(
      `injected: NATS down ${String(OUTAGE_MS / 1000)} s; counted: ${String(submitted.length)} submitted, ` +
        `all events stored ${String(deliveredMs)} ms after NATS returned, lost ${String(lost)}, doubled ${String(doubled)}`,
    );
    expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
    expect(deliveredMs).toBeLessThanOrEqual(10_000);

    // And the platform says it is whole again.
    await waitUntil(
      async () => (await fetch(`${platform.services.gatewayUrl}/healthz`)).status === 200,
      10_000,
    );
  }, 180_000);
});

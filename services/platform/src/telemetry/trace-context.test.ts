import { headers as natsHeaders } from '@nats-io/transport-node';
import { trace } from '@opentelemetry/api';
import { afterAll, describe, expect, it } from 'vitest';
import { startTelemetry } from './telemetry.ts';
import { currentTraceparent, traceProcess, tracePublish } from './trace-context.ts';

describe('trace context across the bus', () => {
  const telemetry = startTelemetry({ service: 'trace-context-test', exporter: 'memory', env: {} });
  afterAll(() => telemetry.shutdown());

  it('continues the writer’s trace in the publish and the consumer under the publish', async () => {
    const tracer = trace.getTracer('test');
    const traceparent = tracer.startActiveSpan('change', (span) => {
      span.end();
      return currentTraceparent() ?? '';
    });
    expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);

    const headers = natsHeaders();
    await tracePublish('nominations.nomination.submitted', traceparent, headers, () =>
      Promise.resolve(),
    );
    await traceProcess('nominations.nomination.submitted', headers, () => Promise.resolve());
    await expect(
      traceProcess('nominations.nomination.submitted', headers, () =>
        Promise.reject(new Error('handler failed')),
      ),
    ).rejects.toThrow('handler failed');

    await telemetry.flush();
    const spans = telemetry.memory?.getFinishedSpans() ?? [];
    const [change, publish, processed, failed] = spans;
    const traceId = change?.spanContext().traceId;
    expect(spans.map((span) => span.spanContext().traceId)).toEqual(Array(4).fill(traceId));
    expect(publish?.parentSpanContext?.spanId).toBe(change?.spanContext().spanId);
    expect(processed?.parentSpanContext?.spanId).toBe(publish?.spanContext().spanId);
    expect(failed?.status.code).toBe(2);
  });

  it('starts a fresh trace for a message without context', async () => {
    await traceProcess('probe.note.saved', undefined, () => Promise.resolve());
    await telemetry.flush();
    const last = telemetry.memory?.getFinishedSpans().at(-1);
    expect(last?.parentSpanContext).toBeUndefined();
  });
});

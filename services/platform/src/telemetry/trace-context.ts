import {
  context,
  propagation,
  trace,
  SpanKind,
  SpanStatusCode,
  type Context,
  type TextMapGetter,
  type TextMapSetter,
} from '@opentelemetry/api';
import type { MsgHdrs } from '@nats-io/transport-node';

/** NATS has no official instrumentation: the kit carries W3C trace context in message headers. */
const natsHeaderSetter: TextMapSetter<MsgHdrs> = {
  set: (headers, key, value) => {
    headers.set(key, value);
  },
};

const natsHeaderGetter: TextMapGetter<MsgHdrs | undefined> = {
  keys: (headers) => headers?.keys() ?? [],
  get: (headers, key) => (headers?.has(key) ? headers.get(key) : undefined),
};

const tracer = () => trace.getTracer('@expertnet/platform');

/** The active span as a W3C traceparent, stored in event envelopes written now. */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

const contextOfTraceparent = (traceparent: string): Context =>
  traceparent === '' ? context.active() : propagation.extract(context.active(), { traceparent });

/**
 * Runs a publish in a producer span that continues the trace of the change that wrote the
 * event (the envelope's traceparent) and puts the span's context into the message headers.
 */
export async function tracePublish<T>(
  subject: string,
  traceparent: string,
  headers: MsgHdrs,
  publish: () => Promise<T>,
): Promise<T> {
  const span = tracer().startSpan(
    `${subject} publish`,
    {
      kind: SpanKind.PRODUCER,
      attributes: { 'messaging.system': 'nats', 'messaging.destination.name': subject },
    },
    contextOfTraceparent(traceparent),
  );
  const spanContext = trace.setSpan(context.active(), span);
  propagation.inject(spanContext, headers, natsHeaderSetter);
  return endWith(span, () => context.with(spanContext, publish));
}

/** Runs a consumer's handling of a message in a consumer span that continues the producer's trace. */
export async function traceProcess<T>(
  subject: string,
  headers: MsgHdrs | undefined,
  process: () => Promise<T>,
): Promise<T> {
  const parent = propagation.extract(context.active(), headers, natsHeaderGetter);
  const span = tracer().startSpan(
    `${subject} process`,
    {
      kind: SpanKind.CONSUMER,
      attributes: { 'messaging.system': 'nats', 'messaging.destination.name': subject },
    },
    parent,
  );
  return endWith(span, () => context.with(trace.setSpan(parent, span), process));
}

async function endWith<T>(
  span: ReturnType<ReturnType<typeof tracer>['startSpan']>,
  run: () => Promise<T>,
) {
  try {
    return await run();
  } catch (error) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

import { FastifyOtelInstrumentation } from '@fastify/otel';
import { GrpcInstrumentation } from '@opentelemetry/instrumentation-grpc';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { MongoDBInstrumentation } from '@opentelemetry/instrumentation-mongodb';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace';

export interface TelemetryOptions {
  readonly service: string;
  /** Where spans go; by default the standard OTEL_* variables decide (OTLP, or none). */
  readonly exporter?: 'environment' | 'memory';
  readonly env?: NodeJS.ProcessEnv;
}

export interface Telemetry {
  /** Spans finished so far, when started with the in-memory exporter (tests). */
  readonly memory: InMemorySpanExporter | undefined;
  /** Waits until every finished span has reached the exporter. */
  flush(): Promise<void>;
  /** Flushes pending spans and stops the SDK. */
  shutdown(): Promise<void>;
}

/**
 * Starts the OpenTelemetry Node SDK with the instrumentations every service needs (http, gRPC,
 * MongoDB, Fastify). It must run before those libraries are imported, and ESM services need the
 * loader hook too: start services with `--import @expertnet/platform/telemetry/register`.
 */
export function startTelemetry(options: TelemetryOptions): Telemetry {
  const env = options.env ?? process.env;
  const memory = options.exporter === 'memory' ? new InMemorySpanExporter() : undefined;
  const spanProcessors: SpanProcessor[] | undefined = memory && [
    new SimpleSpanProcessor({ exporter: memory }),
  ];
  // Without a collector configured the OTLP exporter would retry into the void on every span.
  const exporterConfigured =
    env.OTEL_TRACES_EXPORTER !== undefined ||
    env.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined ||
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT !== undefined;
  if (memory === undefined && !exporterConfigured) {
    process.env.OTEL_TRACES_EXPORTER = 'none';
    // Spans nobody receives are not recorded. Trace ids are still made and propagated, so log
    // lines and events still name their trace.
    process.env.OTEL_TRACES_SAMPLER ??= 'always_off';
  }
  // Likewise metrics and logs: measurements nobody collects cost a little on every request.
  for (const signal of ['METRICS', 'LOGS'] as const) {
    const configured =
      env[`OTEL_${signal}_EXPORTER`] !== undefined ||
      env.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined ||
      env[`OTEL_EXPORTER_OTLP_${signal}_ENDPOINT`] !== undefined;
    if (!configured) process.env[`OTEL_${signal}_EXPORTER`] = 'none';
  }
  process.env.OTEL_SERVICE_NAME ??= options.service;
  const sdk = new NodeSDK({
    serviceName: options.service,
    ...(spanProcessors && { spanProcessors }),
    instrumentations: [
      new HttpInstrumentation(),
      new GrpcInstrumentation(),
      // MongoDB spans are leaves: they carry no context onward, and describing each command
      // (it serialises the command) was the largest telemetry cost in the submit benchmark's
      // CPU profile. Where no span is exported, they are not made.
      ...(memory !== undefined || exporterConfigured ? [new MongoDBInstrumentation()] : []),
      new FastifyOtelInstrumentation({ registerOnInitialization: true }),
    ],
  });
  sdk.start();
  return {
    memory,
    // Resource detection is asynchronous, so even the simple processor exports a little later.
    flush: async () => {
      await Promise.all((spanProcessors ?? []).map((processor) => processor.forceFlush()));
    },
    shutdown: () => sdk.shutdown(),
  };
}

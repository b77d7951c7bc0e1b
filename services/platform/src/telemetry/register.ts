// Loaded with `node --import @expertnet/platform/telemetry/register`: before the service's own
// modules, so the instrumented libraries are patched when they are first imported.
import { register } from 'node:module';
import { startTelemetry } from './telemetry.ts';

// ESM imports bypass require(); this hook lets the instrumentations patch them as well. It is an
// off-thread loader hook, which `module.registerHooks()` (in-thread, synchronous) cannot load.
// eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);

const telemetry = startTelemetry({
  service: process.env.OTEL_SERVICE_NAME ?? process.env.EXPERTNET_SERVICE ?? 'expertnet',
});

// Spans of the last moments before a normal exit would be lost without a flush.
process.once('beforeExit', () => {
  void telemetry.shutdown();
});

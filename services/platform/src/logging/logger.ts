import { isSpanContextValid, trace } from '@opentelemetry/api';
import { pino, type Logger } from 'pino';

/**
 * Personal data and credentials never reach the logs (ARCHITECTURE.md, "Data"): these keys are
 * censored wherever they appear, at the top level or one object deep.
 */
const SENSITIVE_KEYS = [
  'nationalId',
  'national_id',
  'nationalIdNumber',
  'phone',
  'phoneNumber',
  'dateOfBirth',
  'date_of_birth',
  'token',
  'accessToken',
  'access_token',
  'authorization',
  'password',
  'clientSecret',
];

/**
 * Writes to stdout in batches: lines wait in a buffer until 4 KB have gathered or 100 ms have
 * passed, so a busy service makes one write per batch instead of one per line (the gateway's log
 * writes were a tenth of its CPU in the submit benchmark). pino flushes what is left when the
 * process exits; a SIGKILL loses at most the last 100 ms of lines.
 */
export function createLogger(options: { service: string; level?: string }): Logger {
  return pino(
    {
      name: options.service,
      level: options.level ?? 'info',
      // A log line names its trace, so logs and spans of one request can be read together.
      mixin() {
        const span = trace.getActiveSpan()?.spanContext();
        // Without a tracer provider spans are non-recording, with an all-zero (invalid) context.
        return span && isSpanContextValid(span)
          ? { trace_id: span.traceId, span_id: span.spanId }
          : {};
      },
      redact: {
        paths: [...SENSITIVE_KEYS, ...SENSITIVE_KEYS.map((key) => `*.${key}`)],
        censor: '[redacted]',
      },
    },
    bufferedStdout(),
  );
}

/** How long a log line may wait in the buffer before it is written. */
const LOG_FLUSH_MS = 100;

function bufferedStdout() {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => {
    destination.flush(() => undefined);
  }, LOG_FLUSH_MS).unref();
  return destination;
}

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
 * Writes to stdout without blocking: lines logged while a write is in flight go out together
 * in the next one, so a busy service makes one write per batch instead of one per line (the
 * gateway's log writes were a tenth of its CPU in the submit benchmark). pino flushes what is
 * left when the process exits.
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
    pino.destination({ dest: 1, sync: false }),
  );
}

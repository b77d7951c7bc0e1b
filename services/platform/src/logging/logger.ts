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

export function createLogger(options: { service: string; level?: string }): Logger {
  return pino({
    name: options.service,
    level: options.level ?? 'info',
    redact: {
      paths: [...SENSITIVE_KEYS, ...SENSITIVE_KEYS.map((key) => `*.${key}`)],
      censor: '[redacted]',
    },
  });
}

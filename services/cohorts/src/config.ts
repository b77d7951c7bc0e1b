import { env, loadConfig } from '@expertnet/platform';

export const loadCohortsConfig = (source: NodeJS.ProcessEnv = process.env) =>
  loadConfig(
    {
      grpcHost: env.string('COHORTS_GRPC_HOST', '127.0.0.1'),
      grpcPort: env.port('COHORTS_GRPC_PORT', 50062),
      mongoUrl: env.string('MONGO_URL'),
      database: env.string('COHORTS_DB', 'cohorts'),
      natsUrl: env.string('NATS_URL'),
      keycloakIssuer: env.url('KEYCLOAK_ISSUER'),
      keycloakAudience: env.string('KEYCLOAK_AUDIENCE', 'expertnet-api'),
      // One durable consumer shared by every replica; tests give each run its own.
      nominationsDurable: env.string('COHORTS_NOMINATIONS_DURABLE', 'cohorts-enrolment'),
      promotionCheckMs: env.milliseconds('COHORTS_PROMOTION_CHECK_MS', 30_000),
      // Base64 of at least 32 random bytes, the same on every replica: the HMAC key the rotating
      // check-in codes derive from. Empty: enrolment still runs, check-in is refused (see keys.ts).
      checkInKey: env.string('COHORTS_CHECKIN_KEY', ''),
      // The programme's Ed25519 signing key for certificates: PKCS#8 PEM, or base64 of a 32-byte
      // seed. Empty: graduation and verification are refused until it is configured.
      certificatePrivateKey: env.string('COHORTS_CERTIFICATE_PRIVATE_KEY', ''),
      // The public verification page printed beside the QR code; required with the key above.
      certificateVerifyUrl: env.string('COHORTS_CERTIFICATE_VERIFY_URL', ''),
      // Public keys of signing keys rotated out (SPKI PEM, or base64 of the 32-byte Ed25519 key),
      // separated by commas: certificates they signed still verify; nothing is signed with them.
      certificateRetiredPublicKeys: env.string('COHORTS_CERTIFICATE_RETIRED_PUBLIC_KEYS', ''),
      logLevel: env.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug'], 'info'),
    },
    source,
  );

export type CohortsConfig = ReturnType<typeof loadCohortsConfig>;

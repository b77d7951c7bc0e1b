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
      logLevel: env.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug'], 'info'),
    },
    source,
  );

import { env, loadConfig } from '@expertnet/platform';

export const loadMentoringConfig = (source: NodeJS.ProcessEnv = process.env) =>
  loadConfig(
    {
      grpcHost: env.string('MENTORING_GRPC_HOST', '127.0.0.1'),
      grpcPort: env.port('MENTORING_GRPC_PORT', 50064),
      mongoUrl: env.string('MONGO_URL'),
      database: env.string('MENTORING_DB', 'mentoring'),
      natsUrl: env.string('NATS_URL'),
      keycloakIssuer: env.url('KEYCLOAK_ISSUER'),
      keycloakAudience: env.string('KEYCLOAK_AUDIENCE', 'expertnet-api'),
      // Durable consumers shared by every replica; tests give each run its own.
      directoryDurable: env.string('MENTORING_DIRECTORY_DURABLE', 'mentoring-pool'),
      cohortsDurable: env.string('MENTORING_COHORTS_DURABLE', 'mentoring-trainees'),
      nominationsDurable: env.string('MENTORING_NOMINATIONS_DURABLE', 'mentoring-conflicts'),
      // How often unanswered proposals past their time expire (and move on to the next mentor).
      expirySweepMs: env.milliseconds('MENTORING_EXPIRY_SWEEP_MS', 60_000),
      // How often steps a crash left unfinished are completed (also once at start).
      reconcileSweepMs: env.milliseconds('MENTORING_RECONCILE_SWEEP_MS', 60_000),
      // How old the in-memory copy of the pool that ranking reads may be.
      poolMaxAgeMs: env.milliseconds('MENTORING_POOL_MAX_AGE_MS', 2_000),
      logLevel: env.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug'], 'info'),
    },
    source,
  );

export type MentoringConfig = ReturnType<typeof loadMentoringConfig>;

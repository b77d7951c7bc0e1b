import { env, loadConfig } from '@expertnet/platform';

export const loadDirectoryConfig = (source: NodeJS.ProcessEnv = process.env) =>
  loadConfig(
    {
      grpcHost: env.string('DIRECTORY_GRPC_HOST', '127.0.0.1'),
      grpcPort: env.port('DIRECTORY_GRPC_PORT', 50063),
      mongoUrl: env.string('MONGO_URL'),
      database: env.string('DIRECTORY_DB', 'directory'),
      natsUrl: env.string('NATS_URL'),
      keycloakIssuer: env.url('KEYCLOAK_ISSUER'),
      keycloakAudience: env.string('KEYCLOAK_AUDIENCE', 'expertnet-api'),
      // One durable consumer shared by every replica; tests give each run its own.
      cohortsDurable: env.string('DIRECTORY_COHORTS_DURABLE', 'directory-profiles'),
      // How often availabilities whose "until" day has passed are made AVAILABLE (with an event).
      availabilitySweepMs: env.milliseconds('DIRECTORY_AVAILABILITY_SWEEP_MS', 3_600_000),
      logLevel: env.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug'], 'info'),
    },
    source,
  );

export type DirectoryConfig = ReturnType<typeof loadDirectoryConfig>;

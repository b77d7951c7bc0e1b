import { env, loadConfig } from '@expertnet/platform';

export const loadNominationsConfig = (source: NodeJS.ProcessEnv = process.env) =>
  loadConfig(
    {
      grpcHost: env.string('NOMINATIONS_GRPC_HOST', '127.0.0.1'),
      grpcPort: env.port('NOMINATIONS_GRPC_PORT', 50061),
      mongoUrl: env.string('MONGO_URL'),
      database: env.string('NOMINATIONS_DB', 'nominations'),
      natsUrl: env.string('NATS_URL'),
      keycloakIssuer: env.url('KEYCLOAK_ISSUER'),
      keycloakAudience: env.string('KEYCLOAK_AUDIENCE', 'expertnet-api'),
      // Base64 of at least 32 random bytes; with it, a national ID hash cannot be reversed by
      // hashing every possible 12-digit number.
      nationalIdKey: env.string('NOMINATIONS_NATIONAL_ID_KEY'),
      deadlineCheckMs: env.milliseconds('NOMINATIONS_DEADLINE_CHECK_MS', 30_000),
      logLevel: env.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug'], 'info'),
    },
    source,
  );

export type NominationsConfig = ReturnType<typeof loadNominationsConfig>;

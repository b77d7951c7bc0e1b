import { env, loadConfig } from '@expertnet/platform';

export const loadCoordinationConfig = (source: NodeJS.ProcessEnv = process.env) =>
  loadConfig(
    {
      grpcHost: env.string('COORDINATION_GRPC_HOST', '127.0.0.1'),
      grpcPort: env.port('COORDINATION_GRPC_PORT', 50065),
      mongoUrl: env.string('MONGO_URL'),
      database: env.string('COORDINATION_DB', 'coordination'),
      natsUrl: env.string('NATS_URL'),
      keycloakIssuer: env.url('KEYCLOAK_ISSUER'),
      keycloakAudience: env.string('KEYCLOAK_AUDIENCE', 'expertnet-api'),
      // The directory's MatchExperts, called with the service account's token and this deadline.
      directoryGrpcAddress: env.string('DIRECTORY_GRPC_ADDRESS', '127.0.0.1:50063'),
      directoryDeadlineMs: env.milliseconds('COORDINATION_DIRECTORY_DEADLINE_MS', 2_000),
      clientId: env.string('COORDINATION_CLIENT_ID', 'svc-coordination'),
      clientSecret: env.string('COORDINATION_CLIENT_SECRET'),
      // Durable consumers shared by every replica; tests give each run its own.
      directoryDurable: env.string('COORDINATION_DIRECTORY_DURABLE', 'coordination-experts'),
      // The programme KPIs' projection of the nominations, cohorts and mentoring events.
      nominationsDurable: env.string(
        'COORDINATION_NOMINATIONS_DURABLE',
        'coordination-kpi-nominations',
      ),
      cohortsDurable: env.string('COORDINATION_COHORTS_DURABLE', 'coordination-kpi-cohorts'),
      mentoringDurable: env.string('COORDINATION_MENTORING_DURABLE', 'coordination-kpi-mentoring'),
      // Offers past their time move on; service levels past due are escalated; half-done steps finished.
      sweepMs: env.milliseconds('COORDINATION_SWEEP_MS', 60_000),
      logLevel: env.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug'], 'info'),
    },
    source,
  );

export type CoordinationConfig = ReturnType<typeof loadCoordinationConfig>;

import {
  createGrpcClient,
  createHealthClient,
  createLogger,
  createServiceTokenSource,
  createTokenVerifier,
  runService,
  type ServiceHealth,
} from '@expertnet/platform';
import { buildGateway } from './app.ts';
import { loadGatewayConfig, type GatewayConfig } from './config.ts';
import { createOidcClient } from './http/oidc.ts';
import { NOMINATIONS_MAX_MESSAGE_BYTES } from './routes/document-content.routes.ts';
import type { ServiceTokenSource } from './http/service-account.ts';
import { SERVICES } from './services.ts';

// Composition root only. Telemetry is already running: the process starts with
// `node --import @expertnet/platform/telemetry/register src/main.ts`.
const logger = createLogger({ service: 'gateway' });

await runService({
  logger,
  async start(lifecycle) {
    const config = loadGatewayConfig();
    logger.level = config.logLevel;
    const clientOptions = { defaultDeadlineMs: config.grpcDeadlineMs };
    const nominations = createGrpcClient(SERVICES.nominations, config.nominationsGrpcAddress, {
      ...clientOptions,
      // Documents of up to 10 MiB cross in UploadDocument and GetDocumentContent.
      maxMessageBytes: NOMINATIONS_MAX_MESSAGE_BYTES,
    });
    lifecycle.onStop('nominations gRPC client', () => {
      nominations.close();
      return Promise.resolve();
    });
    const cohorts = createGrpcClient(SERVICES.cohorts, config.cohortsGrpcAddress, clientOptions);
    lifecycle.onStop('cohorts gRPC client', () => {
      cohorts.close();
      return Promise.resolve();
    });
    const directory = createGrpcClient(
      SERVICES.directory,
      config.directoryGrpcAddress,
      clientOptions,
    );
    lifecycle.onStop('directory gRPC client', () => {
      directory.close();
      return Promise.resolve();
    });
    const mentoring = createGrpcClient(
      SERVICES.mentoring,
      config.mentoringGrpcAddress,
      clientOptions,
    );
    lifecycle.onStop('mentoring gRPC client', () => {
      mentoring.close();
      return Promise.resolve();
    });
    const coordination = createGrpcClient(
      SERVICES.coordination,
      config.coordinationGrpcAddress,
      clientOptions,
    );
    lifecycle.onStop('coordination gRPC client', () => {
      coordination.close();
      return Promise.resolve();
    });
    const verifyToken = createTokenVerifier({
      issuer: config.keycloakIssuer,
      audience: config.keycloakAudience,
    });
    const serviceToken = serviceTokenSource(config);
    const health = {
      nominations: createHealthClient(config.nominationsGrpcAddress),
      cohorts: createHealthClient(config.cohortsGrpcAddress),
      directory: createHealthClient(config.directoryGrpcAddress),
      mentoring: createHealthClient(config.mentoringGrpcAddress),
      coordination: createHealthClient(config.coordinationGrpcAddress),
    };
    lifecycle.onStop('health clients', () => {
      for (const client of Object.values(health)) client.close();
      return Promise.resolve();
    });
    const servicesHealth = async (): Promise<Record<string, ServiceHealth>> =>
      Object.fromEntries(
        await Promise.all(
          Object.entries(health).map(
            async ([name, client]) => [name, await client.check(1_000)] as const,
          ),
        ),
      );
    // Discovers Keycloak on the first sign-in, not here: the gateway starts without Keycloak.
    const oidc = createOidcClient({
      issuer: config.keycloakIssuer,
      clientId: config.gatewayClientId,
      clientSecret: config.gatewayClientSecret,
      timeoutMs: config.grpcDeadlineMs,
    });
    const app = await buildGateway({
      config,
      nominations,
      cohorts,
      directory,
      mentoring,
      coordination,
      verifyToken,
      serviceToken,
      logger,
      servicesHealth,
      oidc,
    });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    // Port 0 asks for a free port; the log says which one was taken.
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    // Registered last, so it runs first: stop taking requests and finish those in flight
    // before the client they use is closed.
    lifecycle.onStop('http server', () => app.close());
    logger.info({ port, docs: `http://${config.host}:${String(port)}/docs` }, 'gateway listening');
  },
});

/**
 * The gateway's service-account token, fetched on first use and cached by the kit. Without a
 * secret the gateway still starts (everything but the public routes works), says so once here,
 * and the public routes answer 503.
 */
function serviceTokenSource(config: GatewayConfig): ServiceTokenSource {
  if (config.gatewayClientSecret === '') {
    logger.warn('GATEWAY_CLIENT_SECRET is not set: public certificate verification is unavailable');
    return () => Promise.reject(new Error('GATEWAY_CLIENT_SECRET is not set'));
  }
  return createServiceTokenSource({
    tokenUrl: `${config.keycloakIssuer}/protocol/openid-connect/token`,
    clientId: config.gatewayClientId,
    clientSecret: config.gatewayClientSecret,
    // The kit sets no time limit; a Keycloak that hangs must not hang public requests with it.
    fetch: (input, init) =>
      fetch(input, { ...init, signal: AbortSignal.timeout(config.grpcDeadlineMs) }),
  });
}

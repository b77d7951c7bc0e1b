import {
  createGrpcClient,
  createLogger,
  createTokenVerifier,
  runService,
} from '@expertnet/platform';
import { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { buildGateway } from './app.ts';
import { loadGatewayConfig } from './config.ts';

// Composition root only. Telemetry is already running: the process starts with
// `node --import @expertnet/platform/telemetry/register src/main.ts`.
const logger = createLogger({ service: 'gateway' });

await runService({
  logger,
  async start(lifecycle) {
    const config = loadGatewayConfig();
    logger.level = config.logLevel;
    const nominations = createGrpcClient(NominationsService, config.nominationsGrpcAddress, {
      defaultDeadlineMs: config.grpcDeadlineMs,
    });
    lifecycle.onStop('nominations gRPC client', () => {
      nominations.close();
      return Promise.resolve();
    });
    const verifyToken = createTokenVerifier({
      issuer: config.keycloakIssuer,
      audience: config.keycloakAudience,
    });
    const app = await buildGateway({ config, nominations, verifyToken, logger });
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

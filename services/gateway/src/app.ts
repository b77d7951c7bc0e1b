import type { createLogger, ServiceHealth, TokenVerifier } from '@expertnet/platform';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { GatewayConfig } from './config.ts';
import { decorateCaller } from './http/authentication.ts';
import { createBrowserSessions } from './http/browser-session.ts';
import type { OidcClient } from './http/oidc.ts';
import { DOCS_PREFIX, registerOpenApi } from './http/openapi.ts';
import { echoRequestId, requestIdOf } from './http/request-id.ts';
import { servePortal } from './http/portal.ts';
import { PathOnlyLogController } from './http/request-logging.ts';
import { problemOf } from './http/problem-mapping.ts';
import { installProblemHandlers, sendProblem } from './http/send-problem.ts';
import type { ServiceTokenSource } from './http/service-account.ts';
import { createMemorySessionStore, type SessionStore } from './http/session-store.ts';
import { API_PREFIX, apiRoutes, publicApiRoutes } from './routes/api.routes.ts';
import { AUTH_PREFIX, authRoutes } from './routes/auth.routes.ts';
import type {
  CohortsClient,
  CoordinationClient,
  DirectoryClient,
  MentoringClient,
  NominationsClient,
} from './services.ts';

/** What GET /api/v1 answers: the documents that describe the API. */
const API_INDEX = {
  version: 'v1',
  documentation: DOCS_PREFIX,
  openapi: `${DOCS_PREFIX}/json`,
  health: '/healthz',
} as const;

export interface GatewayDependencies {
  readonly config: Pick<
    GatewayConfig,
    | 'rateLimitMax'
    | 'rateLimitWindowMs'
    | 'publicRateLimitMax'
    | 'jsonBodyLimitBytes'
    | 'uploadBodyLimitBytes'
    | 'grpcDeadlineMs'
    | 'importDeadlineMs'
    | 'portalUrl'
    | 'portalDir'
    | 'portalIdentityProviders'
    | 'sessionIdleMs'
    | 'sessionMax'
  >;
  readonly nominations: NominationsClient;
  readonly cohorts: CohortsClient;
  readonly directory: DirectoryClient;
  readonly mentoring: MentoringClient;
  readonly coordination: CoordinationClient;
  readonly verifyToken: TokenVerifier;
  /** The gateway's own token, for the public routes' calls (no caller token to forward). */
  readonly serviceToken: ServiceTokenSource;
  readonly logger: ReturnType<typeof createLogger>;
  /** The health of each service behind the gateway, asked when /healthz is. */
  readonly servicesHealth: () => Promise<Readonly<Record<string, ServiceHealth>>>;
  /** Keycloak as the browsers' sign-in (the portal's OAuth client); tests fake it. */
  readonly oidc: OidcClient;
  /** Where browser sessions live; in this process's memory when not given. */
  readonly sessionStore?: SessionStore;
  /** The clock of sessions and token expiry; tests move it. */
  readonly now?: () => number;
}

/**
 * The gateway, built from its dependencies and never listening: main.ts listens, tests inject.
 * It holds no business rule; every request becomes one call to the service that owns the rule.
 */
export async function buildGateway(dependencies: GatewayDependencies): Promise<FastifyInstance> {
  const { config } = dependencies;
  // Typed as the plain instance the plugins take: Fastify's generics make an instance with a
  // pino Logger (a FastifyBaseLogger with more members) incompatible with it.
  const app = Fastify({
    loggerInstance: dependencies.logger,
    bodyLimit: config.jsonBodyLimitBytes,
    genReqId: requestIdOf,
    logController: new PathOnlyLogController({ requestIdLogLabel: 'requestId' }),
    // Errors raised before routing (a URL that is not valid percent-encoding) are problems too.
    frameworkErrors: (error, request, reply) => {
      // The reply is thenable but there is nothing to wait for: sending it ends the request.
      void sendProblem(request, reply, problemOf(error, { bodyLimit: config.jsonBodyLimitBytes }));
    },
    ajv: {
      // Unknown members are reported (the schemas say additionalProperties: false), not
      // silently removed: a misspelt field name must not look like a successful edit.
      // Every wrong field at once, as the services report theirs: a form shows them all in one
      // round trip. Fastify leaves allErrors off for its cost; the validated schemas are
      // structural (types, enums, formats; the only patterns are the linear digit checks of
      // 64-bit integers), bodies are capped by bodyLimit and the answer lists at most
      // MAX_FIELD_ERRORS of them (problem-mapping.ts).
      customOptions: { removeAdditional: false, allErrors: true },
    },
  }) as unknown as FastifyInstance;
  decorateCaller(app);
  // Parses cookies on every route: the portal's session cookie also authenticates /api/v1.
  await app.register(cookie);
  echoRequestId(app);
  const portalPage = config.portalDir === '' ? undefined : await servePortal(app, config.portalDir);
  installProblemHandlers(app, portalPage);
  await registerOpenApi(app);
  // Readiness: serving only while every service behind it is, with the reasons when not.
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    const services = await dependencies.servicesHealth();
    const reasons = Object.entries(services).flatMap(([name, health]) =>
      health.unreachable.map((what) => `${name}: ${what}`),
    );
    const ready = Object.values(services).every((health) => health.serving);
    return reply
      .code(ready ? 200 : 503)
      .send({ status: ready ? 'ok' : 'unavailable', reasons, services });
  });
  // Liveness: the process answers. An orchestrator restarts on this one only.
  app.get('/livez', { schema: { hide: true } }, () => ({ status: 'ok' }));
  // The URL the platform prints: where to go next, without a token (every resource needs one).
  for (const root of [API_PREFIX, `${API_PREFIX}/`]) {
    app.get(root, { schema: { hide: true } }, () => API_INDEX);
  }
  if (portalPage === undefined) {
    // Without the portal, the browser's first stop is the API's documentation.
    app.get('/', { schema: { hide: true } }, (_request, reply) => reply.redirect(DOCS_PREFIX));
  }
  const sessions = createBrowserSessions({
    store:
      dependencies.sessionStore ??
      createMemorySessionStore({
        idleMs: config.sessionIdleMs,
        maxSessions: config.sessionMax,
        ...(dependencies.now === undefined ? {} : { now: dependencies.now }),
      }),
    oidc: dependencies.oidc,
    verifyToken: dependencies.verifyToken,
    secureCookies: config.portalUrl.startsWith('https:'),
    ...(dependencies.now === undefined ? {} : { now: dependencies.now }),
  });
  await app.register(authRoutes, {
    prefix: AUTH_PREFIX,
    sessions,
    oidc: dependencies.oidc,
    portalUrl: config.portalUrl,
    identityProviders: config.portalIdentityProviders,
  });
  const clients = {
    nominations: dependencies.nominations,
    cohorts: dependencies.cohorts,
    directory: dependencies.directory,
    mentoring: dependencies.mentoring,
    coordination: dependencies.coordination,
  };
  await app.register(apiRoutes, {
    prefix: API_PREFIX,
    clients,
    verifyToken: dependencies.verifyToken,
    sessionCaller: sessions.callerOf,
    rateLimit: { max: config.rateLimitMax, windowMs: config.rateLimitWindowMs },
    grpcDeadlineMs: config.grpcDeadlineMs,
    importDeadlineMs: config.importDeadlineMs,
    uploadBodyLimitBytes: config.uploadBodyLimitBytes,
  });
  // A sibling of the authenticated scope, not a child: its hooks (the token check, the
  // per-subject limit) must not apply here.
  await app.register(publicApiRoutes, {
    prefix: API_PREFIX,
    clients,
    serviceToken: dependencies.serviceToken,
    rateLimit: { max: config.publicRateLimitMax, windowMs: config.rateLimitWindowMs },
    grpcDeadlineMs: config.grpcDeadlineMs,
  });
  return app;
}

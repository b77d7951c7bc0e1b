import { env, loadConfig, type ConfigSpec } from '@expertnet/platform';

/** A whole number variable within bounds (the kit's parsers cover ports and durations only). */
function wholeNumber(name: string, fallback: number, min: number, max: number) {
  return {
    env: name,
    default: fallback,
    parse: (raw: string): number => {
      const value = Number(raw);
      if (!Number.isInteger(value) || value < min || value > max) {
        throw new Error(`must be a whole number from ${String(min)} to ${String(max)}`);
      }
      return value;
    },
  };
}

/** An identity provider the sign-in page offers (a Keycloak broker alias), named in both languages. */
export interface PortalIdentityProvider {
  readonly alias: string;
  readonly name: { readonly vi: string; readonly en: string };
}

/** EXPERTNET_PORTAL_IDENTITY_PROVIDERS: a JSON list of { alias, name: { vi, en } }. */
function identityProviders(raw: string): readonly PortalIdentityProvider[] {
  const parsed: unknown = JSON.parse(raw);
  const isText = (value: unknown) => typeof value === 'string' && value !== '';
  const valid = (item: unknown): item is PortalIdentityProvider => {
    if (typeof item !== 'object' || item === null) return false;
    const { alias, name } = item as Record<string, unknown>;
    if (!isText(alias) || typeof name !== 'object' || name === null) return false;
    const { vi, en } = name as Record<string, unknown>;
    return isText(vi) && isText(en);
  };
  if (!Array.isArray(parsed) || !parsed.every(valid)) {
    throw new Error('must be a JSON list of {"alias": "...", "name": {"vi": "...", "en": "..."}}');
  }
  // Only the known members: the list is sent to every browser as it is.
  return Object.freeze(
    parsed.map(({ alias, name }) => ({ alias, name: { vi: name.vi, en: name.en } })),
  );
}

const KIB = 1024;
const MIB = 1024 * KIB;

const spec = {
  // Loopback by default, like every server of the development stack; deployments set 0.0.0.0.
  host: env.string('EXPERTNET_GATEWAY_HOST', '127.0.0.1'),
  port: env.port('EXPERTNET_GATEWAY_PORT', 18088),
  nominationsGrpcAddress: env.string('NOMINATIONS_GRPC_ADDRESS', '127.0.0.1:50061'),
  cohortsGrpcAddress: env.string('COHORTS_GRPC_ADDRESS', '127.0.0.1:50062'),
  directoryGrpcAddress: env.string('DIRECTORY_GRPC_ADDRESS', '127.0.0.1:50063'),
  mentoringGrpcAddress: env.string('MENTORING_GRPC_ADDRESS', '127.0.0.1:50064'),
  coordinationGrpcAddress: env.string('COORDINATION_GRPC_ADDRESS', '127.0.0.1:50065'),
  keycloakIssuer: env.url('KEYCLOAK_ISSUER'),
  keycloakAudience: env.string('KEYCLOAK_AUDIENCE', 'expertnet-api'),
  // The gateway's own service account (client credentials), used only by the public routes,
  // which have no caller's token to forward. No default secret: a deployment that forgets it
  // must not run on the development one. Without it the gateway still serves everything else,
  // and the public routes answer 503 (main.ts warns at start-up).
  gatewayClientId: env.string('GATEWAY_CLIENT_ID', 'gateway'),
  gatewayClientSecret: env.string('GATEWAY_CLIENT_SECRET', ''),
  // The portal's public base URL (no trailing slash): the browser sign-in's redirect URI is
  // <portal>/auth/callback and the browser returns there after sign-in and sign-out. Empty means
  // the gateway's own address (it serves the portal itself); loadGatewayConfig fills it in.
  portalUrl: env.url('EXPERTNET_PORTAL_URL', ''),
  // The built portal (services/portal/dist), served at /. Empty: no portal here, and / leads to
  // the API's documentation instead.
  portalDir: env.string('EXPERTNET_PORTAL_DIR', ''),
  portalIdentityProviders: {
    env: 'EXPERTNET_PORTAL_IDENTITY_PROVIDERS',
    default: [] as readonly PortalIdentityProvider[],
    parse: identityProviders,
  },
  // A browser session unused this long is forgotten; Keycloak's own SSO idle limit still applies.
  sessionIdleMs: env.milliseconds('EXPERTNET_SESSION_IDLE_MS', 30 * 60_000),
  // Sessions are held in memory: beyond this many, the least recently used is dropped.
  sessionMax: wholeNumber('EXPERTNET_SESSION_MAX', 10_000, 1, 10_000_000),
  // Per caller (token subject, else IP) and window. 600 a minute is far above what a person
  // clicking through the portal does; load tests raise it.
  rateLimitMax: wholeNumber('EXPERTNET_GATEWAY_RATE_LIMIT_MAX', 600, 1, 10_000_000),
  rateLimitWindowMs: env.milliseconds('EXPERTNET_GATEWAY_RATE_LIMIT_WINDOW_MS', 60_000),
  // Per IP and window on the public routes (certificate verification), which anyone can call:
  // an HR office checking certificates by hand behind one address needs a few a minute; a
  // script hammering the route must not be able to load the service behind it.
  publicRateLimitMax: wholeNumber('EXPERTNET_GATEWAY_PUBLIC_RATE_LIMIT_MAX', 60, 1, 10_000_000),
  // The largest JSON request (a nomination with 20 trainings, a round with a 20-line rubric,
  // 200 quotas) is a few tens of KiB; 256 KiB leaves room without inviting abuse.
  jsonBodyLimitBytes: wholeNumber('EXPERTNET_GATEWAY_BODY_LIMIT_BYTES', 256 * KIB, KIB, 64 * MIB),
  // A filled template of 1,000 rows is well under 1 MiB; pictures pasted in by users are not.
  uploadBodyLimitBytes: wholeNumber(
    'EXPERTNET_GATEWAY_UPLOAD_LIMIT_BYTES',
    10 * MIB,
    KIB,
    256 * MIB,
  ),
  // Every gRPC call has a deadline; an import checks up to 1,000 rows in one call.
  grpcDeadlineMs: env.milliseconds('NOMINATIONS_GRPC_DEADLINE_MS', 5_000),
  importDeadlineMs: env.milliseconds('EXPERTNET_GATEWAY_IMPORT_DEADLINE_MS', 60_000),
  logLevel: env.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'silent'], 'info'),
} satisfies ConfigSpec;

export function loadGatewayConfig(source: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(spec, source);
  if (config.portalUrl !== '') return config;
  return Object.freeze({
    ...config,
    portalUrl: `http://${config.host}:${String(config.port)}`,
  });
}

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

/**
 * Test support: the gateway built around in-process fakes of the service clients, a fake token
 * verifier and a fake service-account token. Unit level only; the end-to-end tests run the real
 * services and Keycloak.
 */
import type { Message } from '@bufbuild/protobuf';
import {
  createLogger,
  DomainError,
  toServiceError,
  type CallOptions,
  type ErrorKind,
  type FieldViolation,
  type Principal,
  type ServiceHealth,
  type TokenVerifier,
} from '@expertnet/platform';
import type { FastifyInstance } from 'fastify';
import { buildGateway, type GatewayDependencies } from '../src/app.ts';
import type { OidcClient } from '../src/http/oidc.ts';
import type { ServiceTokenSource } from '../src/http/service-account.ts';
import { SERVICES, type ClientOf, type RpcName, type ServiceName } from '../src/services.ts';

export const NOMINATOR_TOKEN = 'token-of-a-btc-nominator';
export const OFFICE_TOKEN = 'token-of-the-programme-office';
export const EXPIRED_TOKEN = 'an-expired-token';
/** What the fake service-account token source hands out. */
export const SERVICE_ACCOUNT_TOKEN = 'token-of-the-gateway-service-account';

export const PRINCIPALS: Readonly<Record<string, Principal>> = {
  [NOMINATOR_TOKEN]: principal('subject-nominator', 'BTC', 'nominator'),
  [OFFICE_TOKEN]: principal('subject-office', 'BKHCN', 'programme-office'),
};

function principal(subject: string, org: string, role: string): Principal {
  return { subject, org, roles: new Set([role]), service: undefined };
}

/** Answers like the kit's verifier: a Principal, or an unauthenticated DomainError. */
export const fakeVerifyToken: TokenVerifier = (token) => {
  const found = PRINCIPALS[token];
  if (found !== undefined) return Promise.resolve(found);
  const code = token === EXPIRED_TOKEN ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID';
  return Promise.reject(new DomainError('unauthenticated', code, 'the access token is not valid'));
};

export type FakeHandler = (request: Message, options: CallOptions) => Promise<Message>;

/** Any service's RPC by its bare name: no two services share an RPC name (openapi.test checks). */
export type AnyRpc = RpcName<ServiceName>;
export type FakeHandlers = Partial<Record<AnyRpc, FakeHandler>>;

export interface RecordedCall {
  readonly service: ServiceName;
  readonly rpc: AnyRpc;
  readonly request: Message;
  readonly options: CallOptions;
}

/** A client of `service` whose methods are the given handlers; the others fail as UNIMPLEMENTED. */
export function fakeClient<S extends ServiceName>(
  service: S,
  handlers: FakeHandlers,
  calls: RecordedCall[],
): ClientOf<S> {
  const methods: Record<string, unknown> = { close: () => undefined };
  for (const method of SERVICES[service].methods) {
    const rpc = method.localName as AnyRpc;
    methods[rpc] = (request: Message, options: CallOptions) => {
      calls.push({ service, rpc, request, options });
      const handler = handlers[rpc];
      return handler === undefined
        ? Promise.reject(rpcStatusError(12, 'not faked'))
        : handler(request, options);
    };
  }
  // The fake is built from the descriptor, method by method, like the kit's real client.
  return methods as unknown as ClientOf<S>;
}

/** The error the kit's client rejects with when the service threw this DomainError. */
export function rpcError(
  kind: ErrorKind,
  code: string,
  message: string,
  violations: readonly FieldViolation[] = [],
): Error {
  return Object.assign(
    new Error(message),
    toServiceError(new DomainError(kind, code, message, { violations })),
  );
}

/** A bare gRPC status without rich details, as grpc-js raises for deadlines and lost channels. */
export function rpcStatusError(code: number, details: string): Error {
  const { metadata } = toServiceError(new Error('bare status'));
  return Object.assign(new Error(details), { code, details, metadata });
}

export const TEST_CONFIG: GatewayDependencies['config'] = {
  rateLimitMax: 1000,
  rateLimitWindowMs: 60_000,
  publicRateLimitMax: 1000,
  jsonBodyLimitBytes: 256 * 1024,
  uploadBodyLimitBytes: 10 * 1024 * 1024,
  grpcDeadlineMs: 5_000,
  importDeadlineMs: 60_000,
  portalUrl: 'http://portal.test',
  portalDir: '',
  portalIdentityProviders: [],
  sessionIdleMs: 30 * 60_000,
  sessionMax: 10_000,
};

/** Keycloak's sign-in, not faked: every use fails as if Keycloak were down. */
export const UNREACHABLE_OIDC: OidcClient = {
  beginLogin: () => Promise.reject(new Error('Keycloak is not faked')),
  exchangeCode: () => Promise.reject(new Error('Keycloak is not faked')),
  refresh: () => Promise.reject(new Error('Keycloak is not faked')),
  endSessionUrl: () => Promise.reject(new Error('Keycloak is not faked')),
};

const ALL_SERVING = Object.fromEntries(
  ['nominations', 'cohorts', 'directory', 'mentoring', 'coordination'].map((name) => [
    name,
    { serving: true, unreachable: [] },
  ]),
);

/** The gateway around fakes of every service; `calls` records the calls of all of them, in order. */
export async function testGateway(
  handlers: FakeHandlers = {},
  config: Partial<GatewayDependencies['config']> = {},
  serviceToken: ServiceTokenSource = () => Promise.resolve(SERVICE_ACCOUNT_TOKEN),
  servicesHealth: Readonly<Record<string, ServiceHealth>> = ALL_SERVING,
  browsers: Partial<Pick<GatewayDependencies, 'oidc' | 'now' | 'sessionStore'>> = {},
): Promise<{ app: FastifyInstance; calls: RecordedCall[] }> {
  const calls: RecordedCall[] = [];
  const app = await buildGateway({
    config: { ...TEST_CONFIG, ...config },
    nominations: fakeClient('nominations', handlers, calls),
    cohorts: fakeClient('cohorts', handlers, calls),
    directory: fakeClient('directory', handlers, calls),
    mentoring: fakeClient('mentoring', handlers, calls),
    coordination: fakeClient('coordination', handlers, calls),
    verifyToken: fakeVerifyToken,
    serviceToken,
    logger: createLogger({ service: 'gateway-test', level: 'silent' }),
    servicesHealth: () => Promise.resolve(servicesHealth),
    oidc: UNREACHABLE_OIDC,
    ...browsers,
  });
  return { app, calls };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The parsed body of an injected response. */
export function jsonOf(response: { body: string }): Record<string, unknown> {
  return JSON.parse(response.body) as Record<string, unknown>;
}

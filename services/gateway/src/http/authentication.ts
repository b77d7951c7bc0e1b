import { DomainError, type Principal, type TokenVerifier } from '@expertnet/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { gatewayProblem, ProblemError } from './problem.ts';

/** Who is calling: the verified principal and the token itself, forwarded as is to services. */
export interface Caller {
  readonly token: string;
  readonly principal: Principal;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every /api/v1 request; null elsewhere. */
    caller: Caller | null;
  }
}

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]+)[ \t]*$/i;

/** RFC 6750 §3: a 401 tells the client which scheme to use and, for a bad token, why. */
const CHALLENGE = 'Bearer realm="expertnet"';

export function decorateCaller(app: FastifyInstance): void {
  app.decorateRequest('caller', null);
}

/**
 * The caller of a browser request signed in through the portal (its session cookie), or null
 * when there is no cookie; throws the problem when the cookie is there but does not do.
 */
export type SessionCaller = (
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<Caller | null>;

/**
 * Every route of `scope` needs a valid Keycloak access token. It is verified here so that an
 * anonymous request costs no body parsing and no gRPC call; the services verify it again, since
 * they trust nothing the gateway says. Without an Authorization header, a browser's session
 * cookie stands for the token it holds: the services still see a normal bearer token.
 */
export function requireAuthentication(
  scope: FastifyInstance,
  verifyToken: TokenVerifier,
  sessionCaller?: SessionCaller,
): void {
  scope.addHook('onRequest', async (request, reply) => {
    const fromSession =
      request.headers.authorization === undefined && sessionCaller !== undefined
        ? await sessionCaller(request, reply)
        : null;
    request.caller = fromSession ?? (await authenticate(request, verifyToken));
  });
}

async function authenticate(request: FastifyRequest, verifyToken: TokenVerifier): Promise<Caller> {
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
  if (token === undefined) {
    throw new ProblemError(
      gatewayProblem(401, 'TOKEN_MISSING', { headers: { 'www-authenticate': CHALLENGE } }),
    );
  }
  try {
    return { token, principal: await verifyToken(token) };
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== 'unauthenticated') throw error;
    const code = error.code === 'TOKEN_EXPIRED' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID';
    const headers = { 'www-authenticate': `${CHALLENGE}, error="invalid_token"` };
    throw new ProblemError(gatewayProblem(401, code, { headers }), { cause: error });
  }
}

export function callerOf(request: FastifyRequest): Caller {
  if (request.caller === null) throw new Error('an /api/v1 route ran without authentication');
  return request.caller;
}

import type { FastifyRequest } from 'fastify';
import { gatewayProblem, ProblemError } from './problem.ts';

/** The gateway's own access token (client credentials), as the kit's createServiceTokenSource gives it. */
export type ServiceTokenSource = () => Promise<string>;

/**
 * The token for a call made on behalf of an anonymous caller. Failing to get one (Keycloak down,
 * the secret wrong or not configured) is the gateway's problem, not the caller's: it is logged
 * and answered as the service being unavailable, which is all a public caller can act on.
 */
export async function serviceAccountToken(
  request: FastifyRequest,
  source: ServiceTokenSource,
): Promise<string> {
  try {
    return await source();
  } catch (error) {
    request.log.error({ err: error }, 'no service-account token for a public route');
    throw new ProblemError(gatewayProblem(503, 'SERVICE_UNAVAILABLE'), { cause: error });
  }
}

/**
 * A service refusing the gateway's own token (401, 403) would otherwise reach an anonymous caller
 * as "authentication required", which they cannot fix: it is a misconfiguration, logged and
 * answered as the service being unavailable. Every other problem passes through unchanged.
 */
export function refusedServiceAccount(request: FastifyRequest, error: unknown): unknown {
  if (!(error instanceof ProblemError)) return error;
  const { status, code } = error.problem;
  if (status !== 401 && status !== 403) return error;
  request.log.error({ err: error, status, code }, 'a service refused the gateway service account');
  return new ProblemError(gatewayProblem(503, 'SERVICE_UNAVAILABLE'), { cause: error });
}

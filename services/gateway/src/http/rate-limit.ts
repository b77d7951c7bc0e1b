import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { gatewayProblem, ProblemError } from './problem.ts';

export interface RateLimitSettings {
  readonly max: number;
  readonly windowMs: number;
}

/**
 * Requests per caller and window on every route of `scope`. The key is the token's subject, so
 * users behind one ministry's proxy (one IP) do not share a budget. Authentication runs first
 * (an instance hook; the limiter's is a route hook), so only verified callers are counted; a
 * request without a valid token is refused before it costs more than one signature check. The
 * IP is the key only on a route that has no authentication.
 *
 * The counters live in this process: with N replicas a caller gets up to N times the budget,
 * acceptable for a guard against runaway clients (a shared store would be needed for quotas).
 */
export async function limitRate(scope: FastifyInstance, settings: RateLimitSettings) {
  await scope.register(rateLimit, {
    max: settings.max,
    timeWindow: settings.windowMs,
    keyGenerator: rateLimitKey,
    errorResponseBuilder: (_request, context) =>
      new ProblemError(
        gatewayProblem(429, 'RATE_LIMITED', {
          params: { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) },
        }),
      ),
  });
}

function rateLimitKey(request: FastifyRequest): string {
  return request.caller === null ? `ip:${request.ip}` : `sub:${request.caller.principal.subject}`;
}

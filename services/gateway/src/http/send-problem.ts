import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { trackAllowedMethods } from './allowed-methods.ts';
import { negotiateLanguage } from './language.ts';
import { pathOf } from './request-logging.ts';
import { problemOf } from './problem-mapping.ts';
import type { PortalPage } from './portal.ts';
import { gatewayProblem, PROBLEM_CONTENT_TYPE, problemDocument, type Problem } from './problem.ts';

/**
 * Every error and every unknown route answers with application/problem+json: 405 with `Allow`
 * for a method the path does not take, 404 for a path that does not exist. A browser asking for
 * a page path the portal routes itself gets the portal instead, when it is served here.
 */
export function installProblemHandlers(app: FastifyInstance, portalPage?: PortalPage): void {
  const allowedMethods = trackAllowedMethods(app);
  app.setErrorHandler((error, request, reply) => {
    const problem = problemOf(error, { bodyLimit: request.routeOptions.bodyLimit });
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler((request, reply) => {
    const page = portalPage?.(request, reply);
    if (page !== undefined) return page;
    const path = pathOf(request.url);
    const allowed = allowedMethods(path);
    const params = { method: request.method, path };
    if (allowed.length === 0) {
      return sendProblem(request, reply, gatewayProblem(404, 'ROUTE_NOT_FOUND', { params }));
    }
    const allow = allowed.join(', ');
    return sendProblem(
      request,
      reply,
      gatewayProblem(405, 'METHOD_NOT_ALLOWED', {
        params: { ...params, allowed: allow },
        headers: { allow },
      }),
    );
  });
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: Problem,
): FastifyReply {
  const language = negotiateLanguage(request.headers['accept-language']);
  const document = problemDocument(problem, {
    language,
    instance: pathOf(request.url),
    requestId: request.id,
  });
  for (const [name, value] of Object.entries(problem.headers ?? {})) reply.header(name, value);
  return (
    reply
      .code(problem.status)
      .type(`${PROBLEM_CONTENT_TYPE}; charset=utf-8`)
      .header('content-language', language)
      .header('vary', 'Accept-Language')
      // The route's response schemas describe its successes; a problem is written as it is.
      .serializer(JSON.stringify)
      .send(document)
  );
}

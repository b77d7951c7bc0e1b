import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { negotiateLanguage } from './language.ts';
import { pathOf } from './request-logging.ts';
import { problemOf } from './problem-mapping.ts';
import { gatewayProblem, PROBLEM_CONTENT_TYPE, problemDocument, type Problem } from './problem.ts';

/** Every error and every unknown route answers with application/problem+json. */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = problemOf(error, { bodyLimit: request.routeOptions.bodyLimit });
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      gatewayProblem(404, 'ROUTE_NOT_FOUND', {
        params: { method: request.method, path: pathOf(request.url) },
      }),
    ),
  );
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

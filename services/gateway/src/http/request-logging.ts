import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * One access-log line per request, written when it completes: method, path (without the query
 * string), status and time. The import takes the nominating officer's name, e-mail and phone in
 * the query, and personal data never reaches the logs (ARCHITECTURE.md, "Data"); paths carry only
 * ids and codes. Fastify's own second line, at arrival, doubled the logging cost of a call (CPU
 * profile of the submit benchmark) and is kept at debug level.
 */
export class PathOnlyLogController extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.debug({ method: request.method, path: pathOf(request.url) }, 'incoming request');
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    const line = {
      method: request.method,
      path: pathOf(request.url),
      statusCode: reply.statusCode,
      responseTime: reply.elapsedTime,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }

  override routeNotFound(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.info({ method: request.method, path: pathOf(request.url) }, 'route not found');
  }
}

export function pathOf(url: string): string {
  return url.split('?', 1)[0] ?? url;
}

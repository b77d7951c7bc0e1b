import { LogController, type FastifyRequest } from 'fastify';

/**
 * Fastify's request log lines, without the query string. The import takes the nominating
 * officer's name, e-mail and phone there, and personal data never reaches the logs
 * (ARCHITECTURE.md, "Data"); paths carry only ids and codes.
 */
export class PathOnlyLogController extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.info({ method: request.method, path: pathOf(request.url) }, 'incoming request');
  }

  override routeNotFound(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.info({ method: request.method, path: pathOf(request.url) }, 'route not found');
  }
}

export function pathOf(url: string): string {
  return url.split('?', 1)[0] ?? url;
}

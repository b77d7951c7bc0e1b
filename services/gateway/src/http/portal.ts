import fsp from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The portal's pages are its own: scripts and styles from this origin only, never framed. Inline
 * styles stay allowed because React writes computed sizes (charts, progress bars) as `style`.
 */
const PORTAL_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
} as const;

/** Paths that belong to the gateway itself: an unknown one is a 404 problem, never the portal. */
const SERVER_PATHS = /^\/(api|auth|docs)(\/|$)|^\/(healthz|livez)$/;

/** Answers a request for a page of the portal (a path the browser's router knows). */
export type PortalPage = (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined;

/**
 * Serves the built portal (services/portal/dist) at /: its hashed assets cached for a year, and
 * index.html (never cached, so a deployment reaches browsers at once) for `/` and for any other
 * page path a browser asks for, since the portal routes in the browser.
 */
export async function servePortal(app: FastifyInstance, root: string): Promise<PortalPage> {
  const index = await fsp.readFile(path.join(root, 'index.html'));
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // Routes for the files present at start-up only: a build is immutable once deployed.
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders(reply, filePath) {
      const hashed = filePath.startsWith(path.join(root, 'assets') + path.sep);
      reply.headers({
        ...PORTAL_HEADERS,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    },
  });
  const page = (_request: FastifyRequest, reply: FastifyReply) =>
    reply
      .headers(PORTAL_HEADERS)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(index);
  app.get('/', { schema: { hide: true } }, page);
  return (request, reply) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !SERVER_PATHS.test(request.url.split('?')[0] ?? '') &&
      (request.headers.accept ?? '').includes('text/html');
    return wantsPage ? page(request, reply) : undefined;
  };
}

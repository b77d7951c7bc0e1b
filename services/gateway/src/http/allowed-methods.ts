import type { FastifyInstance } from 'fastify';

interface RoutePattern {
  readonly matches: RegExp;
  readonly methods: readonly string[];
}

/** A route's path as a pattern: `:param` is one segment, `*` the rest of the path. */
function patternOf(url: string): RegExp {
  const parts = url.split('/').map((segment) => {
    if (segment.startsWith(':')) return '[^/]+';
    if (segment === '*') return '.*';
    return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('/')}/?$`);
}

/**
 * Remembers every route as it is registered, so an unknown method on a known path can answer
 * 405 with the methods it takes (RFC 9110 §15.5.6) instead of 404. Install before the routes.
 */
export function trackAllowedMethods(app: FastifyInstance): (path: string) => string[] {
  const routes: RoutePattern[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    routes.push({ matches: patternOf(route.url), methods: methods.map(String) });
  });
  return (path) => {
    const allowed = routes.filter((route) => route.matches.test(path)).flatMap((r) => r.methods);
    return [...new Set(allowed)].sort();
  };
}

import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './gen/schema.ts';
import { isProblem, type CallFailure } from './problem.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken = '';
let language = 'vi';
const sessionEndedListeners = new Set<() => void>();

/** The session's CSRF token: the gateway wants it on every state-changing call by cookie. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** The language the API writes its problem texts in. */
export function setApiLanguage(locale: string): void {
  language = locale;
}

/** Called when the gateway says the session is over (expired, or ended elsewhere). */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

const sessionHeaders: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', language);
    if (UNSAFE_METHODS.has(request.method)) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) for (const listener of sessionEndedListeners) listener();
    return response;
  },
};

/**
 * The gateway's API, typed from its OpenAPI document (src/api/gen, generated at build). The
 * session cookie goes with every call; tokens never reach the browser.
 */
export const api = createClient<paths>({ baseUrl: location.origin, credentials: 'same-origin' });
api.use(sessionHeaders);

/**
 * The data of a call, or its failure: openapi-fetch resolves with either `data` or `error`, and
 * rejects when there was no answer at all.
 */
export async function call<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ ok: true; data: T } | { ok: false; failure: CallFailure }> {
  try {
    const { data, error, response } = await request;
    if (response.ok) return { ok: true, data: data as T };
    if (isProblem(error)) return { ok: false, failure: { kind: 'problem', problem: error } };
    return {
      ok: false,
      failure: {
        kind: 'problem',
        problem: {
          type: 'about:blank',
          title: response.statusText,
          status: response.status,
          instance: response.url,
          code: `HTTP_${String(response.status)}`,
          errors: [],
          requestId: response.headers.get('x-request-id') ?? '',
        },
      },
    };
  } catch {
    return { ok: false, failure: { kind: 'network' } };
  }
}

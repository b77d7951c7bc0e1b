import { expect } from 'vitest';

export type Json = Record<string, unknown>;

/** The gateway's HTTP API as a test uses it: each call as one of the demo users. */
export function gatewayApi<User extends string>(base: string, tokens: () => Record<User, string>) {
  async function call(user: User | undefined, method: string, path: string, body?: Json) {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        ...(user !== undefined && { authorization: `Bearer ${tokens()[user]}` }),
        ...(body && { 'content-type': 'application/json' }),
      },
      ...(body && { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Json };
  }
  /** A call that must succeed; its answer. */
  async function ok(user: User | undefined, method: string, path: string, body?: Json) {
    const { status, body: answer } = await call(user, method, path, body);
    expect(status, `${method} ${path}: ${JSON.stringify(answer)}`).toBeLessThan(300);
    return answer;
  }
  return { call, ok };
}

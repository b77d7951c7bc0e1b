export interface ServiceTokenOptions {
  /** The realm's token endpoint. */
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Renew this long before expiry, so a token never expires in flight. */
  readonly renewBeforeMs?: number;
  readonly now?: () => number;
  readonly fetch?: typeof fetch;
}

/**
 * A service account's access token (client credentials grant), cached until shortly before it
 * expires. Concurrent callers share one request for a new token.
 */
export function createServiceTokenSource(options: ServiceTokenOptions): () => Promise<string> {
  const now = options.now ?? Date.now;
  const renewBeforeMs = options.renewBeforeMs ?? 30_000;
  const request = options.fetch ?? fetch;
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const response = await request(options.tokenUrl, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: options.clientId,
        client_secret: options.clientSecret,
      }),
    });
    const body = (await response.json()) as { access_token?: string; expires_in?: number };
    if (!response.ok || body.access_token === undefined) {
      throw new Error(`client credentials for ${options.clientId} refused (${response.status})`);
    }
    cached = { token: body.access_token, expiresAt: now() + (body.expires_in ?? 60) * 1000 };
    return body.access_token;
  }

  return () => {
    if (cached !== undefined && now() < cached.expiresAt - renewBeforeMs) {
      return Promise.resolve(cached.token);
    }
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}

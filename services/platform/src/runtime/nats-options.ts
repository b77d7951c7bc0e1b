import type { ConnectionOptions } from '@nats-io/transport-node';

/**
 * Connection options from NATS_URL, credentials included: `nats://user:password@host:port`, or
 * several servers separated by commas. nats.js does not read credentials from a URL (the Go and
 * CLI clients do), so they are taken out here and passed as options.
 */
export function natsConnectionOptions(natsUrl: string): ConnectionOptions {
  let user: string | undefined;
  let pass: string | undefined;
  const servers = natsUrl.split(',').map((entry) => {
    const trimmed = entry.trim();
    if (!trimmed.includes('@')) return trimmed;
    const url = new URL(trimmed.includes('://') ? trimmed : `nats://${trimmed}`);
    user ??= decodeURIComponent(url.username);
    pass ??= decodeURIComponent(url.password);
    return `${url.protocol}//${url.host}`;
  });
  return { servers, ...(user !== undefined && { user, pass }) };
}

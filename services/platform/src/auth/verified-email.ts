/**
 * The verified email of the caller of a call whose token the server has already checked (the
 * kit's gRPC server verifies every token before a handler runs), so its claims can be read as
 * they are. An unverified email is undefined: services link people by it.
 */
export function verifiedEmailOf(token: string): string | undefined {
  const [, payload = ''] = token.split('.');
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null) return undefined;
    const { email, email_verified: verified } = claims as Record<string, unknown>;
    return verified === true && typeof email === 'string' && email !== '' ? email : undefined;
  } catch {
    return undefined;
  }
}

import { createTokenVerifier } from '@expertnet/platform';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { measure, printComparison } from '@expertnet/tests/support/bench-stats.ts';

/**
 * Token verification through the kit (claims → principal) against a bare jose jwtVerify: of
 * tokens the verifier has not seen (the signature is checked), then of one token presented again
 * and again, as a signed-in client does until it expires (the kit remembers it).
 */
export async function benchTokens(
  env: Record<string, string>,
  tokens: readonly string[],
  count: number,
) {
  const issuer = env.KEYCLOAK_ISSUER ?? '';
  const audience = env.KEYCLOAK_AUDIENCE ?? '';
  const keys = createRemoteJWKSet(new URL(`${issuer}/protocol/openid-connect/certs`));
  const bare = (token: string) =>
    jwtVerify(token, keys, { issuer, audience, algorithms: ['RS256'] }).then(() => undefined);
  const verify = createTokenVerifier({ issuer, audience });
  const kit = (token: string) => verify(token).then(() => undefined);
  const [warmToken = '', ...fresh] = tokens;
  // Warm both key caches (one JWKS fetch each) and the JIT.
  await measure('warm-up', 200, 1, () => bare(warmToken));
  await measure('warm-up', 1, 1, () => kit(warmToken));

  const firstRaw = await measure('bare jose jwtVerify', fresh.length, 1, (i) =>
    bare(fresh[i] ?? ''),
  );
  const firstOurs = await measure('kit, tokens not seen before', fresh.length, 1, (i) =>
    kit(fresh[i] ?? ''),
  );
  printComparison('Token verification, RS256, each token once, one core', firstRaw, firstOurs);
  const raw = await measure('bare jose jwtVerify', count, 1, () => bare(warmToken));
  const ours = await measure('kit, the same token again', count, 1, () => kit(warmToken));
  printComparison('Token verification, RS256, one token again and again, one core', raw, ours);
}

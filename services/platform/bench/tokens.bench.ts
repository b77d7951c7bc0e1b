import { createTokenVerifier } from '@expertnet/platform';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { measure, printComparison } from '@expertnet/tests/support/bench-stats.ts';

/** Token verification through the kit (claims → principal) against a bare jose jwtVerify. */
export async function benchTokens(env: Record<string, string>, token: string, count: number) {
  const issuer = env.KEYCLOAK_ISSUER ?? '';
  const audience = env.KEYCLOAK_AUDIENCE ?? '';
  const keys = createRemoteJWKSet(new URL(`${issuer}/protocol/openid-connect/certs`));
  const bare = () =>
    jwtVerify(token, keys, { issuer, audience, algorithms: ['RS256'] }).then(() => undefined);
  const verify = createTokenVerifier({ issuer, audience });
  const kit = () => verify(token).then(() => undefined);
  // Warm both key caches (one JWKS fetch each) and the JIT.
  await measure('warm-up', 200, 1, bare);
  await measure('warm-up', 200, 1, kit);
  const raw = await measure('bare jose jwtVerify', count, 1, bare);
  const ours = await measure('kit createTokenVerifier', count, 1, kit);
  printComparison('Token verification, RS256, one core', raw, ours);
}

/**
 * The stack as tests and benchmarks see it: NATS in the tests' account, so that nothing they
 * publish or consume reaches the platform's streams (infra/src/servers/nats.ts).
 */
export const testsView = (env: Readonly<Record<string, string>>): Record<string, string> => ({
  ...env,
  NATS_URL: env.NATS_TESTS_URL ?? env.NATS_URL ?? '',
});

// Benchmarks of the platform kit against its raw peers, measured in the same run:
//   pnpm bench            (starts or reuses the stack)
// Figures are throughput and p50/p99 on this machine; compare the ratios, not the absolutes.
import { DEMO_PASSWORD, loadStackConfig, TEST_CLIENT_ID, up } from '@expertnet/infra';
import { benchEvents } from './events.bench.ts';
import { benchGrpc } from './grpc.bench.ts';
import { benchTokens } from './tokens.bench.ts';

const { env } = await up(loadStackConfig(), (line) => process.stderr.write(`[stack] ${line}\n`));
const tokenResponse = await fetch(`${env.KEYCLOAK_ISSUER ?? ''}/protocol/openid-connect/token`, {
  method: 'POST',
  body: new URLSearchParams({
    grant_type: 'password',
    client_id: TEST_CLIENT_ID,
    username: 'nominator.hanoi',
    password: DEMO_PASSWORD,
  }),
});
const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
const scale = Number(process.env.BENCH_SCALE ?? '1');

process.stdout.write(
  `ExpertNet platform kit benchmarks (node ${process.version}, scale ${scale})\n`,
);
await benchTokens(env, token, 5_000 * scale);
await benchGrpc(env, token, 3_000 * scale);
await benchEvents(env, 1_000 * scale);
// Open connections of a failed benchmark must not keep the process alive.
process.exit(0);

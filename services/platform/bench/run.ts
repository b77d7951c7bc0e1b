// Benchmarks of the platform kit against its raw peers, measured in the same run:
//   pnpm bench            (starts or reuses the stack)
// Figures are throughput and p50/p99 on this machine; compare the ratios, not the absolutes.
import { DEMO_PASSWORD, loadStackConfig, TEST_CLIENT_ID, up } from '@expertnet/infra';
import { testsView } from '@expertnet/tests/support/tests-view.ts';
import { benchEvents } from './events.bench.ts';
import { benchGrpc } from './grpc.bench.ts';
import { benchTokens } from './tokens.bench.ts';

const stack = await up(loadStackConfig(), (line) => process.stderr.write(`[stack] ${line}\n`));
const env = testsView(stack.env);
/** A fresh access token of a demo user: each one is signed anew, with its own id. */
async function issueToken(): Promise<string> {
  const response = await fetch(`${env.KEYCLOAK_ISSUER ?? ''}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: TEST_CLIENT_ID,
      username: 'nominator.hanoi',
      password: DEMO_PASSWORD,
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}
const tokens: string[] = [];
for (let index = 0; index < 201; index += 1) tokens.push(await issueToken());
const [token = ''] = tokens;
const scale = Number(process.env.BENCH_SCALE ?? '1');

process.stdout.write(
  `ExpertNet platform kit benchmarks (node ${process.version}, scale ${scale})\n`,
);
await benchTokens(env, tokens, 5_000 * scale);
await benchGrpc(env, token, 3_000 * scale);
await benchEvents(env, 1_000 * scale);
// Open connections of a failed benchmark must not keep the process alive.
process.exit(0);

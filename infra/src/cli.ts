// The development stack: `pnpm stack up | down | status | env | logs [server] | reset`.
import fsp from 'node:fs/promises';
import { DEMO_USERS } from '../keycloak/expertnet.realm.ts';
import { MINISTRY_REALM, MINISTRY_USERS } from '../keycloak/ministry-demo.realm.ts';
import { DEMO_PASSWORD } from '../keycloak/realm-parts.ts';
import { loadStackConfig, type StackConfig } from './stack-config.ts';
import { currentEnv, down, formatEnv, logFiles, reset, status, up, upPlatform } from './stack.ts';
import { seedDemoData } from './demo-data.ts';

const report = (line: string) => {
  process.stderr.write(`[stack] ${line}\n`);
};

const commands: Record<string, (config: StackConfig, args: string[]) => Promise<void>> = {
  async up(config) {
    const began = Date.now();
    const { env } = await up(config, report);
    report(`all healthy in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    process.stdout.write(describePlatform(env));
  },
  /** Everything for a demo: servers, services, demo data; prints where to look. */
  async platform(config) {
    const began = Date.now();
    const { env } = await upPlatform(config, report);
    await seedDemoData(config, env, report);
    report(`platform up in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    process.stdout.write(describePlatform(env));
  },
  down: (config) => down(config, report),
  reset: (config) => reset(config, report),
  async status(config) {
    const servers = await status(config);
    // Columns as wide as their longest entry: "nominations" is longer than any server's name.
    const width = (cells: readonly string[]) => Math.max(...cells.map((cell) => cell.length));
    const pids = servers.map((server) => (server.pid === undefined ? '' : `pid ${server.pid}`));
    const nameWidth = width(servers.map((server) => server.name));
    const stateWidth = width(servers.map((server) => server.state));
    const pidWidth = width(pids);
    servers.forEach((server, index) => {
      const columns = [
        server.name.padEnd(nameWidth),
        server.state.padEnd(stateWidth),
        ...(pidWidth === 0 ? [] : [(pids[index] ?? '').padEnd(pidWidth)]),
        Object.values(server.env)[0] ?? '',
      ];
      process.stdout.write(`${columns.join('  ').trimEnd()}\n`);
    });
  },
  async env(config) {
    process.stdout.write(formatEnv(await currentEnv(config)));
  },
  async logs(config, [name, lines = '40']) {
    for (const log of await logFiles(config)) {
      if (name !== undefined && name !== log.name) continue;
      const text = await fsp.readFile(log.file, 'utf8').catch(() => '(no log yet)\n');
      const tail = text.trimEnd().split('\n').slice(-Number(lines)).join('\n');
      process.stdout.write(`==> ${log.name} (${log.file}) <==\n${tail}\n`);
    }
  },
};

function describePlatform(env: Readonly<Record<string, string>>): string {
  const users = DEMO_USERS.map(
    (user) => `  ${user.username.padEnd(20)} ${user.roles.join(', ').padEnd(22)} org ${user.org}`,
  );
  const ministryUsers = MINISTRY_USERS.map((user) => `  ${user.username}`);
  return [
    'ExpertNet development stack is up.',
    '',
    ...Object.entries(env).map(([key, value]) => `  ${key}=${value}`),
    '',
    ...(env.GATEWAY_URL === undefined
      ? []
      : [
          `  Portal (sign in here):  ${env.GATEWAY_URL}/`,
          `  Certificate check:      ${env.GATEWAY_URL}/verify  (public, no sign-in)`,
          `  API (gateway):          ${env.GATEWAY_URL}/api/v1/`,
          `  API documentation:      ${env.GATEWAY_URL}/docs  (OpenAPI: /docs/json)`,
          `  Expert search:          ${env.GATEWAY_URL}/api/v1/experts?query=chuyen%20doi%20so (with a token)`,
          `  Nominations gRPC:       ${env.NOMINATIONS_GRPC_ADDRESS ?? ''} (reflection on; try grpcurl)`,
        ]),
    `  Keycloak admin console: ${env.KEYCLOAK_URL ?? ''}/admin/  (admin / admin)`,
    `  Account console:        ${env.KEYCLOAK_URL ?? ''}/realms/expertnet/account/`,
    '',
    `Demo accounts in realm expertnet (password ${DEMO_PASSWORD}):`,
    ...users,
    '',
    `Ministry accounts in realm ${MINISTRY_REALM}, brokered into expertnet as org BTC, role nominator`,
    `(password ${DEMO_PASSWORD}; choose "Bộ Tài chính (demo)" on the portal's sign-in page):`,
    ...ministryUsers,
    '',
  ].join('\n');
}

const [name = 'status', ...args] = process.argv.slice(2);
const command = commands[name];
if (command === undefined) {
  process.stderr.write(`usage: pnpm stack ${Object.keys(commands).join(' | ')}\n`);
  process.exit(2);
}
try {
  await command(loadStackConfig(), args);
} catch (error) {
  report(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

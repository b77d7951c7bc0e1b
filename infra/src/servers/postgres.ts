import fsp from 'node:fs/promises';
import path from 'node:path';
import { exists, portIsFree, run } from '../commands.ts';
import { stackPaths, type StackConfig } from '../stack-config.ts';
import type { Server } from './server.ts';

const POSTGRES_MAJOR = '15';
const BIN = `/usr/lib/postgresql/${POSTGRES_MAJOR}/bin`;
/** PostgreSQL refuses to run as root; Debian's package creates this system user. */
const SERVICE_USER = 'postgres';
/** Debian's server package brings its client. */
export const postgresClient = `${BIN}/psql`;

/** FerretDB's way in: the service user, trusted on loopback. */
export const postgresUrl = (config: StackConfig) =>
  `postgres://${SERVICE_USER}@${config.host}:${String(config.postgres.port)}/postgres`;

/**
 * PostgreSQL from Debian's packages, FerretDB's storage. FerretDB 1.x pushes equality filters and
 * limits down to PostgreSQL, where the GIN companions of infra/ferretdb/pushdown-indexes.sql
 * answer them from an index; on SQLite it pushes down only a bare `_id` equality and reads every
 * document for anything else, a full collection scan per update.
 */
export function postgresServer(config: StackConfig): Promise<Server> {
  const { host } = config;
  const port = config.postgres.port;
  const dataDir = path.join(stackPaths(config).data, 'postgres');
  const asServiceUser = (file: string, args: readonly string[]) =>
    process.getuid?.() === 0
      ? { file: 'runuser', args: ['-u', SERVICE_USER, '--', file, ...args] }
      : { file, args };
  return Promise.resolve({
    name: 'postgres',
    env: { FERRETDB_POSTGRESQL_URL: postgresUrl(config) },
    ports: [port],
    startTimeoutMs: 60_000,
    async prepare(logFile) {
      if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
        await fsp.mkdir(dataDir, { recursive: true });
        if (process.getuid?.() === 0) await run('chown', [SERVICE_USER, dataDir], { logFile });
        const initdb = asServiceUser(`${BIN}/initdb`, [
          ...['-D', dataDir, '-U', SERVICE_USER, '--auth=trust'],
          ...['-E', 'UTF8', '--locale=C.UTF-8'],
        ]);
        await run(initdb.file, initdb.args, { logFile });
      }
      return asServiceUser(`${BIN}/postgres`, [
        ...['-D', dataDir, '-p', String(port), '-k', '', '-c', `listen_addresses=${host}`],
        // A development stack: losing the last writes in a power cut is fine, speed is not.
        ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ]);
    },
    isHealthy: async () => !(await portIsFree(host, port)),
  });
}

/**
 * Whether this machine can run the stack's PostgreSQL: the package is installed (dev.sh does it)
 * and, when we are root, its service user can reach the data folder inside the checkout.
 */
export async function postgresUsable(config: StackConfig): Promise<boolean> {
  if (!(await exists(`${BIN}/postgres`))) return false;
  if (process.getuid?.() !== 0) return true;
  try {
    await run('runuser', ['-u', SERVICE_USER, '--', 'test', '-x', config.rootDir], {
      logFile: path.join(stackPaths(config).logs, 'postgres-check.log'),
    });
    return true;
  } catch {
    return false;
  }
}

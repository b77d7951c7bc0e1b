import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { exists, run, which } from '../commands.ts';
import { stackPaths, type StackConfig } from '../stack-config.ts';
import { selectMongoBackend } from './backends.ts';
import { postgresClient, postgresUrl, postgresUsable } from './postgres.ts';
import type { Launch, Server } from './server.ts';

/**
 * The MongoDB-wire server: an external URL, a real mongod, or FerretDB on PostgreSQL (see
 * postgres.ts for why not SQLite), or on SQLite where PostgreSQL cannot run.
 */
export async function mongoServer(config: StackConfig): Promise<Server> {
  const { host } = config;
  const paths = stackPaths(config);
  const backend = selectMongoBackend({
    externalUrl: config.mongo.externalUrl,
    mongodOnPath: await which('mongod'),
  });
  const url = backend.kind === 'external' ? backend.url : `mongodb://${host}:${config.mongo.port}/`;
  const dataDir = path.join(paths.data, 'mongo');
  const onPostgres = backend.kind === 'ferretdb' && (await postgresUsable(config));

  return {
    name: 'mongo',
    env: { MONGO_URL: url, MONGO_SERVER: onPostgres ? 'ferretdb-postgresql' : backend.kind },
    ports: backend.kind === 'external' ? [] : [config.mongo.port],
    startTimeoutMs: 60_000,
    ...(onPostgres && { after: 'postgres' }),
    async prepare(logFile): Promise<Launch | undefined> {
      switch (backend.kind) {
        case 'external':
          return undefined;
        case 'mongod':
          await fsp.mkdir(dataDir, { recursive: true });
          return {
            file: backend.binary,
            args: ['--bind_ip', host, '--port', String(config.mongo.port), '--dbpath', dataDir],
          };
        case 'ferretdb':
          if (onPostgres) await installPushdownIndexes(config, logFile);
          return {
            file: await buildFerretDb(config, logFile),
            args: [
              ...['-listen', `${host}:${config.mongo.port}`, '-data', dataDir],
              ...(onPostgres ? ['-postgresql-url', postgresUrl(config)] : []),
            ],
          };
      }
    },
    isHealthy: () => mongoPings(url),
  };
}

async function mongoPings(url: string): Promise<boolean> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 1_000, connectTimeoutMS: 1_000 });
  try {
    await client.db('admin').command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close();
  }
}

/** See infra/ferretdb/pushdown-indexes.sql: without it every lookup on PostgreSQL is a scan. */
async function installPushdownIndexes(config: StackConfig, logFile: string): Promise<void> {
  const script = path.join(config.rootDir, 'infra', 'ferretdb', 'pushdown-indexes.sql');
  await run(
    postgresClient,
    [postgresUrl(config), '--quiet', '--no-psqlrc', '-v', 'ON_ERROR_STOP=1', '--file', script],
    { logFile },
  );
}

/** Builds infra/ferretdb once per source version (the Go caches make rebuilds cheap). */
async function buildFerretDb(config: StackConfig, logFile: string): Promise<string> {
  const sourceDir = path.join(config.rootDir, 'infra', 'ferretdb');
  const hash = createHash('sha256');
  const sources = (await fsp.readdir(sourceDir)).filter((file) =>
    /^go\.(mod|sum)$|\.go$/.test(file),
  );
  for (const file of sources.sort()) {
    hash.update(file).update(await fsp.readFile(path.join(sourceDir, file)));
  }
  const binary = path.join(stackPaths(config).bin, `ferretdb-${hash.digest('hex').slice(0, 12)}`);
  if (!(await exists(binary))) {
    await run('go', ['build', '-o', binary, '.'], { cwd: sourceDir, logFile });
  }
  return binary;
}

import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { postgresClient } from '@expertnet/infra';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stackEnv } from '../support/stack-env.ts';

const run = promisify(execFile);

// FerretDB on PostgreSQL pushes an equality filter down as `_jsonb -> 'field' @> value`; without
// the GIN companions of infra/ferretdb/pushdown-indexes.sql no index can answer it.
describe.runIf(inject('stack').MONGO_SERVER === 'ferretdb-postgresql')(
  'indexes FerretDB can use on PostgreSQL',
  () => {
    let client: MongoClient;
    let db: Db;
    const sql = async (statement: string) =>
      (
        await run(postgresClient, [stackEnv('FERRETDB_POSTGRESQL_URL'), '-Atc', statement])
      ).stdout.trim();

    beforeAll(async () => {
      client = await MongoClient.connect(stackEnv('MONGO_URL'));
      db = client.db(`pushdown_${randomUUID().slice(0, 8)}`);
    });

    afterAll(async () => {
      await db.dropDatabase();
      await client.close();
    });

    it.each([
      ['_id', '"expert-7"'],
      ['outboxPending', 'true'],
      ['org', '"P01"'],
    ])('answers an equality on %s from an index', async (field, value) => {
      const experts = db.collection<{ _id: string; org: string; outboxPending: boolean }>(
        'experts',
      );
      await experts.createIndex({ outboxPending: 1 });
      await experts.createIndex({ org: 1, _id: 1 });
      await experts.insertOne({ _id: 'expert-7', org: 'P01', outboxPending: true });
      const table = await sql(
        `SELECT relname FROM pg_stat_user_tables WHERE schemaname = '${db.databaseName}' AND relname LIKE 'experts_%'`,
      );

      // With sequential scans priced out, the plan still scans unless an index serves the filter.
      const plan = await sql(
        `SET enable_seqscan = off; EXPLAIN SELECT _jsonb FROM "${db.databaseName}"."${table}" WHERE _jsonb -> '${field}' @> '${value}'`,
      );

      expect(plan).toContain('Index Scan');
      expect(plan).not.toContain('Seq Scan');
      await experts.deleteMany({});
    });
  },
);

import { randomUUID } from 'node:crypto';
import {
  DomainError,
  ensureIndexes,
  findPage,
  updateVersioned,
  type IndexDeclaration,
} from '@expertnet/platform';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { MongoClient, MongoServerError, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Expert {
  _id: string;
  org: string;
  sortName: string;
  version: number;
}

describe('MongoDB helpers of the kit, on the stack’s MongoDB-wire server', () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    client = await MongoClient.connect(stackEnv('MONGO_URL'));
    db = client.db(`helpers_${randomUUID().slice(0, 8)}`);
  });

  afterAll(async () => {
    await db.dropDatabase();
    await client.close();
  });

  it('ensures declared indexes, idempotently', async () => {
    const experts = db.collection<Expert>('experts_indexed');
    const indexes: IndexDeclaration[] = [
      {
        name: 'by_org_name',
        key: { org: 1, sortName: 1, _id: 1 },
        serves: 'experts of an org by name',
      },
      { name: 'unique_name', key: { sortName: 1 }, unique: true, serves: 'test: uniqueness' },
    ];
    await ensureIndexes(experts, indexes);
    await ensureIndexes(experts, indexes);
    await experts.insertOne({ _id: 'a', org: 'P01', sortName: 'an', version: 1 });
    await expect(
      experts.insertOne({ _id: 'b', org: 'P01', sortName: 'an', version: 1 }),
    ).rejects.toBeInstanceOf(MongoServerError);
  });

  it('pages through a filtered list with cursors, without gaps or repeats', async () => {
    const experts = db.collection<Expert>('experts_paged');
    await experts.insertMany(
      Array.from({ length: 25 }, (_, i) => ({
        _id: `e${String(i).padStart(2, '0')}`,
        org: i % 5 === 0 ? 'P79' : 'P01',
        // Repeated names: the _id breaks ties, so equal names still page correctly.
        sortName: `name ${String(Math.floor(i / 3)).padStart(2, '0')}`,
        version: 1,
      })),
    );
    const seen: string[] = [];
    let cursor = '';
    let pages = 0;
    do {
      const page = await findPage(experts, { org: 'P01' }, 'sortName', { pageSize: 7, cursor });
      seen.push(...page.items.map((item) => item._id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== '');
    expect(pages).toBe(3);
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
    expect(seen).toEqual([...seen].sort());
  });

  it('rejects a cursor it did not issue, naming the field', async () => {
    const failure = await findPage(db.collection<Expert>('experts_paged'), {}, 'sortName', {
      cursor: 'not-a-cursor',
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({
      kind: 'invalid-argument',
      violations: [{ field: 'page.cursor' }],
    });
  });

  it('applies a versioned update once and refuses the stale one with a conflict', async () => {
    const experts = db.collection<Expert>('experts_versioned');
    await experts.insertOne({ _id: 'x', org: 'P01', sortName: 'x', version: 3 });

    await updateVersioned(experts, { _id: 'x' }, 3, { $set: { org: 'P48' } }, 'expert x');
    const stale = updateVersioned(experts, { _id: 'x' }, 3, { $set: { org: 'P79' } }, 'expert x');

    await expect(stale).rejects.toMatchObject({ kind: 'conflict', code: 'VERSION_CONFLICT' });
    expect(await experts.findOne({ _id: 'x' })).toMatchObject({ org: 'P48', version: 4 });
    await expect(
      updateVersioned(experts, { _id: 'missing' }, 1, { $set: { org: 'P01' } }, 'expert missing'),
    ).rejects.toMatchObject({ kind: 'not-found' });
  });
});

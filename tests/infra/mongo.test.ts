import { randomUUID } from 'node:crypto';
import { MongoClient, MongoServerError, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackEnv } from '../support/stack-env.ts';

/** Duplicate-key error code of the MongoDB wire protocol (FerretDB reports the same). */
const DUPLICATE_KEY = 11000;

describe(`MongoDB-wire server`, () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    client = await MongoClient.connect(stackEnv('MONGO_URL'));
    db = client.db(`infra_${randomUUID().slice(0, 8)}`);
  });

  afterAll(async () => {
    await db.dropDatabase();
    await client.close();
  });

  it('surfaces a unique-index violation as a duplicate-key error and keeps one document', async () => {
    const candidates = db.collection<{ nationalIdHash: string; org: string }>('candidates');
    await candidates.createIndex({ nationalIdHash: 1 }, { unique: true }, undefined);
    await candidates.insertOne({ nationalIdHash: 'hash-1', org: 'P01' });

    const duplicate = candidates.insertOne({ nationalIdHash: 'hash-1', org: 'P79' });

    await expect(duplicate).rejects.toBeInstanceOf(MongoServerError);
    await expect(duplicate).rejects.toMatchObject({ code: DUPLICATE_KEY });
    expect(await candidates.find({}, { projection: { _id: 0 } }).toArray()).toEqual([
      { nationalIdHash: 'hash-1', org: 'P01' },
    ]);
  });

  it('rejects a stale write with a versioned update (optimistic concurrency)', async () => {
    const nominations = db.collection<{ _id: string; status: string; version: number }>(
      'nominations',
    );
    await nominations.insertOne({ _id: 'n-1', status: 'submitted', version: 1 });
    const versionedUpdate = (seenVersion: number, status: string) =>
      nominations.updateOne(
        { _id: 'n-1', version: seenVersion },
        { $set: { status }, $inc: { version: 1 } },
      );

    const reviewer = await versionedUpdate(1, 'under-review');
    const staleNominator = await versionedUpdate(1, 'withdrawn');

    expect(reviewer.modifiedCount).toBe(1);
    expect(staleNominator.matchedCount).toBe(0);
    expect(await nominations.findOne({ _id: 'n-1' })).toEqual({
      _id: 'n-1',
      status: 'under-review',
      version: 2,
    });
  });

  it('applies concurrent single-document updates atomically: none is lost', async () => {
    // 16 connections × 50 updates of one document, as replicas of a service would send them.
    const writers = await Promise.all(
      Array.from({ length: 16 }, () =>
        MongoClient.connect(stackEnv('MONGO_URL'), { maxPoolSize: 1 }),
      ),
    );
    const counters = db.collection<{ _id: string; count: number; log: string[] }>('counters');
    await counters.insertOne({ _id: 'P01', count: 0, log: [] });
    try {
      await Promise.all(
        writers.map(async (writer, w) => {
          const collection = writer.db(db.databaseName).collection<{ _id: string }>('counters');
          for (let i = 0; i < 50; i += 1) {
            await collection.updateOne(
              { _id: 'P01' },
              { $inc: { count: 1 }, $push: { log: `${w}-${i}` } },
            );
          }
        }),
      );
    } finally {
      await Promise.all(writers.map((writer) => writer.close()));
    }
    const counter = await counters.findOne({ _id: 'P01' });
    expect(counter?.count).toBe(800);
    expect(new Set(counter?.log).size).toBe(800);
  });

  it('keeps updates atomic when writes by _id, by another field and in bulk meet on the same documents', async () => {
    // The MongoDB-wire server may let writes to different documents run together; writes to
    // the same document, however each names it, must still never overwrite one another.
    const writers = await Promise.all(
      Array.from({ length: 12 }, () =>
        MongoClient.connect(stackEnv('MONGO_URL'), { maxPoolSize: 1 }),
      ),
    );
    interface Tally {
      _id: string;
      region: string;
      count: number;
    }
    const tallies = db.collection<Tally>('tallies');
    await tallies.insertMany([
      { _id: 'A', region: 'north', count: 0 },
      { _id: 'B', region: 'north', count: 0 },
      { _id: 'C', region: 'south', count: 0 },
    ]);
    try {
      await Promise.all(
        writers.map(async (writer, w) => {
          const collection = writer.db(db.databaseName).collection<Tally>('tallies');
          for (let i = 0; i < 30; i += 1) {
            if (w % 3 === 0) await collection.updateOne({ _id: 'A' }, { $inc: { count: 1 } });
            else if (w % 3 === 1) {
              await collection.updateOne(
                { region: 'north', _id: { $ne: 'B' } },
                { $inc: { count: 1 } },
              );
            } else {
              await collection.bulkWrite([
                { updateOne: { filter: { _id: 'C' }, update: { $inc: { count: 1 } } } },
                { updateOne: { filter: { _id: 'A' }, update: { $inc: { count: 1 } } } },
              ]);
            }
          }
        }),
      );
    } finally {
      await Promise.all(writers.map((writer) => writer.close()));
    }
    // 4 writers by _id on A, 4 by region on A, 4 in bulk on C and A; 30 rounds each.
    expect(await tallies.find({}, { sort: { _id: 1 } }).toArray()).toEqual([
      { _id: 'A', region: 'north', count: 360 },
      { _id: 'B', region: 'north', count: 0 },
      { _id: 'C', region: 'south', count: 120 },
    ]);
  });
});

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
});

import { randomUUID } from 'node:crypto';
import { fromBinary } from '@bufbuild/protobuf';
import { COORDINATION_EVENTS, COORDINATION_SUBJECTS } from '@expertnet/proto/events';
import { TriageAction } from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { accessTokens } from '@expertnet/tests/support/keycloak.ts';
import { kill9, waitUntil } from '@expertnet/tests/support/processes.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createExpert,
  requestDetails,
  startCoordination,
  startServices,
  stopServices,
  type RunningServices,
} from '../support.ts';

const REQUESTS = 50;
const OFFERS_AT_ONCE = 3;

type Users = 'office' | 'hanoi';
const USERNAMES: Record<Users, string> = { office: 'office.mai', hanoi: 'coordinator.hanoi' };

/** Runs `task` over `items`, `width` at a time. */
async function inBatches<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) {
    results.push(...(await Promise.all(items.slice(start, start + width).map(task))));
  }
  return results;
}

describe('coordination killed while fanning out offers', () => {
  let nc: NatsConnection;
  let mongo: MongoClient;
  let services: RunningServices;
  let tokens: Record<Users, string>;
  const as = (user: Users) => ({ token: tokens[user] });

  beforeAll(async () => {
    nc = await connect({ servers: stackEnv('NATS_URL') });
    mongo = await MongoClient.connect(stackEnv('MONGO_URL'));
    tokens = await accessTokens(USERNAMES);
    services = await startServices(nc);
  });

  afterAll(async () => {
    await stopServices(services, nc, mongo);
    await nc.close();
    await mongo.close();
  });

  it('leaves every request with exactly its offers, no expert double-booked, and each event once', async () => {
    for (let index = 0; index < 6; index += 1) {
      await createExpert(services.directory, as('office'), {
        fullName: `Chuyên gia GIS ${String(index)}`,
        email: `gis.${String(index)}.${randomUUID().slice(0, 6)}@p48.gov.vn`,
        org: index % 2 === 0 ? 'P48' : 'P79',
        skills: ['gis'],
      });
    }
    const accepted = await inBatches(
      Array.from({ length: REQUESTS }, (_, index) => index),
      10,
      async (index) => {
        const { supportRequest: draft } = await services.client.createSupportRequest(
          {
            requestId: randomUUID(),
            requestingOrganisation: { code: 'P01' },
            details: requestDetails({
              skills: ['gis'],
              startIn: 60 + index,
              title: `Bản đồ số khu vực ${String(index + 1)}`,
            }),
          },
          as('hanoi'),
        );
        const { supportRequest: submitted } = await services.client.submitSupportRequest(
          { supportRequestId: draft?.id ?? '', expectedVersion: draft?.version ?? 0 },
          as('hanoi'),
        );
        const { supportRequest } = await services.client.triageSupportRequest(
          {
            supportRequestId: submitted?.id ?? '',
            expectedVersion: submitted?.version ?? 0,
            action: TriageAction.ACCEPT,
          },
          as('office'),
        );
        return { id: supportRequest?.id ?? '', version: supportRequest?.version ?? 0 };
      },
    );

    const offers = mongo
      .db(services.env.COORDINATION_DB)
      .collection<{ _id: string; requestId: string; expertId: string }>('dispatches');
    const ours = { requestId: { $in: accepted.map((request) => request.id) } };
    const fanningOut = inBatches(accepted, 10, (request) =>
      services.client
        .startOffers(
          {
            supportRequestId: request.id,
            expectedVersion: request.version,
            offersAtOnce: OFFERS_AT_ONCE,
          },
          as('office'),
        )
        .catch(() => undefined),
    );
    await waitUntil(async () => (await offers.countDocuments(ours)) >= 30, 60_000);
    await kill9(services.child);
    const atKill = await offers.countDocuments(ours);
    await fanningOut;
    expect(atKill).toBeLessThan(REQUESTS * OFFERS_AT_ONCE);

    services = { ...services, ...(await startCoordination(services.env)) };
    // The office's screen retries what failed: StartOffers again where the request has no plan yet.
    for (const request of accepted) {
      const { supportRequest } = await services.client.getSupportRequest(
        { supportRequestId: request.id },
        as('office'),
      );
      if (supportRequest?.offersAtOnce === 0) {
        await services.client.startOffers(
          {
            supportRequestId: request.id,
            expectedVersion: supportRequest.version,
            offersAtOnce: OFFERS_AT_ONCE,
          },
          as('office'),
        );
      }
    }
    await waitUntil(
      async () => (await offers.countDocuments(ours)) === REQUESTS * OFFERS_AT_ONCE,
      60_000,
    );

    const all = await offers.find(ours).toArray();
    const perRequest = new Map<string, Set<string>>();
    for (const offer of all) {
      const experts = perRequest.get(offer.requestId) ?? new Set<string>();
      experts.add(offer.expertId);
      perRequest.set(offer.requestId, experts);
    }
    expect([...perRequest.values()].map((experts) => experts.size)).toEqual(
      Array.from({ length: REQUESTS }, () => OFFERS_AT_ONCE),
    );
    const booked = await mongo
      .db(services.env.COORDINATION_DB)
      .collection<{ bookings?: unknown[] }>('experts')
      .countDocuments({ 'bookings.dispatchId': { $exists: true } });
    expect(booked).toBe(0);

    // Each offer's ExpertInvited exists once in the stream (the relay publishes by event id).
    const ids = new Set(all.map((offer) => offer._id));
    const seen = new Map<string, number>();
    const consumer = await jetstream(nc).consumers.get('COORDINATION', {
      filter_subjects: [COORDINATION_SUBJECTS.dispatchInvited],
      deliver_policy: DeliverPolicy.All,
    });
    await waitUntil(async () => {
      for (;;) {
        const message = await consumer.next({ expires: 1_000 });
        if (message === null) break;
        const envelope = fromBinary(EventEnvelopeSchema, message.data);
        const event = fromBinary(
          COORDINATION_EVENTS[COORDINATION_SUBJECTS.dispatchInvited],
          envelope.data,
        );
        const id = event.dispatch?.dispatchId ?? '';
        if (ids.has(id)) seen.set(id, (seen.get(id) ?? 0) + 1);
      }
      return seen.size === ids.size;
    }, 60_000);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
  }, 300_000);
});

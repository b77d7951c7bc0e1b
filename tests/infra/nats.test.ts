import { randomUUID } from 'node:crypto';
import { AckPolicy, jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackEnv } from '../support/stack-env.ts';

describe('NATS JetStream', () => {
  const run = randomUUID().replaceAll('-', '');
  const stream = `INFRA_${run}`;
  const subjects = `infra.${run}`;
  let nc: NatsConnection;
  let jsm: JetStreamManager;

  beforeAll(async () => {
    nc = await connect({ servers: stackEnv('NATS_URL') });
    jsm = await jetstreamManager(nc);
    await jsm.streams.add({
      name: stream,
      subjects: [`${subjects}.>`],
      duplicate_window: nanos(60_000),
    });
  });

  afterAll(async () => {
    await jsm.streams.delete(stream);
    await nc.close();
  });

  it('creates a stream with file storage', async () => {
    const info = await jsm.streams.info(stream);
    expect(info.config.storage).toBe('file');
    expect(info.config.subjects).toEqual([`${subjects}.>`]);
  });

  it('stores a message published twice with one message id once', async () => {
    const js = jetstream(nc);
    const subject = `${subjects}.dedup`;
    const first = await js.publish(subject, 'nomination accepted', { msgID: 'event-1' });
    const second = await js.publish(subject, 'nomination accepted', { msgID: 'event-1' });
    const other = await js.publish(subject, 'nomination rejected', { msgID: 'event-2' });

    expect(first.duplicate).toBe(false);
    expect(second.duplicate).toBe(true);
    expect(second.seq).toBe(first.seq);
    expect(other.duplicate).toBe(false);
    const info = await jsm.streams.info(stream, { subjects_filter: subject });
    expect(info.state.subjects).toEqual({ [subject]: 2 });
  });

  it('delivers to a durable consumer what was published while it was disconnected', async () => {
    const subject = `${subjects}.durable`;
    await jsm.consumers.add(stream, {
      durable_name: 'reader',
      ack_policy: AckPolicy.Explicit,
      filter_subject: subject,
    });
    const js = jetstream(nc);
    await js.publish(subject, 'before');

    const firstReader = await connect({ servers: stackEnv('NATS_URL') });
    const firstRead = await readNext(firstReader, stream);
    expect(firstRead).toBe('before');
    await firstReader.close();

    await js.publish(subject, 'while away 1');
    await js.publish(subject, 'while away 2');

    const secondReader = await connect({ servers: stackEnv('NATS_URL') });
    const received = [await readNext(secondReader, stream), await readNext(secondReader, stream)];
    await secondReader.close();
    expect(received).toEqual(['while away 1', 'while away 2']);
  });
});

/** Reads and acknowledges (waiting for the server's confirmation) the durable's next message. */
async function readNext(connection: NatsConnection, stream: string): Promise<string | undefined> {
  const consumer = await jetstream(connection).consumers.get(stream, 'reader');
  const message = await consumer.next({ expires: 5_000 });
  if (message === null) return undefined;
  await message.ackAck();
  return message.string();
}

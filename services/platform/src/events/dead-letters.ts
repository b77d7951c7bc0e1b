import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import { DEAD_LETTER_STREAM } from './streams.ts';

export interface DeadLetter {
  readonly seq: number;
  readonly subject: string;
  readonly originalSubject: string;
  readonly reason: string;
  readonly deliveries: number;
  readonly eventId: string;
  readonly time: Date;
}

/** Dead letters, oldest first, optionally of one consumer (`deadletter.<stream>.<durable>`). */
export async function listDeadLetters(jsm: JetStreamManager, subject = 'deadletter.>') {
  const letters: DeadLetter[] = [];
  let seq = 1;
  for (;;) {
    const message = await jsm.direct.getMessage(DEAD_LETTER_STREAM.name, {
      next_by_subj: subject,
      seq,
    });
    if (message === null) return letters;
    letters.push({
      seq: message.seq,
      subject: message.subject,
      originalSubject: message.header.get('deadletter-subject'),
      reason: message.header.get('deadletter-reason'),
      deliveries: Number(message.header.get('deadletter-deliveries')),
      eventId: message.header.get('deadletter-event-id'),
      time: message.time,
    });
    seq = message.seq + 1;
  }
}

/**
 * Publishes a dead letter again on its original subject (after the cause was fixed) and removes
 * it from the dead letters. The new message id differs from the event id, so JetStream does not
 * drop it as a duplicate; consumers still recognise the event by the id in its envelope.
 */
export async function replayDeadLetter(js: JetStreamClient, jsm: JetStreamManager, seq: number) {
  const message = await jsm.streams.getMessage(DEAD_LETTER_STREAM.name, { seq });
  if (message === null) throw new Error(`no dead letter with sequence ${seq}`);
  const original = message.header.get('deadletter-subject');
  await js.publish(original, message.data, {
    msgID: `replay:${seq}:${message.header.get('deadletter-event-id')}`,
  });
  await jsm.streams.deleteMessage(DEAD_LETTER_STREAM.name, seq);
}

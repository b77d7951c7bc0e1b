import { nanos } from '@nats-io/transport-node';
import type { JetStreamManager } from '@nats-io/jetstream';
import type { StreamDefinition } from '@expertnet/proto/events';

/** A contract's stream (`@expertnet/proto/events`) with how the kit declares it to JetStream. */
export interface StreamSpec extends StreamDefinition {
  /**
   * How long JetStream remembers message ids to drop re-published copies. It bounds how long a
   * relay may be down between publishing and marking sent; consumers' processed-id records
   * cover anything older.
   */
  readonly duplicateWindowMs?: number;
  /** Lets readers fetch messages by subject directly (operators listing dead letters). */
  readonly allowDirect?: boolean;
}

/** Declares (or updates) a stream in code: file storage, the subjects, the de-duplication window. */
export async function ensureStream(jsm: JetStreamManager, spec: StreamSpec): Promise<void> {
  const config = {
    name: spec.name,
    subjects: [...spec.subjects],
    duplicate_window: nanos(spec.duplicateWindowMs ?? 10 * 60_000),
    allow_direct: spec.allowDirect ?? false,
    num_replicas: streamReplicas(),
  };
  try {
    await jsm.streams.info(spec.name);
    await jsm.streams.update(spec.name, config);
  } catch (error) {
    if (!isStreamNotFound(error)) throw error;
    await jsm.streams.add(config);
  }
}

/**
 * How many copies a NATS cluster keeps of each stream: EXPERTNET_STREAM_REPLICAS, 1 (a single
 * server) by default; a cluster of 3 runs 3 (deploy/helm), so a stream survives losing a node.
 */
export function streamReplicas(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.EXPERTNET_STREAM_REPLICAS ?? '1';
  const replicas = Number(raw);
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 5) {
    throw new Error(`EXPERTNET_STREAM_REPLICAS must be a whole number from 1 to 5, not "${raw}"`);
  }
  return replicas;
}

function isStreamNotFound(error: unknown): boolean {
  return error instanceof Error && /stream not found/i.test(error.message);
}

/** Where poison messages go: `deadletter.<stream>.<durable>`, kept for operators to inspect. */
export const DEAD_LETTER_STREAM: StreamSpec = {
  name: 'DEADLETTER',
  subjects: ['deadletter.>'],
  allowDirect: true,
};

export const deadLetterSubject = (stream: string, durable: string) =>
  `deadletter.${stream}.${durable}`;

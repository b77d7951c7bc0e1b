import { createHash } from 'node:crypto';
import { DomainError } from '@expertnet/platform';

/** The largest file UploadDocument takes (the contract's own limit, checked again here). */
export const MAX_CONTENT_BYTES = 10 * 1024 * 1024;

/**
 * The largest gRPC message the service takes or sends: a whole file and the rest of its message
 * (names, ids, and a nomination in the answer) with room to spare. grpc-js's default is 4 MiB.
 */
export const MAX_GRPC_MESSAGE_BYTES = MAX_CONTENT_BYTES + 2 * 1024 * 1024;

/**
 * The bytes of one stored chunk: well under the 16 MiB a MongoDB-wire document may hold, and
 * small enough that FerretDB on PostgreSQL never handles one large value.
 */
export const CONTENT_CHUNK_BYTES = 1024 * 1024;

/** The storage key of content the service stored itself; no other document may claim it. */
export const STORED_CONTENT_PREFIX = 'sha256:';

/** What the service knows of a file from its bytes alone; the client's word is never taken. */
export interface ContentFacts {
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly storageKey: string;
}

export const sha256Of = (content: Uint8Array): string =>
  createHash('sha256').update(content).digest('hex');

export const storedContentKey = (sha256: string): string => `${STORED_CONTENT_PREFIX}${sha256}`;

/** Size, hash and storage key of an uploaded file; an empty or oversized one is refused. */
export function contentFactsOf(content: Uint8Array): ContentFacts {
  if (content.length === 0 || content.length > MAX_CONTENT_BYTES) {
    throw new DomainError(
      'invalid-argument',
      'DOCUMENT_CONTENT_SIZE',
      `a document holds 1 to ${String(MAX_CONTENT_BYTES)} bytes`,
    );
  }
  const sha256 = sha256Of(content);
  return { sizeBytes: content.length, sha256, storageKey: storedContentKey(sha256) };
}

/** How many chunks content of `sizeBytes` is stored in. */
export const chunkCountOf = (sizeBytes: number): number =>
  Math.ceil(sizeBytes / CONTENT_CHUNK_BYTES);

/** The content cut into chunks of at most CONTENT_CHUNK_BYTES, in order. */
export function chunksOf(content: Uint8Array): Uint8Array[] {
  const count = chunkCountOf(content.length);
  return Array.from({ length: count }, (_, index) =>
    content.subarray(index * CONTENT_CHUNK_BYTES, (index + 1) * CONTENT_CHUNK_BYTES),
  );
}

/**
 * AddDocument records metadata of a file stored elsewhere; its storage key must not claim the
 * prefix of content this service stored, or knowing a file's hash would be enough to read
 * another organisation's copy through GetDocumentContent.
 */
export function checkForeignStorageKey(storageKey: string): void {
  if (storageKey.startsWith(STORED_CONTENT_PREFIX)) {
    throw new DomainError(
      'invalid-argument',
      'STORAGE_KEY_RESERVED',
      `storage keys starting "${STORED_CONTENT_PREFIX}" are given only by UploadDocument`,
    );
  }
}

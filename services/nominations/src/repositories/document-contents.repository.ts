import { Binary, MongoServerError, type Db } from 'mongodb';
import { chunkCountOf, chunksOf } from '../domain/index.ts';

/**
 * One chunk of a file's bytes (at most CONTENT_CHUNK_BYTES, as BSON binary), addressed by the
 * file's SHA-256 and the chunk's place: `_id` is "<sha256>:<index>". The same file stored twice,
 * by a retry or by another nomination, is stored once.
 */
interface ContentChunk {
  _id: string;
  sha256: string;
  index: number;
  data: Binary;
}

const DUPLICATE_KEY = 11000;

const chunkId = (sha256: string, index: number) => `${sha256}:${String(index)}`;

/**
 * The only code that touches `document_contents`. Content is not organisation-scoped by itself:
 * the use cases reach it only through a document of a nomination the caller's scope admits.
 * Chunks are read by their `_id`s (the count follows from the document's size), so no index
 * is declared. Plain inserts and an `$in` find: well inside the FerretDB 1.x subset.
 */
export function documentContentsRepository(db: Db) {
  const chunks = db.collection<ContentChunk>('document_contents');
  return {
    /**
     * Stores `content` under `sha256`, chunk by chunk. A chunk already there (a retry after a
     * crash half-way, or the same file uploaded before) is left as it is.
     */
    async store(sha256: string, content: Uint8Array): Promise<void> {
      for (const [index, data] of chunksOf(content).entries()) {
        try {
          await chunks.insertOne({
            _id: chunkId(sha256, index),
            sha256,
            index,
            data: new Binary(data),
          });
        } catch (error) {
          if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
        }
      }
    },

    /** The bytes stored under `sha256`, or undefined when any chunk is missing. */
    async read(sha256: string, sizeBytes: number): Promise<Uint8Array | undefined> {
      const count = chunkCountOf(sizeBytes);
      const ids = Array.from({ length: count }, (_, index) => chunkId(sha256, index));
      const found = await chunks.find({ _id: { $in: ids } }).toArray();
      if (found.length !== count) return undefined;
      found.sort((a, b) => a.index - b.index);
      return Buffer.concat(found.map((chunk) => chunk.data.buffer));
    },
  };
}

export type DocumentContentsRepository = ReturnType<typeof documentContentsRepository>;

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkForeignStorageKey,
  chunkCountOf,
  chunksOf,
  CONTENT_CHUNK_BYTES,
  contentFactsOf,
  MAX_CONTENT_BYTES,
} from './document-content.ts';

describe('contentFactsOf', () => {
  it('computes size, SHA-256 and the content-addressed storage key from the bytes', () => {
    const content = Buffer.from('Quyết định cử', 'utf8');
    const sha256 = createHash('sha256').update(content).digest('hex');
    expect(contentFactsOf(content)).toEqual({
      sizeBytes: content.length,
      sha256,
      storageKey: `sha256:${sha256}`,
    });
  });

  it('refuses empty and oversized content', () => {
    expect(() => contentFactsOf(new Uint8Array(0))).toThrow(/1 to/);
    expect(() => contentFactsOf(new Uint8Array(MAX_CONTENT_BYTES + 1))).toThrow(/1 to/);
    expect(contentFactsOf(new Uint8Array(MAX_CONTENT_BYTES)).sizeBytes).toBe(MAX_CONTENT_BYTES);
  });
});

describe('chunksOf', () => {
  it('cuts content into chunks of at most 1 MiB that join back to it', () => {
    const content = Buffer.alloc(2 * CONTENT_CHUNK_BYTES + 5, 7);
    const chunks = chunksOf(content);
    expect(chunks.map((chunk) => chunk.length)).toEqual([
      CONTENT_CHUNK_BYTES,
      CONTENT_CHUNK_BYTES,
      5,
    ]);
    expect(Buffer.concat(chunks).equals(content)).toBe(true);
    expect(chunkCountOf(content.length)).toBe(3);
    expect(chunkCountOf(CONTENT_CHUNK_BYTES)).toBe(1);
  });
});

describe('checkForeignStorageKey', () => {
  it('keeps the sha256: prefix for content the service stored itself', () => {
    expect(() => {
      checkForeignStorageKey(`sha256:${'a'.repeat(64)}`);
    }).toThrow(/UploadDocument/);
    expect(() => {
      checkForeignStorageKey('nominations/decision.pdf');
    }).not.toThrow();
  });
});

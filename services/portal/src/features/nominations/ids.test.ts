import { describe, expect, it } from 'vitest';
import { newRequestId, uuidFromBytes } from './ids.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('builds a version 4 UUID from random bytes', () => {
    expect(uuidFromBytes(new Uint8Array(16).fill(255))).toBe(
      'ffffffff-ffff-4fff-bfff-ffffffffffff',
    );
    expect(uuidFromBytes(new Uint8Array(16))).toMatch(UUID_V4);
  });

  it('makes a fresh one each time', () => {
    expect(newRequestId()).toMatch(UUID_V4);
    expect(newRequestId()).not.toBe(newRequestId());
  });
});

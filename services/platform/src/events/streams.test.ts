import { describe, expect, it } from 'vitest';
import { streamReplicas } from './streams.ts';

describe('streamReplicas', () => {
  it('is 1 without EXPERTNET_STREAM_REPLICAS and the number given with it', () => {
    expect(streamReplicas({})).toBe(1);
    expect(streamReplicas({ EXPERTNET_STREAM_REPLICAS: '3' })).toBe(3);
  });

  it('refuses what JetStream would refuse', () => {
    for (const raw of ['0', '6', '2.5', 'three', '']) {
      expect(() => streamReplicas({ EXPERTNET_STREAM_REPLICAS: raw })).toThrow(
        /EXPERTNET_STREAM_REPLICAS/,
      );
    }
  });
});

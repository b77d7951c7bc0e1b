import { describe, expect, it } from 'vitest';
import { natsConnectionOptions } from './nats-options.ts';

describe('natsConnectionOptions', () => {
  it('passes a URL without credentials through', () => {
    expect(natsConnectionOptions('nats://127.0.0.1:4222')).toEqual({
      servers: ['nats://127.0.0.1:4222'],
    });
  });

  it('takes credentials out of the URL, which nats.js would ignore', () => {
    expect(natsConnectionOptions('nats://platform:s%40cret@nats-1:4222')).toEqual({
      servers: ['nats://nats-1:4222'],
      user: 'platform',
      pass: 's@cret',
    });
  });

  it('reads a list of servers, with credentials on any of them', () => {
    expect(natsConnectionOptions('nats://nats-1:4222, nats://svc:pw@nats-2:4222')).toEqual({
      servers: ['nats://nats-1:4222', 'nats://nats-2:4222'],
      user: 'svc',
      pass: 'pw',
    });
  });
});

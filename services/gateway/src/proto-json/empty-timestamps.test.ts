import { CreateRoundRequestSchema } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { describe, expect, it } from 'vitest';
import { dropEmptyTimestampParameters, dropEmptyTimestamps } from './empty-timestamps.ts';

describe('dropEmptyTimestamps', () => {
  it('removes empty instants of nested messages and leaves every other value', () => {
    const json = {
      settings: { opensAt: '', closesAt: '2027-01-01T00:00:00Z', description: '', rubric: [{}] },
    };
    dropEmptyTimestamps(CreateRoundRequestSchema, json);
    expect(json).toEqual({
      settings: { closesAt: '2027-01-01T00:00:00Z', description: '', rubric: [{}] },
    });
  });

  it('leaves what is not a JSON object to the schema', () => {
    const json = { settings: 'none' };
    dropEmptyTimestamps(CreateRoundRequestSchema, json);
    dropEmptyTimestamps(CreateRoundRequestSchema, null);
    expect(json).toEqual({ settings: 'none' });
  });
});

describe('dropEmptyTimestampParameters', () => {
  it('removes an empty date-time parameter only', () => {
    const query = { from: '', q: '' };
    dropEmptyTimestampParameters(
      [
        { name: 'from', path: ['from'], schema: { type: 'string', format: 'date-time' } },
        { name: 'q', path: ['q'], schema: { type: 'string' } },
      ],
      query,
    );
    expect(query).toEqual({ q: '' });
  });
});

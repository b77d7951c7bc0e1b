import { describe, expect, it } from 'vitest';
import { enrolmentIdFor } from './enrolment-id.ts';

const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('enrolmentIdFor', () => {
  it('is a version 5 UUID, the same for the same nomination', () => {
    const id = enrolmentIdFor('3f2a7c1e-5b6d-4e8f-9a0b-1c2d3e4f5a6b');
    expect(id).toMatch(UUID_V5);
    expect(enrolmentIdFor('3f2a7c1e-5b6d-4e8f-9a0b-1c2d3e4f5a6b')).toBe(id);
  });

  it('differs between nominations', () => {
    const ids = new Set(Array.from({ length: 200 }, (_, index) => enrolmentIdFor(`nom-${index}`)));
    expect(ids.size).toBe(200);
  });
});

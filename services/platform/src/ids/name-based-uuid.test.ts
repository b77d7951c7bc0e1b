import { describe, expect, it } from 'vitest';
import { nameBasedUuid } from './name-based-uuid.ts';

describe('nameBasedUuid', () => {
  it('matches the well-known vector (uuid5(NAMESPACE_DNS, "python.org"))', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });
});

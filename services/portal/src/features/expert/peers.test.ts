import { describe, expect, it } from 'vitest';
import { reasonItems, similarityPercent } from './peers.ts';

describe('peers', () => {
  it('writes the similarity as a percentage', () => {
    expect(similarityPercent(0.621)).toBe(62);
    expect(similarityPercent(undefined)).toBe(0);
    expect(similarityPercent(1.2)).toBe(100);
  });

  it('names the codes of a reason', () => {
    const names: Record<string, string> = { ai: 'Trí tuệ nhân tạo' };
    expect(
      reasonItems(
        { kind: 'PEER_REASON_KIND_SHARED_SKILLS', codes: ['ai', 'new-skill'] },
        (_kind, code) => names[code],
      ),
    ).toEqual(['Trí tuệ nhân tạo', 'new-skill']);
  });
});

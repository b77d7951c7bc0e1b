/** Bit sets over slots, 32 slots to a word. */

export const wordsFor = (slots: number) => Math.ceil(slots / 32);

export function setBit(bits: Uint32Array, slot: number): void {
  const word = slot >>> 5;
  bits[word] = ((bits[word] ?? 0) | (1 << (slot & 31))) >>> 0;
}

export function clearBit(bits: Uint32Array, slot: number): void {
  const word = slot >>> 5;
  bits[word] = ((bits[word] ?? 0) & ~(1 << (slot & 31))) >>> 0;
}

export const hasBit = (bits: Uint32Array, slot: number) =>
  (((bits[slot >>> 5] ?? 0) >>> (slot & 31)) & 1) === 1;

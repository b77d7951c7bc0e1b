import type { PeerReason } from './model.ts';

/** 0.621 → 62 (%), for "62% alike". */
export function similarityPercent(similarity: number | undefined): number {
  if (similarity === undefined || Number.isNaN(similarity)) return 0;
  return Math.round(Math.min(1, Math.max(0, similarity)) * 100);
}

/**
 * The names behind a reason's codes (skills, sectors, provinces, organisations), in the
 * caller's language; a code without a known name is shown as it is.
 */
export function reasonItems(
  reason: PeerReason,
  nameOf: (kind: PeerReason['kind'], code: string) => string | undefined,
): string[] {
  return (reason.codes ?? []).map((code) => nameOf(reason.kind, code) ?? code);
}

import { vietnameseCollator } from '../../i18n/format.ts';
import { NOMINATION_STATUSES } from './status.ts';
import type { Nomination } from './model.ts';

export type NominationSortKey = 'name' | 'organisation' | 'status' | 'score' | 'updated';

export interface NominationSort {
  readonly key: NominationSortKey;
  readonly descending: boolean;
}

const statusRank = (status: string | undefined) =>
  NOMINATION_STATUSES.findIndex((candidate) => candidate === status);

/**
 * A sorted copy: names and organisations in Vietnamese collation, statuses in the order of a
 * nomination's life, scores and update times as numbers. Ties keep the API's order.
 */
export function sortNominations(
  nominations: readonly Nomination[],
  sort: NominationSort,
  organisationName: (code: string) => string = (code) => code,
): Nomination[] {
  const keyed = nominations.map((nomination, index) => {
    let key: string | number;
    switch (sort.key) {
      case 'name':
        key = nomination.candidate?.fullName ?? '';
        break;
      case 'organisation':
        key = organisationName(nomination.organisation?.code ?? '');
        break;
      case 'status':
        key = statusRank(nomination.status);
        break;
      case 'score':
        key = nomination.averageScore ?? 0;
        break;
      case 'updated':
        key = Date.parse(nomination.updatedAt ?? '') || 0;
        break;
    }
    return { nomination, index, key };
  });
  const direction = sort.descending ? -1 : 1;
  keyed.sort((a, b) => {
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : vietnameseCollator.compare(String(a.key), String(b.key));
    return order === 0 ? a.index - b.index : order * direction;
  });
  return keyed.map((entry) => entry.nomination);
}

import { describe, expect, it } from 'vitest';
import { deepEqual } from './equality.ts';
import { changedFields, revisionOf } from './revisions.ts';
import { aCandidate, aDocument, aNomination, anActor, DURING } from '../../test/fixtures.ts';

describe('changedFields', () => {
  it('lists nothing for equal nominations, whatever their bookkeeping', () => {
    const before = aNomination();
    expect(
      changedFields(before, { ...structuredClone(before), version: 9, updatedAt: DURING }),
    ).toEqual([]);
  });

  it('names candidate and officer fields by their proto paths', () => {
    const before = aNomination();
    const after = aNomination({
      candidate: aCandidate({
        dateOfBirth: '1986-01-01',
        priorTrainings: [],
        fullName: 'Nguyễn Thu Hà',
      }),
      officer: { ...before.officer, phone: '0900000000' },
    });
    expect(changedFields(before, after)).toEqual([
      'candidate.full_name',
      'candidate.date_of_birth',
      'candidate.prior_trainings',
      'officer.phone',
    ]);
  });

  it('names the rest of what a person can change', () => {
    const after = aNomination({
      status: 'withdrawn',
      documents: [aDocument({ id: 'doc-2' })],
      withdrawalReason: 'Lý do',
      replacedByNominationId: 'nom-9',
      nationalIdHash: 'other',
      duplicateFlagIds: ['flag-1'],
    });
    expect(changedFields(aNomination(), after)).toEqual([
      'status',
      'national_id',
      'documents',
      'withdrawal_reason',
      'replaced_by_nomination_id',
      'duplicate_flag_ids',
    ]);
  });
});

describe('revisionOf', () => {
  const step = { action: 'UpdateNomination' as const, actor: anActor(), at: DURING };

  it('keeps the candidate before and after only when it changed', () => {
    const before = aNomination();
    const moved = aNomination({ candidate: aCandidate({ unit: 'Sở Nội vụ' }), version: 5 });
    expect(revisionOf(before, moved, step)).toMatchObject({
      candidateBefore: before.candidate,
      candidateAfter: moved.candidate,
      changedFields: ['candidate.unit'],
      version: 5,
      note: '',
    });
    const submitted = aNomination({ status: 'submitted' });
    expect(revisionOf(before, submitted, { ...step, note: 'ok' })).toMatchObject({
      candidateBefore: undefined,
      candidateAfter: undefined,
      statusBefore: 'draft',
      statusAfter: 'submitted',
      note: 'ok',
    });
  });
});

describe('deepEqual', () => {
  it.each([
    [1, 1, true],
    [Number.NaN, Number.NaN, true],
    ['a', 'b', false],
    [new Date(5), new Date(5), true],
    [new Date(5), new Date(6), false],
    [new Date(5), 5, false],
    [[1, [2]], [1, [2]], true],
    [[1, 2], [2, 1], false],
    [[1], [1, undefined], false],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: { b: [1] } }, { a: { b: [1] } }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: 1 }, [1], false],
    [null, {}, false],
    [undefined, null, false],
  ])('%j vs %j: %s', (a, b, equal) => {
    expect(deepEqual(a, b)).toBe(equal);
  });
});

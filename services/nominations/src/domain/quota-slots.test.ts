import { describe, expect, it } from 'vitest';
import { caught, identity, resolve } from '../../test/fixtures.ts';
import { assertSlotTaken, mayTakeSlot, slotChangeOf, slotRequest } from './quota-slots.ts';
import { NOMINATION_STATUSES } from './types.ts';

const quotas = [
  { organisationCode: 'BTC', floor: 0, ceiling: 2 },
  { organisationCode: 'P-NEW', floor: 0, ceiling: 1 },
  { organisationCode: 'P-OLD', floor: 0, ceiling: 2 },
];

describe('slotRequest', () => {
  it("asks for a slot of the organisation's ceiling", () => {
    expect(slotRequest(quotas, 'BTC', identity)).toEqual({ organisationCode: 'BTC', ceiling: 2 });
  });

  it('counts a merged province against its successor, with its quota added', () => {
    expect(slotRequest(quotas, 'P-OLDER', resolve)).toEqual({
      organisationCode: 'P-NEW',
      ceiling: 3,
    });
  });

  it('gives an organisation without a quota a ceiling of 0', () => {
    expect(slotRequest(quotas, 'BYT', resolve)).toEqual({ organisationCode: 'BYT', ceiling: 0 });
  });
});

describe('mayTakeSlot', () => {
  it('lets a submission through while fewer slots are held than the ceiling', () => {
    const request = { organisationCode: 'BTC', ceiling: 2 };
    expect(mayTakeSlot(request, 0)).toBe(true);
    expect(mayTakeSlot(request, 1)).toBe(true);
    expect(mayTakeSlot(request, 2)).toBe(false);
    expect(mayTakeSlot({ organisationCode: 'BYT', ceiling: 0 }, 0)).toBe(false);
  });
});

describe('assertSlotTaken', () => {
  it('lets a submission that got its slot through', () => {
    expect(() => {
      assertSlotTaken({ organisationCode: 'BTC', ceiling: 2 }, true);
    }).not.toThrow();
  });

  it('refuses at the ceiling, naming the organisation in force', () => {
    expect(
      caught(() => {
        assertSlotTaken(
          slotRequest([{ organisationCode: 'P-NEW', floor: 0, ceiling: 1 }], 'P-OLDER', resolve),
          false,
        );
      }),
    ).toMatchObject({
      kind: 'failed-precondition',
      code: 'QUOTA_EXCEEDED',
      message: 'organisation P-NEW has reached its ceiling of 1',
    });
  });

  it('refuses an organisation without a quota in the round', () => {
    expect(
      caught(() => {
        assertSlotTaken(slotRequest(quotas, 'BYT', resolve), false);
      }),
    ).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      message: 'organisation BYT has no quota in this round',
    });
  });
});

describe('slotChangeOf', () => {
  it('takes a slot on the first submission only', () => {
    expect(slotChangeOf('draft', 'submitted')).toBe('take');
    // A resubmission still holds its slot, so it passes even over the ceiling.
    expect(slotChangeOf('returned', 'resubmitted')).toBe('keep');
  });

  it('gives the slot back on a withdrawal or a rejection, and takes it again when a decision changes', () => {
    expect(slotChangeOf('submitted', 'withdrawn')).toBe('give-back');
    expect(slotChangeOf('under-review', 'rejected')).toBe('give-back');
    expect(slotChangeOf('rejected', 'accepted')).toBe('take');
    expect(slotChangeOf('accepted', 'waitlisted')).toBe('keep');
  });

  it('never changes a slot when the status stays', () => {
    for (const status of NOMINATION_STATUSES) expect(slotChangeOf(status, status)).toBe('keep');
  });
});

import { describe, expect, it } from 'vitest';
import {
  isDecidable,
  isEditable,
  isInReview,
  isWithdrawable,
  nominationStatusView,
} from './status.ts';

describe('nomination statuses', () => {
  it('labels every known status and reads an unknown one as unknown', () => {
    expect(nominationStatusView('NOMINATION_STATUS_ACCEPTED')).toEqual({
      label: 'nominations.status.accepted',
      tone: 'good',
    });
    expect(nominationStatusView('NOMINATION_STATUS_SOMETHING_NEW').label).toBe(
      'nominations.status.unknown',
    );
    expect(nominationStatusView(undefined).label).toBe('nominations.status.unknown');
  });

  it('lets the nominator edit only drafts and returned nominations', () => {
    expect(isEditable('NOMINATION_STATUS_DRAFT')).toBe(true);
    expect(isEditable('NOMINATION_STATUS_RETURNED')).toBe(true);
    expect(isEditable('NOMINATION_STATUS_SUBMITTED')).toBe(false);
  });

  it('follows the service state machine for review, decisions and withdrawal', () => {
    expect(isInReview('NOMINATION_STATUS_RESUBMITTED')).toBe(true);
    expect(isInReview('NOMINATION_STATUS_ACCEPTED')).toBe(false);
    expect(isDecidable('NOMINATION_STATUS_UNDER_REVIEW')).toBe(true);
    expect(isDecidable('NOMINATION_STATUS_SUBMITTED')).toBe(false);
    expect(isWithdrawable('NOMINATION_STATUS_ACCEPTED')).toBe(true);
    expect(isWithdrawable('NOMINATION_STATUS_WITHDRAWN')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { localized, MESSAGES, type MessageCode } from './messages.ts';

const OPENS = new Date('2025-10-06T01:15:00Z');
const CLOSES = new Date('2025-10-06T02:00:00Z');
const TITLE = { vi: 'Quản trị dữ liệu', en: '' };

/** Sample arguments for every entry, so a new entry without one fails to compile. */
const SAMPLES: { readonly [K in MessageCode]: Parameters<(typeof MESSAGES)[K]['vi']> } = {
  CHECK_IN_NOT_OPEN_YET: [OPENS, CLOSES],
  CHECK_IN_CLOSED: [OPENS, CLOSES],
  CHECK_IN_CODE_EXPIRED: [OPENS, CLOSES],
  CHECK_IN_CODE_INVALID: [OPENS, CLOSES],
  ATTENDANCE_BELOW_MINIMUM: [79, 80],
  REQUIRED_MODULE_NOT_PASSED: ['M1', TITLE],
  TOO_FEW_MODULES_PASSED: [1, 3],
  NOT_ENROLLED: ['dropped'],
  EMAIL_MISSING: [],
  UNKNOWN_TRAINEE: ['x@example.gov.vn'],
  NOT_IN_COHORT: ['x@example.gov.vn'],
  DUPLICATE_ROW: [4],
  STATUS_MISSING: [],
  NOTE_TOO_LONG: [500],
  SESSION_NOT_STARTED: [],
};

describe('MESSAGES', () => {
  it.each(Object.keys(MESSAGES) as MessageCode[])(
    '%s has distinct Vietnamese and English texts',
    (code) => {
      const text = (
        localized as (code: MessageCode, ...args: readonly unknown[]) => { vi: string; en: string }
      )(code, ...SAMPLES[code]);
      expect(text.vi.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.vi).not.toBe(text.en);
    },
  );

  it('falls back to the Vietnamese title when a module has no English one', () => {
    expect(localized('REQUIRED_MODULE_NOT_PASSED', 'M1', TITLE).en).toBe(
      'Required module M1 (Quản trị dữ liệu) not passed',
    );
  });
});

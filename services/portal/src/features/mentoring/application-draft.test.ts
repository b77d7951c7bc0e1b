import { describe, expect, it } from 'vitest';
import {
  applicationBody,
  EMPTY_APPLICATION,
  MAX_TOPICS,
  toggleTopic,
  topicsError,
} from './application-draft.ts';

describe('the mentee’s request form', () => {
  it('sends the details with the goals trimmed and the empty preferences left out', () => {
    const body = applicationBody({
      ...EMPTY_APPLICATION,
      programmeId: 'p1',
      topicSkillCodes: ['data-governance'],
      goals: '  Xây dựng kế hoạch chuyển đổi số  ',
      durationMonths: '6',
    });
    expect(body).toEqual({
      programmeId: 'p1',
      details: {
        topicSkillCodes: ['data-governance'],
        goals: 'Xây dựng kế hoạch chuyển đổi số',
        preferredMode: 'MEETING_MODE_ANY',
        durationMonths: 6,
      },
    });
  });

  it('sends a chosen province and language', () => {
    const { details } = applicationBody({
      ...EMPTY_APPLICATION,
      preferredProvince: 'P48',
      preferredLanguage: 'en',
      durationMonths: 'x',
    });
    expect(details.preferredProvince).toEqual({ code: 'P48' });
    expect(details.preferredLanguage).toBe('en');
    expect(details.durationMonths).toBe(0);
  });

  it('toggles topics, never beyond the limit', () => {
    expect(toggleTopic(['a1'], 'a1')).toEqual([]);
    const full = Array.from({ length: MAX_TOPICS }, (_, index) => `s${String(index)}`);
    expect(toggleTopic(full, 'other')).toBe(full);
    expect(toggleTopic(['a1'], 'b2')).toEqual(['a1', 'b2']);
  });

  it('shows the API’s message on any topic as the list’s', () => {
    expect(topicsError({ 'details.topicSkillCodes[2]': 'không hợp lệ' })).toBe('không hợp lệ');
    expect(topicsError({ 'details.goals': 'quá ngắn' })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { draftOfSession, EMPTY_SESSION, settingsOfSessionDraft } from './session-draft.ts';

describe('session drafts', () => {
  it('round-trips a session through the form in Vietnam time', () => {
    const session = {
      id: 's-1',
      cancelled: false,
      settings: {
        moduleCode: 'M1',
        title: 'Chiến lược chuyển đổi số cấp tỉnh',
        startsAt: '2026-12-07T01:00:00.000Z',
        endsAt: '2026-12-07T04:00:00.000Z',
        mode: 'DELIVERY_MODE_ONLINE' as const,
        location: '',
        meetingUrl: 'https://meet.expertnet.vn/k1-2026',
        checkIn: { opensMinutesBefore: 15, lateAfterMinutes: 10, closesMinutesAfter: 60 },
      },
    };
    const draft = draftOfSession(session);
    expect(draft.startsAt).toBe('2026-12-07T08:00');
    expect(settingsOfSessionDraft(draft)).toEqual({
      ...session.settings,
      location: undefined,
    });
  });

  it('sends minutes that are not numbers as 0', () => {
    const settings = settingsOfSessionDraft({ ...EMPTY_SESSION, closesMinutesAfter: 'x' });
    expect(settings.checkIn.closesMinutesAfter).toBe(0);
    expect(settings.startsAt).toBe('');
  });
});

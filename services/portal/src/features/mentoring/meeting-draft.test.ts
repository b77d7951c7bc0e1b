import { describe, expect, it } from 'vitest';
import {
  draftOfMeeting,
  EMPTY_MEETING,
  instantOf,
  meetingSettingsOf,
  vietnamDateTime,
} from './meeting-draft.ts';

describe('a meeting’s date and time', () => {
  it('is Vietnam’s, whatever the browser’s zone', () => {
    expect(instantOf('2026-03-10', '09:00')).toBe('2026-03-10T02:00:00Z');
    expect(vietnamDateTime('2026-03-10T02:00:00Z')).toEqual(['2026-03-10', '09:00']);
    // Late evening in Vietnam is the same day there, the day before in UTC.
    expect(vietnamDateTime('2026-03-09T17:30:00Z')).toEqual(['2026-03-10', '00:30']);
  });

  it('is missing until both are given', () => {
    expect(instantOf('', '09:00')).toBeUndefined();
    expect(meetingSettingsOf({ ...EMPTY_MEETING, date: '' })).toBeUndefined();
  });

  it('sends only the place that fits the mode', () => {
    const online = meetingSettingsOf({
      ...EMPTY_MEETING,
      date: '2026-03-10',
      meetingUrl: ' https://meet.example.vn/a ',
      location: 'Phòng 301',
    });
    expect(online).toEqual({
      startsAt: '2026-03-10T02:00:00Z',
      durationMinutes: 60,
      mode: 'MEETING_MODE_ONLINE',
      meetingUrl: 'https://meet.example.vn/a',
    });
    const inPerson = meetingSettingsOf({
      ...EMPTY_MEETING,
      date: '2026-03-10',
      mode: 'MEETING_MODE_IN_PERSON',
      location: 'Phòng 301',
      agenda: ' Kế hoạch ',
    });
    expect(inPerson).toMatchObject({ location: 'Phòng 301', agenda: 'Kế hoạch' });
    expect(inPerson).not.toHaveProperty('meetingUrl');
  });

  it('reads a meeting back into the form to move it', () => {
    const draft = draftOfMeeting({
      id: 'm',
      settings: {
        startsAt: '2026-03-10T02:00:00Z',
        durationMinutes: 90,
        mode: 'MEETING_MODE_IN_PERSON',
        location: 'Sở TT&TT',
      },
    });
    expect(draft).toMatchObject({
      date: '2026-03-10',
      time: '09:00',
      durationMinutes: '90',
      location: 'Sở TT&TT',
      meetingUrl: '',
    });
  });
});

import { VIETNAM_TIME_ZONE } from '../../i18n/format.ts';
import type { Meeting, MeetingSettings, SessionMode } from './types.ts';

/** A meeting form's fields, as typed: the date and time are Vietnam's, whatever the browser's zone. */
export interface MeetingDraft {
  /** yyyy-MM-dd. */
  readonly date: string;
  /** HH:mm. */
  readonly time: string;
  readonly durationMinutes: string;
  readonly mode: SessionMode;
  readonly location: string;
  readonly meetingUrl: string;
  readonly agenda: string;
}

export const EMPTY_MEETING: MeetingDraft = {
  date: '',
  time: '09:00',
  durationMinutes: '60',
  mode: 'MEETING_MODE_ONLINE',
  location: '',
  meetingUrl: '',
  agenda: '',
};

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The date and time in Vietnam of an instant: ['2026-03-10', '09:00']. */
export function vietnamDateTime(instant: string): readonly [string, string] {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return ['', ''];
  const part = (type: string) =>
    parts.formatToParts(date).find((candidate) => candidate.type === type)?.value ?? '';
  return [`${part('year')}-${part('month')}-${part('day')}`, `${part('hour')}:${part('minute')}`];
}

/** The instant a date and time in Vietnam (UTC+7, no daylight saving) mean; undefined if incomplete. */
export function instantOf(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const instant = new Date(`${date}T${time}:00+07:00`);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString().replace('.000Z', 'Z');
}

/** The form's fields for a scheduled meeting, to move it. */
export function draftOfMeeting(meeting: Meeting): MeetingDraft {
  const settings = meeting.settings;
  if (settings === undefined) return EMPTY_MEETING;
  const [date, time] = vietnamDateTime(settings.startsAt);
  return {
    date,
    time,
    durationMinutes: String(settings.durationMinutes),
    mode: settings.mode,
    location: settings.location ?? '',
    meetingUrl: settings.meetingUrl ?? '',
    agenda: settings.agenda ?? '',
  };
}

/**
 * The settings the API takes, or undefined while the date or time is missing (the form says so
 * beside the field). Only the place that fits the mode is sent: a link online, a location in person.
 */
export function meetingSettingsOf(draft: MeetingDraft): MeetingSettings | undefined {
  const startsAt = instantOf(draft.date, draft.time);
  if (startsAt === undefined) return undefined;
  const minutes = draft.durationMinutes.trim();
  const online = draft.mode === 'MEETING_MODE_ONLINE';
  const agenda = draft.agenda.trim();
  return {
    startsAt,
    durationMinutes: /^\d{1,4}$/.test(minutes) ? Number(minutes) : 0,
    mode: draft.mode,
    ...(online ? { meetingUrl: draft.meetingUrl.trim() } : { location: draft.location.trim() }),
    ...(agenda === '' ? {} : { agenda }),
  };
}

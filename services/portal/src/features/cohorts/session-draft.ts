import { instantOfLocalInput, localInputOfInstant } from './logic.ts';
import type { Session, SessionMode, SessionSettings } from './types.ts';

/** A session form's fields, as typed (times as datetime-local values in Vietnam time). */
export interface SessionDraft {
  readonly moduleCode: string;
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly mode: SessionMode;
  readonly location: string;
  readonly meetingUrl: string;
  readonly opensMinutesBefore: string;
  readonly lateAfterMinutes: string;
  readonly closesMinutesAfter: string;
  readonly cancelled: boolean;
}

export const EMPTY_SESSION: SessionDraft = {
  moduleCode: '',
  title: '',
  startsAt: '',
  endsAt: '',
  mode: 'DELIVERY_MODE_IN_PERSON',
  location: '',
  meetingUrl: '',
  opensMinutesBefore: '15',
  lateAfterMinutes: '10',
  closesMinutesAfter: '60',
  cancelled: false,
};

export function draftOfSession(session: Session): SessionDraft {
  const settings = session.settings;
  if (settings === undefined) return EMPTY_SESSION;
  return {
    moduleCode: settings.moduleCode,
    title: settings.title,
    startsAt: localInputOfInstant(settings.startsAt),
    endsAt: localInputOfInstant(settings.endsAt),
    mode: settings.mode,
    location: settings.location ?? '',
    meetingUrl: settings.meetingUrl ?? '',
    opensMinutesBefore: String(settings.checkIn.opensMinutesBefore ?? 0),
    lateAfterMinutes: String(settings.checkIn.lateAfterMinutes ?? 0),
    closesMinutesAfter: String(settings.checkIn.closesMinutesAfter),
    cancelled: session.cancelled ?? false,
  };
}

const minutes = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : 0);

/** The settings the API takes; the mode's own place only (a room in person, a link online). */
export function settingsOfSessionDraft(draft: SessionDraft): SessionSettings {
  const location = draft.location.trim();
  const meetingUrl = draft.meetingUrl.trim();
  return {
    moduleCode: draft.moduleCode,
    title: draft.title.trim(),
    startsAt: instantOfLocalInput(draft.startsAt),
    endsAt: instantOfLocalInput(draft.endsAt),
    mode: draft.mode,
    ...(location === '' ? {} : { location }),
    ...(meetingUrl === '' ? {} : { meetingUrl }),
    checkIn: {
      opensMinutesBefore: minutes(draft.opensMinutesBefore),
      lateAfterMinutes: minutes(draft.lateAfterMinutes),
      closesMinutesAfter: minutes(draft.closesMinutesAfter),
    },
  };
}

import { describe, expect, it } from 'vitest';
import {
  checkInTimes,
  isHeld,
  scheduleSession,
  updateSession,
  validateSessionSettings,
} from './sessions.ts';
import {
  aCohort,
  aSession,
  aView,
  caught,
  SESSION_ID,
  SESSION_START,
  sessionSettings,
} from '../../test/fixtures.ts';

describe('validateSessionSettings', () => {
  it('accepts an in-person and an online session in a blended cohort', () => {
    expect(validateSessionSettings(sessionSettings(), aCohort())).toEqual([]);
    const online = sessionSettings({
      mode: 'online',
      location: '',
      meetingUrl: 'https://meet.example.vn/abc',
    });
    expect(validateSessionSettings(online, aCohort())).toEqual([]);
  });

  it('needs a place in person and an https link online', () => {
    expect(validateSessionSettings(sessionSettings({ location: '' }), aCohort())).toEqual([
      { field: 'settings.location', description: 'must be 1 to 500 characters' },
    ]);
    const online = sessionSettings({ mode: 'online', meetingUrl: 'http://meet.example.vn/abc' });
    expect(validateSessionSettings(online, aCohort())).toEqual([
      { field: 'settings.meeting_url', description: 'must be an https link' },
    ]);
  });

  it('keeps sessions of an in-person cohort in person', () => {
    const cohort = aCohort({}, { deliveryMode: 'in-person' });
    const online = sessionSettings({ mode: 'online', meetingUrl: 'https://meet.example.vn/abc' });
    expect(validateSessionSettings(online, cohort)).toEqual([
      { field: 'settings.mode', description: 'must be in-person in a in-person cohort' },
    ]);
  });

  it('keeps sessions within the cohort dates, on Vietnam calendar days', () => {
    // 23:30 UTC on 5 October is 06:30 on 6 October in Vietnam: the cohort's first day.
    const early = new Date('2025-10-05T23:30:00Z');
    expect(
      validateSessionSettings(
        sessionSettings({ startsAt: early, endsAt: SESSION_START }),
        aCohort(),
      ),
    ).toEqual([]);
    const before = new Date('2025-10-05T16:59:00Z');
    expect(
      validateSessionSettings(
        sessionSettings({ startsAt: before, endsAt: SESSION_START }),
        aCohort(),
      ).map((violation) => violation.field),
    ).toEqual(['settings.starts_at']);
  });

  it('needs the end after the start and sane window minutes', () => {
    const settings = sessionSettings({
      endsAt: SESSION_START,
      checkIn: { opensMinutesBefore: 121, lateAfterMinutes: 10, closesMinutesAfter: 0 },
    });
    expect(
      validateSessionSettings(settings, aCohort()).map((violation) => violation.field),
    ).toEqual([
      'settings.ends_at',
      'settings.check_in.opens_minutes_before',
      'settings.check_in.closes_minutes_after',
    ]);
  });
});

describe('scheduleSession and updateSession', () => {
  it('schedules a session of a module of the track', () => {
    expect(scheduleSession(SESSION_ID, aView(), sessionSettings())).toMatchObject({
      id: SESSION_ID,
      cancelled: false,
      version: 1,
    });
  });

  it('refuses a module not in the track', () => {
    expect(
      caught(() => scheduleSession(SESSION_ID, aView(), sessionSettings({ moduleCode: 'X9' }))),
    ).toMatchObject({
      code: 'MODULE_NOT_IN_TRACK',
      violations: [{ field: 'settings.module_code' }],
    });
  });

  it('refuses scheduling in a finished cohort', () => {
    expect(
      caught(() =>
        scheduleSession(SESSION_ID, aView(aCohort({ status: 'finished' })), sessionSettings()),
      ).code,
    ).toBe('COHORT_CLOSED');
  });

  it('cancels, and corrects sessions of a finished cohort but not of a cancelled one', () => {
    const cancelled = updateSession(aSession(), aView(aCohort({ status: 'finished' })), {
      settings: sessionSettings(),
      cancelled: true,
    });
    expect(cancelled).toMatchObject({ cancelled: true, version: 2 });
    expect(
      caught(() =>
        updateSession(aSession(), aView(aCohort({ status: 'cancelled' })), {
          settings: sessionSettings(),
          cancelled: false,
        }),
      ).code,
    ).toBe('COHORT_CANCELLED');
  });
});

describe('checkInTimes and isHeld', () => {
  it('places the window around the start', () => {
    expect(checkInTimes(aSession())).toEqual({
      opensAt: new Date('2025-10-06T01:15:00Z'),
      lateAfter: new Date('2025-10-06T01:40:00Z'),
      closesAt: new Date('2025-10-06T02:00:00Z'),
    });
  });

  it('counts a session as held from its start unless cancelled', () => {
    expect(isHeld(aSession(), new Date(SESSION_START.getTime() - 1))).toBe(false);
    expect(isHeld(aSession(), SESSION_START)).toBe(true);
    expect(isHeld(aSession({ cancelled: true }), SESSION_START)).toBe(false);
  });
});

/** Time arithmetic of sessions, on the kit's Vietnam calendar. */

export const MINUTE_MS = 60 * 1000;

export const addMinutes = (instant: Date, minutes: number) =>
  new Date(instant.getTime() + minutes * MINUTE_MS);

/**
 * What "Zet in je agenda" writes, made by the screens (small: the writer itself, `ical.ts`, is
 * loaded only when someone clicks).
 */

/** The right-hand side of every UID: stable across devices and builds. */
const UID_DOMAIN = 'werkmap.nl';

export type CalendarEvent = {
  /** Stable per thing: see `calendarUid`. */
  uid: string;
  /** 0 for the first version; higher for every change (a calendar ignores a lower one). */
  sequence: number;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  /** A web address (the online meeting), already checked to be http(s). */
  url?: string | undefined;
  cancelled?: boolean | undefined;
} & (
  | { /** An instant (ISO, with Z or an offset). */ startsAt: string; durationMinutes: number }
  | { /** An all-day event on this ISO date (DTEND is the next day). */ date: string }
);

/** The UID for one thing: `calendarUid('appointment', id)` -> `appointment-<id>@werkmap.nl`. */
export function calendarUid(kind: string, id: string): string {
  return `${kind}-${id}@${UID_DOMAIN}`;
}

const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

/**
 * A SEQUENCE for a thing last changed at `changedAt` (or never: 0): the minutes since 1 January
 * 2026, so every later change has a higher number without the device keeping a counter.
 */
export function sequenceAt(changedAt: string | null): number {
  if (!changedAt) return 0;
  return Math.max(0, Math.floor((Date.parse(changedAt) - SEQUENCE_EPOCH) / 60_000));
}

/** The last Sunday of a month (0-based) at 01:00 UTC: when the EU switches. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Amsterdam's offset from UTC in minutes at an instant (the same rules as the VTIMEZONE). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const year = instant.getUTCFullYear();
  const t = instant.getTime();
  return t >= lastSundayAtOneUtc(year, 2) && t < lastSundayAtOneUtc(year, 9) ? 120 : 60;
}

/** The clock on the wall in Amsterdam at an instant, as a Date whose UTC fields read that time. */
export function amsterdamWallClock(at: Date): Date {
  return new Date(at.getTime() + amsterdamOffsetMinutes(at) * 60_000);
}

/** The date in Amsterdam at an instant: `2026-12-09T23:30:00Z` -> `2026-12-10`. */
function amsterdamDate(instant: string): string {
  return amsterdamWallClock(new Date(instant)).toISOString().slice(0, 10);
}

/** The file name for an event: `afspraak-2026-12-10.ics`, its (Amsterdam) date and nothing personal. */
export function calendarFileName(prefix: string, event: CalendarEvent): string {
  return `${prefix}-${'date' in event ? event.date : amsterdamDate(event.startsAt)}.ics`;
}

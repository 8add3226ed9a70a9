/**
 * A small iCalendar (RFC 5545) writer for "Zet in je agenda": one event per file, made on the
 * device (offline too). Loaded lazily by `add-to-calendar.tsx`, never part of the first download.
 *
 * - Times are written in Europe/Amsterdam with its VTIMEZONE (the EU rules: summer time from the
 *   last Sunday of March to the last Sunday of October, switching at 01:00 UTC), so a calendar app
 *   shows the Dutch time wherever the phone is.
 * - The UID is stable per thing (`calendarUid` in event.ts); a changed event has a higher SEQUENCE
 *   and a newer DTSTAMP, so the calendar replaces the old one; a cancelled event is sent with
 *   METHOD:CANCEL and STATUS:CANCELLED.
 * - Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 character); text values
 *   are escaped (`\\`, `;`, `,`, newlines).
 */

import { amsterdamWallClock, type CalendarEvent } from './event.ts';

const TZID = 'Europe/Amsterdam';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** `20261025T100000` (no zone: the caller says which). */
function basicDateTime(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** The local time in Amsterdam as `20261025T100000`. */
function amsterdamLocal(instant: Date): string {
  return basicDateTime(amsterdamWallClock(instant));
}

/** `2026-12-31` -> `20261231`. */
function basicDate(iso: string): string {
  return iso.replaceAll('-', '');
}

function nextDay(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * One content line folded at 75 octets (RFC 5545 3.1): each continuation starts with a space,
 * which counts; a UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${Math.max(0, Math.floor(event.sequence))}`,
  ];
  if ('date' in event) {
    lines.push(`DTSTART;VALUE=DATE:${basicDate(event.date)}`, `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`, 'TRANSP:TRANSPARENT');
  } else {
    const start = new Date(event.startsAt);
    const end = new Date(start.getTime() + event.durationMinutes * 60_000);
    lines.push(`DTSTART;TZID=${TZID}:${amsterdamLocal(start)}`, `DTEND;TZID=${TZID}:${amsterdamLocal(end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

/**
 * The whole `.ics` text for one event: METHOD:PUBLISH, or METHOD:CANCEL for a cancelled one; the
 * VTIMEZONE only when a time is used. `now` is the DTSTAMP.
 */
export function calendarFile(event: CalendarEvent, now: Date = new Date()): string {
  const stamp = `${basicDateTime(now)}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Werkmap//Zet in je agenda//NL',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    ...('date' in event ? [] : VTIMEZONE),
    ...eventLines(event, stamp),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The file as a Blob for a download. */
export function calendarBlob(event: CalendarEvent, now?: Date): Blob {
  return new Blob([calendarFile(event, now)], { type: 'text/calendar;charset=utf-8' });
}

import { afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { parseIcs } from '#test/downloads.ts';
import { calendarFile, escapeText, foldLine } from './ical.ts';
import { amsterdamOffsetMinutes, calendarFileName, calendarUid, sequenceAt, type CalendarEvent } from './event.ts';

const NOW = new Date('2026-12-07T10:15:00Z');
const parse = parseIcs;

const utc = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000).toISOString();

function appointment(startsAt: string, more: Partial<CalendarEvent> = {}): CalendarEvent {
  return { uid: calendarUid('appointment', 'msg-1'), sequence: 0, summary: 'Afspraak met je e-coach', startsAt, durationMinutes: 45, location: 'Stadhuis, loket 3', ...more } as CalendarEvent;
}

describe('calendarFile', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('writes a valid calendar: CRLF, VERSION, PRODID, one event with a stable UID and the Amsterdam zone', () => {
    const text = calendarFile(appointment('2026-12-10T09:30:00.000Z'), NOW);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { calendar, event, vevent } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(event.uid).toBe('appointment-msg-1@werkmap.nl');
    expect(event.summary).toBe('Afspraak met je e-coach');
    expect(event.location).toBe('Stadhuis, loket 3');
    expect(event.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    expect(event.startDate.toString()).toBe('2026-12-10T10:30:00');
    expect(utc(event.startDate)).toBe('2026-12-10T09:30:00.000Z');
    expect(utc(event.endDate)).toBe('2026-12-10T10:15:00.000Z');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-07T10:15:00Z');
  });

  it('keeps the time right across the switch to winter time and back to summer time', () => {
    const cases = [
      // Saturday before the switch: summer time (UTC+2)
      ['2026-10-24T08:00:00.000Z', '2026-10-24T10:00:00'],
      // 25 October 2026 is the last Sunday of October: the clocks went back at 03:00, so 10:00 is winter time (UTC+1)
      ['2026-10-25T09:00:00.000Z', '2026-10-25T10:00:00'],
      ['2026-11-01T09:00:00.000Z', '2026-11-01T10:00:00'],
      // 29 March 2026, last Sunday of March: summer time from 02:00 (becomes 03:00)
      ['2026-03-28T09:00:00.000Z', '2026-03-28T10:00:00'],
      ['2026-03-29T08:00:00.000Z', '2026-03-29T10:00:00'],
    ] as const;
    for (const [instant, local] of cases) {
      const { event } = parse(calendarFile(appointment(instant), NOW));
      expect(event.startDate.toString(), instant).toBe(local);
      expect(utc(event.startDate), instant).toBe(instant);
    }
  });

  it('gives a changed appointment the same UID, a higher SEQUENCE and a newer DTSTAMP', () => {
    const first = parse(calendarFile(appointment('2026-12-10T09:30:00.000Z'), NOW));
    const later = new Date('2026-12-08T08:00:00Z');
    const changed = parse(calendarFile(appointment('2026-12-11T13:00:00.000Z', { sequence: 3 }), later));
    expect(changed.event.uid).toBe(first.event.uid);
    expect(changed.event.sequence).toBeGreaterThan(first.event.sequence);
    expect(changed.vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-08T08:00:00Z');
    expect(utc(changed.event.startDate)).toBe('2026-12-11T13:00:00.000Z');
  });

  it('cancels a cancelled appointment: METHOD:CANCEL and STATUS:CANCELLED, same UID', () => {
    const { calendar, vevent, event } = parse(calendarFile(appointment('2026-12-10T09:30:00.000Z', { cancelled: true, sequence: 1 }), NOW));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.uid).toBe('appointment-msg-1@werkmap.nl');
    expect(event.sequence).toBe(1);
  });

  it('makes the zoekperiode’s last day an all-day event: DTSTART;VALUE=DATE, DTEND the next day, no time zone', () => {
    const text = calendarFile({ uid: calendarUid('search-period', 'client-1'), sequence: 0, summary: 'Laatste dag van je zoekperiode', date: '2026-12-31' }, NOW);
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270101\r\n');
    expect(text).not.toContain('VTIMEZONE');
    const { event } = parse(text);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-31');
    expect(event.endDate.toString()).toBe('2027-01-01');
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    const description = 'Neem mee: paspoort, cv; en je vragen.\nTweede regel met een \\ erin. '.repeat(3) + 'Привіт, كيف حالك؟ 👋'.repeat(4);
    const text = calendarFile(appointment('2026-12-10T09:30:00.000Z', { description, url: 'https://meet.example.org/abc?x=1,2' }), NOW);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('\r\n ');
    const { event, vevent } = parse(text);
    expect(event.description).toBe(description);
    expect(vevent.getFirstPropertyValue('url')).toBe('https://meet.example.org/abc?x=1,2');
  });
});

describe('the parts', () => {
  it('escapeText escapes backslash first, then ; , and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('foldLine leaves a short line alone and folds a long one into 75 + 74 + … octets', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
    const long = `DESCRIPTION:${'x'.repeat(200)}`;
    const parts = foldLine(long).split('\r\n ');
    expect(parts[0]).toHaveLength(75);
    expect(parts[1]).toHaveLength(74);
    expect(parts.join('')).toBe(long);
    // a two-octet letter at the border moves to the next line whole
    const folded = foldLine(`${'x'.repeat(74)}é`).split('\r\n ');
    expect(folded).toEqual(['x'.repeat(74), 'é']);
  });

  it('sequenceAt grows with every later change; never changed is 0', () => {
    expect(sequenceAt(null)).toBe(0);
    expect(sequenceAt('2026-12-07T10:00:00Z')).toBeLessThan(sequenceAt('2026-12-07T10:01:00Z'));
    expect(sequenceAt('2026-12-07T10:00:00Z')).toBeLessThan(2 ** 31);
  });

  it('calendarFileName holds only the date, the date in Amsterdam', () => {
    expect(calendarFileName('afspraak', appointment('2026-12-10T09:30:00.000Z'))).toBe('afspraak-2026-12-10.ics');
    expect(calendarFileName('afspraak', appointment('2026-12-09T23:30:00.000Z'))).toBe('afspraak-2026-12-10.ics');
    expect(calendarFileName('zoekperiode', { uid: 'x', sequence: 0, summary: 'x', date: '2026-12-31' })).toBe('zoekperiode-2026-12-31.ics');
  });

  it('amsterdamOffsetMinutes follows the EU switch at 01:00 UTC', () => {
    expect(amsterdamOffsetMinutes(new Date('2026-10-25T00:59:59Z'))).toBe(120);
    expect(amsterdamOffsetMinutes(new Date('2026-10-25T01:00:00Z'))).toBe(60);
    expect(amsterdamOffsetMinutes(new Date('2026-03-29T00:59:59Z'))).toBe(60);
    expect(amsterdamOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(120);
  });
});

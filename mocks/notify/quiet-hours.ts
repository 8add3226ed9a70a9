import type { QuietHours } from '#src/features/notifications/schemas.ts';

/**
 * Quiet hours (pure): a push made between `from` and `to` local time (22:00–08:00 by default,
 * Europe/Amsterdam, across midnight) waits until `to`; the in-app item shows at once.
 * Local times are turned into instants with the time zone's own offset on that day, so the
 * switch to and from summer time moves nothing.
 */

export const TIME_ZONE = 'Europe/Amsterdam';

const parts = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

type Local = { date: string; minutes: number };

function localOf(at: Date, timeZone: string): Local {
  const p = Object.fromEntries(parts(timeZone).formatToParts(at).map((part) => [part.type, part.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The instant at which the wall clock in `timeZone` shows `date` `time` (the later one on a day that repeats an hour). */
export function instantAt(date: string, time: string, timeZone = TIME_ZONE): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // the zone's offset at a guess, then once more at the corrected guess (enough across a switch)
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const local = localOf(new Date(guess), timeZone);
    const shownAsUtc = Date.parse(`${local.date}T00:00:00Z`) + local.minutes * 60_000;
    guess += wall - shownAsUtc;
  }
  return new Date(guess);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Whether `at` falls in the quiet hours. */
export function isQuiet(at: Date, quiet: QuietHours, timeZone = TIME_ZONE): boolean {
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  if (from === to) return false;
  const { minutes } = localOf(at, timeZone);
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}

/** When a push made at `at` may go: at once, or at the end of the quiet hours. */
export function pushTime(at: Date, quiet: QuietHours, timeZone = TIME_ZONE): Date {
  if (!isQuiet(at, quiet, timeZone)) return at;
  const { date, minutes } = localOf(at, timeZone);
  // before `to` on the same local day (after midnight), or `to` on the next day (before midnight)
  const day = minutes < minutesOf(quiet.to) ? date : nextDay(date);
  return instantAt(day, quiet.to, timeZone);
}

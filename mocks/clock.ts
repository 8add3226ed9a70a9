/**
 * The mock server's clock. Everything time-related in the mock (session expiry,
 * seed dates, "today" for date validation) goes through here, so tests and the
 * e2e config can shift time with `setClockOffset`.
 */
let offsetMs = 0;

export function setClockOffset(ms: number): void {
  offsetMs = ms;
}

export function clockOffset(): number {
  return offsetMs;
}

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

export function nowIso(): string {
  return now().toISOString();
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the Netherlands as `YYYY-MM-DD` (the municipality's calendar day). */
export function todayIso(): string {
  return amsterdamDate.format(now());
}

/** Adds whole days to an ISO date (`YYYY-MM-DD`), calendar-wise. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Subtracts whole years from an ISO date (used for birth dates of a given age). */
export function addYears(isoDate: string, years: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

/** A date-time `days` from now at a fixed local-ish hour, as an ISO string with `Z`. */
export function dateTimeDaysFromNow(days: number, hourUtc = 9, minute = 0): string {
  const date = new Date(`${addDays(todayIso(), days)}T00:00:00Z`);
  date.setUTCHours(hourUtc, minute, 0, 0);
  return date.toISOString();
}

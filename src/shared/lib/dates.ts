import { z } from 'zod';

/** Today as an ISO date in the device's time zone. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export type DateParts = { day: string; month: string; year: string };

export function isoToParts(iso: string | null | undefined): DateParts {
  if (!iso) return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * The three-field date (dag, maand, jaar) as typed. Empty -> null; otherwise it must be a real
 * date; `notInFuture` refuses dates after today. Messages are i18n keys.
 */
export function datePartsSchema({ notInFuture = false, required = false } = {}) {
  return z
    .object({ day: z.string(), month: z.string(), year: z.string() })
    .transform((parts, ctx) => {
      const day = parts.day.trim();
      const month = parts.month.trim();
      const year = parts.year.trim();
      if (!day && !month && !year) {
        if (required) ctx.addIssue({ code: 'custom', message: 'validation.date.required' });
        return null;
      }
      if (!day || !month || !year) {
        ctx.addIssue({ code: 'custom', message: 'validation.date.incomplete' });
        return z.NEVER;
      }
      if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
        ctx.addIssue({ code: 'custom', message: 'validation.date.invalid' });
        return z.NEVER;
      }
      const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
      const date = new Date(`${iso}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso || Number(year) < 1900) {
        ctx.addIssue({ code: 'custom', message: 'validation.date.invalid' });
        return z.NEVER;
      }
      if (notInFuture && iso > todayIso()) {
        ctx.addIssue({ code: 'custom', message: 'validation.date.future' });
        return z.NEVER;
      }
      return iso;
    });
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Dates and sizes in the reader's language (Intl). One formatter per language and options, not
 * per row: creating one is far slower than using it.
 */

export type DateFormatOptions = {
  /** 'long': "3 maart 2026" (default); 'medium': "3 mrt 2026". */
  dateStyle?: 'long' | 'medium';
  /** Also the time ("14:05") of a date-time. */
  time?: boolean;
};

/**
 * A formatter for ISO dates (`YYYY-MM-DD`: that day, whatever the time zone) and date-times (in the
 * device's time zone).
 */
export function dateFormatter(locale: string, { dateStyle = 'long', time = false }: DateFormatOptions = {}): (iso: string) => string {
  const day = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: time ? 'short' : undefined });
  return (iso) => (iso.length === 10 ? day.format(new Date(`${iso}T12:00:00Z`)) : moment.format(new Date(iso)));
}

/** `dateFormatter` in the current language: `const date = useFormatDate({ dateStyle: 'medium', time: true })`. */
export function useFormatDate({ dateStyle = 'long', time = false }: DateFormatOptions = {}): (iso: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => dateFormatter(i18n.language, { dateStyle, time }), [i18n.language, dateStyle, time]);
}

/** A file size as people read it: "850 kB", "2,4 MB" (1 kB = 1024 bytes; never "0 kB"). */
export function formatFileSize(bytes: number, locale: string): string {
  return bytes >= 1024 * 1024
    ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
    : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} kB`;
}

/** `formatFileSize` in the current language. */
export function useFileSize(): (bytes: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => (bytes: number) => formatFileSize(bytes, i18n.language), [i18n.language]);
}

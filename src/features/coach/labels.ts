import { useTranslation } from 'react-i18next';

/** Dates as "12 nov 2026" in the chosen language; `YYYY-MM-DD` counts as that day (noon, so no time zone shifts it). */
export function useFormatDate() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (iso: string) => format.format(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso));
}

export function useFormatDateTime() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string) => format.format(new Date(iso));
}

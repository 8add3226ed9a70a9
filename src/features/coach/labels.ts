import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates as "12 nov 2026" in the chosen language; `YYYY-MM-DD` counts as that day (noon, so no time zone shifts it). */
export function useFormatDate() {
  const { i18n } = useTranslation();
  // one formatter per language, not per row: creating one is far slower than using it
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
    return (iso: string) => format.format(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso));
  }, [i18n.language]);
}

export function useFormatDateTime() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => format.format(new Date(iso));
  }, [i18n.language]);
}

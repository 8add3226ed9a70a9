import { useTranslation } from 'react-i18next';

/** Dates and times in the reader's language (Intl), in the Netherlands' time zone. */
export function useMessageFormat() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const zone = 'Europe/Amsterdam';
  const dayKey = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  return {
    dayKey,
    day: (key: string) => new Intl.DateTimeFormat(lng, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${key}T12:00:00Z`)),
    time: (iso: string) => new Intl.DateTimeFormat(lng, { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date(iso)),
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(lng, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date(iso)),
  };
}


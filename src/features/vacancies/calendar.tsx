import { useTranslation } from 'react-i18next';
import { AddToCalendar } from '#src/shared/calendar/add-to-calendar.tsx';
import { calendarFileName, calendarUid, type CalendarEvent } from '#src/shared/calendar/event.ts';
import { safeWebUrl } from '#src/shared/lib/url.ts';
import type { Vacancy } from './schemas.ts';

/** A vacancy's closing date as an all-day event ("Laatste dag om te reageren: Kok"); its version is the SEQUENCE. */
export function closingEvent(vacancy: Pick<Vacancy, 'id' | 'title' | 'validThrough' | 'version' | 'howToApply'>, summary: string): CalendarEvent | null {
  if (!vacancy.validThrough) return null;
  const url = safeWebUrl(vacancy.howToApply.url) ?? undefined;
  return { uid: calendarUid('vacancy', vacancy.id), sequence: vacancy.version, summary, description: url, url, date: vacancy.validThrough };
}

/** "Zet in je agenda" for a saved, open vacancy not applied to yet, until its closing date. */
export function ClosingToCalendar({ vacancy, today }: { vacancy: Vacancy; today: string }) {
  const { t } = useTranslation('vacancies');
  const event = closingEvent(vacancy, t('calendar.summary', { title: vacancy.title }));
  if (!event || vacancy.status !== 'open' || (vacancy.validThrough ?? '') < today) return null;
  return <AddToCalendar ns="vacancies" event={event} fileName={calendarFileName('vacature', event)} />;
}

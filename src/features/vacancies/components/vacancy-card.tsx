import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { roundedKm } from '../distance.ts';
import { CLOSING_SOON_DAYS, daysUntilClosing } from '../search.ts';
import type { Vacancy } from '../schemas.ts';
import type { KnownApplication } from '../use-vacancies-view.ts';

export type CardFacts = {
  km: number | null;
  saved: boolean;
  application: KnownApplication | undefined;
  isNew: boolean;
  today: string;
  /** "Past bij jou" reasons in words (from the matching), if any. */
  reasons?: readonly string[];
};

/** "Je hebt gesolliciteerd op 7 december 2026" — wherever the vacancy appears. */
export function AppliedTag({ application }: { application: KnownApplication }) {
  const { t } = useTranslation('vacancies');
  const date = useFormatDate();
  return <StatusTag tone="success">{t('applied.on', { date: date(application.date) })}</StatusTag>;
}

/** Closing soon (a saved vacancy warns), or closed. */
export function ClosingTag({ vacancy, today, saved }: { vacancy: Vacancy; today: string; saved: boolean }) {
  const { t } = useTranslation('vacancies');
  const days = daysUntilClosing(vacancy, today);
  if (vacancy.status === 'closed' || (days !== null && days < 0)) return <StatusTag tone="neutral">{t('closing.closed')}</StatusTag>;
  if (days === null || !saved || days > CLOSING_SOON_DAYS) return null;
  return <StatusTag tone="warning">{days === 0 ? t('closing.today') : t('closing.inDays', { count: days })}</StatusTag>;
}

/** Where, how far (straight line) and how many hours: "Hoogezand · 12 km hemelsbreed · 24–32 uur". */
export function VacancyFacts({ vacancy, km }: { vacancy: Vacancy; km: number | null }) {
  const { t } = useTranslation('vacancies');
  const hours = vacancy.workHours.min === vacancy.workHours.max ? t('facts.hours', { count: vacancy.workHours.max }) : t('facts.hoursRange', { min: vacancy.workHours.min, max: vacancy.workHours.max });
  const place = vacancy.jobLocation?.place ?? t('facts.remote');
  return (
    <p className="item-card__meta">
      <span lang="nl">{vacancy.hiringOrganization.name}</span> · <span lang="nl">{place}</span>
      {km !== null ? ` · ${t('facts.km', { km: roundedKm(km) })}` : ''} · {hours}
    </p>
  );
}

/** One vacancy in a list: its title (as posted, in Dutch) as a link, the facts and its state in words. */
export function VacancyCard({ vacancy, facts }: { vacancy: Vacancy; facts: CardFacts }) {
  const { t } = useTranslation('vacancies');
  return (
    <article className="item-card vacancy-card">
      <h3 className="item-card__title">
        <Link to={`/vacatures/${encodeURIComponent(vacancy.id)}`} lang="nl">
          {vacancy.title}
        </Link>
      </h3>
      <VacancyFacts vacancy={vacancy} km={facts.km} />
      <p className="item-card__tags">
        {facts.isNew ? <StatusTag tone="info">{t('list.new')}</StatusTag> : null}
        {facts.saved ? <StatusTag>{t('list.saved')}</StatusTag> : null}
        {facts.application ? <AppliedTag application={facts.application} /> : null}
        <ClosingTag vacancy={vacancy} today={facts.today} saved={facts.saved} />
      </p>
      {facts.reasons && facts.reasons.length > 0 ? (
        <div className="vacancy-card__fit">
          <p className="vacancy-card__fit-title">{t('fit.title')}</p>
          <ul>
            {facts.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';

type Application = { vacancyId: string; vacancyTitle: string; employer: string; date: string; outcome: string | null; pending?: boolean };

/**
 * One of "Mijn sollicitaties": the vacancy, the day of applying, the outcome from the werkmap
 * activity and a link to that activity (the client's own page, or the coach's view of the werkmap).
 */
export function ApplicationItem({ application: a, vacancyHref, activityHref, activityLabel }: { application: Application; vacancyHref: string | null; activityHref: string; activityLabel?: string }) {
  const { t } = useTranslation('vacancies');
  const date = useFormatDate();
  const title = a.vacancyTitle || t('mine.unknownVacancy');
  return (
    <li className="card-list__item" data-testid="application">
      <p className="card-list__title" lang="nl">
        {vacancyHref ? <Link to={vacancyHref}>{title}</Link> : title}
      </p>
      <p className="item-card__meta">
        <span lang="nl">{a.employer}</span> · {t('mine.appliedOn', { date: date(a.date) })}
      </p>
      <p className="item-card__tags">
        <StatusTag tone={a.outcome === 'hired' ? 'success' : a.outcome === 'rejected' ? 'error' : 'info'}>{t(`outcome.${a.outcome ?? 'none'}` as 'outcome.sent')}</StatusTag>
        {a.pending ? <StatusTag tone="warning">{t('mine.waiting')}</StatusTag> : null}
      </p>
      <p>
        <Link to={activityHref}>{activityLabel ?? t('mine.openActivity')}</Link>
      </p>
    </li>
  );
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { todayIso } from '#src/shared/lib/dates.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { VacancyCard } from '../components/vacancy-card.tsx';
import { distanceFrom } from '../search.ts';
import { useVacanciesView } from '../use-vacancies-view.ts';

/** Saved vacancies (closing soon first, with a warning) and "Mijn sollicitaties" with their werkmap activity and outcome. */
export function Component() {
  const { t } = useTranslation('vacancies');
  const date = useFormatDate();
  const view = useVacanciesView();
  const today = todayIso();
  return (
    <Page title={t('mine.title')} lead={t('mine.lead')}>
      <QueryState query={view.query}>
        {() => {
          const saved = [...view.savedIds]
            .map((id) => view.byId.get(id))
            .filter((v) => v !== undefined)
            .sort((a, b) => (a.validThrough ?? '9999').localeCompare(b.validThrough ?? '9999'));
          const applications = [...view.applications.values()].sort((a, b) => b.date.localeCompare(a.date));
          return (
            <>
              <h2>{t('mine.saved')}</h2>
              {saved.length === 0 ? <p>{t('mine.noSaved')}</p> : null}
              <ul className="card-list">
                {saved.map((vacancy) => (
                  <li key={vacancy.id}>
                    <VacancyCard vacancy={vacancy} facts={{ km: distanceFrom(view.home, vacancy), saved: true, application: view.applications.get(vacancy.id), isNew: false, today }} />
                  </li>
                ))}
              </ul>
              <h2>{t('mine.applications')}</h2>
              {applications.length === 0 ? <p>{t('mine.noApplications')}</p> : null}
              <ul className="card-list">
                {applications.map((a) => (
                  <li key={a.vacancyId} className="card-list__item">
                    <p className="card-list__title">
                      <Link to={`/vacatures/${encodeURIComponent(a.vacancyId)}`} lang="nl">
                        {a.vacancyTitle || t('mine.unknownVacancy')}
                      </Link>
                    </p>
                    <p className="item-card__meta">
                      <span lang="nl">{a.employer}</span> · {t('mine.appliedOn', { date: date(a.date) })}
                    </p>
                    <p className="item-card__tags">
                      <StatusTag tone={a.outcome === 'hired' ? 'success' : a.outcome === 'rejected' ? 'error' : 'info'}>{t(`outcome.${a.outcome ?? 'none'}` as 'outcome.sent')}</StatusTag>
                      {a.pending ? <StatusTag tone="warning">{t('mine.waiting')}</StatusTag> : null}
                    </p>
                    <p>
                      <Link to={`/werkmap/${encodeURIComponent(a.activityId)}`}>{t('mine.openActivity')}</Link>
                    </p>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}

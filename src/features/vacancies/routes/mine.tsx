import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { todayIso } from '#src/shared/lib/dates.ts';
import { VacancyCard } from '../components/vacancy-card.tsx';
import { ApplicationItem } from '../components/application-item.tsx';
import { distanceFrom } from '../search.ts';
import { useVacanciesView } from '../use-vacancies-view.ts';

/** Saved vacancies (closing soon first, with a warning) and "Mijn sollicitaties" with their werkmap activity and outcome. */
export function Component() {
  const { t } = useTranslation('vacancies');
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
                  <ApplicationItem key={a.vacancyId} application={a} vacancyHref={`/vacatures/${encodeURIComponent(a.vacancyId)}`} activityHref={`/werkmap/${encodeURIComponent(a.activityId)}`} />
                ))}
              </ul>
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}

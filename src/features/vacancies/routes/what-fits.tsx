import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useCourses } from '../api/get-courses.ts';
import { CourseItem } from '../components/course-item.tsx';
import { occupationByIsco } from '../occupations.ts';
import { useVacanciesView } from '../use-vacancies-view.ts';

/**
 * "Wat past bij mij?" (`/vacatures/wat-past-bij-mij`, the LDC part): from the occupations in the
 * zoekprofiel to the vacancies on the device and the courses that lead there; a course can be
 * discussed with the e-coach in one tap.
 */
export function Component() {
  const { t } = useTranslation('vacancies');
  const view = useVacanciesView();
  const courses = useCourses();
  const occupations = (view.profile?.occupations ?? []).map((isco) => ({ isco, occupation: occupationByIsco(isco) }));
  const countFor = (isco: string) => [...view.byId.values()].filter((v) => v.occupation.isco === isco && v.status === 'open').length;
  return (
    <Page title={t('fits.title')} lead={t('fits.lead')}>
      {occupations.length === 0 ? (
        <Notice kind="info" title={t('fits.noOccupations')}>
          <p>
            <Link to="/vacatures/zoekprofiel">{t('noProfile.link')}</Link>
          </p>
        </Notice>
      ) : null}
      <QueryState query={courses}>
        {({ courses: all }) => (
          <>
            {occupations.map(({ isco, occupation }) => {
              const leading = all.filter((c) => c.leadsTo.includes(isco));
              return (
                <section key={isco} className="fits-occupation" aria-labelledby={`fits-${isco}`}>
                  <h2 id={`fits-${isco}`} lang="nl">
                    {occupation?.name ?? isco}
                  </h2>
                  {occupation ? <p>{t('fits.skills', { skills: occupation.skills.join(', ') })}</p> : null}
                  <p>
                    <Link to="/vacatures">{t('fits.vacancies', { count: countFor(isco) })}</Link>
                  </p>
                  <h3>{t('fits.courses')}</h3>
                  {leading.length === 0 ? <p>{t('fits.noCourses')}</p> : null}
                  <ul className="card-list">
                    {leading.map((course) => (
                      <CourseItem key={course.id} course={course} clientId={view.clientId} />
                    ))}
                  </ul>
                </section>
              );
            })}
            <section aria-labelledby="fits-basic">
              <h2 id="fits-basic">{t('fits.basic')}</h2>
              <ul className="card-list">
                {all
                  .filter((c) => c.leadsTo.length === 0)
                  .map((course) => (
                    <CourseItem key={course.id} course={course} clientId={view.clientId} />
                  ))}
              </ul>
            </section>
          </>
        )}
      </QueryState>
    </Page>
  );
}

import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useCourses } from '../api/get-courses.ts';
import { useWhatFitsSources } from '../api/what-fits-sources.ts';
import { CourseItem } from '../components/course-item.tsx';
import { suggestOccupations, type SuggestionReason } from '../what-fits-rules.ts';
import { useVacanciesView } from '../use-vacancies-view.ts';

/**
 * "Wat past bij mij?" (`/vacatures/wat-past-bij-mij`, the LDC part): from the zoekprofiel, the
 * entreevragenlijst's kunnen/willen answers, the CV's skills and the portfolio's talents to
 * occupations — saying per occupation which of those led there — and on to the vacancies on the
 * device and the courses that lead there. A course goes into the portfolio or is discussed with
 * the e-coach in one tap.
 */
export function Component() {
  const { t } = useTranslation(['vacancyPages', 'vacancies']);
  const view = useVacanciesView();
  const courses = useCourses();
  const sources = useWhatFitsSources(view.clientId);
  const profileOccupations = view.profile?.occupations;
  const suggestions = useMemo(
    () => suggestOccupations({ profileOccupations: profileOccupations ?? [], intake: sources.intake, cvSkills: sources.cvSkills, talents: sources.talents }),
    [profileOccupations, sources.intake, sources.cvSkills, sources.talents],
  );
  const countFor = (isco: string) => [...view.byId.values()].filter((v) => v.occupation.isco === isco && v.status === 'open').length;
  return (
    <Page title={t('fits.title')} lead={t('fits.lead')}>
      {suggestions.length === 0 && !sources.loading ? (
        <Notice kind="info" title={t('fits.noOccupations')}>
          <p>
            <Link to="/vacatures/zoekprofiel">{t('vacancies:noProfile.link')}</Link>
          </p>
        </Notice>
      ) : null}
      <QueryState query={courses}>
        {({ courses: all }) => (
          <>
            {suggestions.map(({ isco, occupation, reasons }) => {
              const leading = all.filter((c) => c.leadsTo.includes(isco));
              return (
                <section key={isco} className="fits-occupation" aria-labelledby={`fits-${isco}`}>
                  <h2 id={`fits-${isco}`} lang="nl">
                    {occupation.name}
                  </h2>
                  <p className="fits-occupation__why">{t('fits.why')}</p>
                  <ul className="fits-occupation__reasons" data-testid="fits-reasons">
                    {reasons.map((reason) => (
                      <li key={reason.source}>
                        <ReasonText reason={reason} />
                      </li>
                    ))}
                  </ul>
                  <p>{t('fits.skills', { skills: occupation.skills.join(', ') })}</p>
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

/** One source in words: "Op je cv staat: heftruck." — answers of the questionnaire by their label. */
function ReasonText({ reason }: { reason: SuggestionReason }) {
  const { t, i18n } = useTranslation(['vacancyPages', 'vacancies']);
  const label = (value: string) =>
    reason.source === 'intakeSectors' ? t(`fits.sector.${value}` as 'fits.sector.care') : reason.source === 'intakeStrengths' ? t(`fits.strength.${value}` as 'fits.strength.caring') : value;
  const items = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(reason.matched.map(label));
  return <>{t(`fits.source.${reason.source}`, { items })}</>;
}

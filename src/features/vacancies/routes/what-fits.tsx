import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { newId } from '#src/shared/lib/ids.ts';
import { safeWebUrl } from '#src/shared/lib/url.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useCourses } from '../api/get-courses.ts';
import { useDiscussCourse } from '../api/discuss-course.ts';
import { occupationByIsco } from '../occupations.ts';
import type { Course } from '../schemas.ts';
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

function CourseItem({ course, clientId }: { course: Course; clientId: string }) {
  const { t } = useTranslation('vacancies');
  const date = useFormatDate();
  const { write, canWrite, saving } = useDiscussCourse();
  const [asked, setAsked] = useState(false);
  const url = safeWebUrl(course.url);
  const where = course.location ? course.location.place : t('course.online');
  const discuss = async () => {
    const body = t('course.message', { name: course.name, provider: course.provider.name, place: where, url: url ?? '' }).trim();
    const record = await write({ payload: { clientId, messageId: newId(), courseId: course.id, body, writtenAt: new Date().toISOString() } });
    if (record) setAsked(true);
  };
  return (
    <li className="card-list__item">
      <p className="card-list__title" lang="nl">
        {url ? <a href={url} target="_blank" rel="noopener noreferrer">{course.name}</a> : course.name}
      </p>
      <p className="item-card__meta">
        <span lang="nl">{course.provider.name}</span> · {where}
        {course.online && course.location ? ` · ${t('course.alsoOnline')}` : ''} · {t(`courseLevel.${course.level}`)} · {t('course.weeks', { count: course.durationWeeks })}
      </p>
      <p className="item-card__tags">
        <StatusTag tone="info">{t(`paidBy.${course.cost.paidBy}`)}</StatusTag>
        {course.startDates[0] ? <StatusTag>{t('course.starts', { date: date(course.startDates[0]) })}</StatusTag> : null}
      </p>
      {canWrite ? (
        asked ? (
          <p role="status">{t('course.asked')}</p>
        ) : (
          <Button variant="secondary" onClick={() => void discuss()} disabled={saving}>
            {t('course.discuss')}
          </Button>
        )
      ) : null}
    </li>
  );
}

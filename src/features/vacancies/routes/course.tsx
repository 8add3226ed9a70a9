import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { safeWebUrl } from '#src/shared/lib/url.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useCourses } from '../api/get-courses.ts';
import { CourseActions, CourseFacts } from '../components/course-item.tsx';
import { occupationByIsco } from '../occupations.ts';
import type { Course } from '../schemas.ts';

/**
 * One course (`/opleidingen/:courseId`): for the client (from "Wat past bij mij?", with "Zet in
 * mijn portfolio" and "Bespreek met je e-coach") and for the coach, who opens it from the
 * client's message in one tap. Courses are no one's personal data; the list is kept on the device.
 */
export function Component() {
  const { t } = useTranslation(['vacancyPages', 'vacancies']);
  const { courseId = '' } = useParams();
  const courses = useCourses();
  return (
    <QueryState query={courses}>
      {({ courses: all }) => {
        const course = all.find((c) => c.id === courseId);
        return course ? (
          <CoursePage course={course} />
        ) : (
          <Page title={t('coursePage.notFound')}>
            <Notice kind="info" title={t('coursePage.notFoundText')} />
          </Page>
        );
      }}
    </QueryState>
  );
}

function CoursePage({ course }: { course: Course }) {
  const { t } = useTranslation(['vacancyPages', 'vacancies']);
  const date = useFormatDate();
  const { user } = useSession();
  const forClient = user?.role === 'client' || user?.role === 'helper';
  const url = safeWebUrl(course.url);
  const leadsTo = course.leadsTo.map((isco) => occupationByIsco(isco)?.name ?? isco);
  return (
    <Page title={course.name} titleLang="nl">
      {forClient ? (
        <p>
          <Link to="/vacatures/wat-past-bij-mij" className="back-link">
            {t('coursePage.back')}
          </Link>
        </p>
      ) : null}
      <CourseFacts course={course} />
      {course.description ? (
        <p lang="nl" dir="ltr">
          {course.description}
        </p>
      ) : null}
      <dl className="vacancy-details">
        <dt>{t('coursePage.provider')}</dt>
        <dd lang="nl">{course.provider.name}</dd>
        <dt>{t('coursePage.level')}</dt>
        <dd>{t(`vacancies:courseLevel.${course.level}`)}</dd>
        <dt>{t('coursePage.duration')}</dt>
        <dd>{t('coursePage.durationValue', { weeks: t('vacancies:course.weeks', { count: course.durationWeeks }), hours: course.hoursPerWeek })}</dd>
        <dt>{t('coursePage.starts')}</dt>
        <dd>{course.startDates.length > 0 ? course.startDates.map((d) => date(d)).join(', ') : t('coursePage.noStarts')}</dd>
        <dt>{t('coursePage.cost')}</dt>
        <dd>{course.cost.amount > 0 && course.cost.paidBy !== 'free' ? `€ ${course.cost.amount} · ${t(`vacancies:paidBy.${course.cost.paidBy}`)}` : t(`vacancies:paidBy.${course.cost.paidBy}`)}</dd>
        {leadsTo.length > 0 ? (
          <>
            <dt>{t('coursePage.leadsTo')}</dt>
            <dd lang="nl">{leadsTo.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {url ? (
        <p>
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t('coursePage.website')}
          </a>
        </p>
      ) : null}
      {forClient && user?.clientId ? <CourseActions course={course} clientId={user.clientId} /> : null}
    </Page>
  );
}

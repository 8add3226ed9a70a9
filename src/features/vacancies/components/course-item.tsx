import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { newId } from '#src/shared/lib/ids.ts';
import { todayIso } from '#src/shared/lib/dates.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useDiscussCourse } from '../api/discuss-course.ts';
import { useCourseToPortfolio } from '../api/save-course-to-portfolio.ts';
import { useOwnPortfolio } from '../api/get-own-portfolio.ts';
import { courseItemId, nextStart, plannedLearningInput } from '../course-portfolio.ts';
import type { Course } from '../schemas.ts';

/** Where a course is taught, in words. */
export function useCoursePlace(course: Course): string {
  const { t } = useTranslation('vacancies');
  return course.location ? course.location.place : t('course.online');
}

/** The facts of a course in one line: provider, place, level, length. */
export function CourseFacts({ course }: { course: Course }) {
  const { t } = useTranslation('vacancies');
  const where = useCoursePlace(course);
  return (
    <p className="item-card__meta">
      <span lang="nl">{course.provider.name}</span> · {where}
      {course.online && course.location ? ` · ${t('course.alsoOnline')}` : ''} · {t(`courseLevel.${course.level}`)} · {t('course.weeks', { count: course.durationWeeks })}
    </p>
  );
}

/**
 * What a person can do with a course: put it in their portfolio as a planned learning activity
 * (only the client: the portfolio is theirs), and discuss it with the e-coach in one tap (a
 * message that links to the course page). Both through the outbox; "In je portfolio" afterwards.
 */
export function CourseActions({ course, clientId }: { course: Course; clientId: string }) {
  const { t } = useTranslation('vacancies');
  const date = useFormatDate();
  const { user } = useSession();
  const owner = user?.role === 'client';
  const discuss = useDiscussCourse();
  const toPortfolio = useCourseToPortfolio();
  const portfolio = useOwnPortfolio(clientId, owner);
  const [asked, setAsked] = useState(false);
  const where = useCoursePlace(course);
  const itemId = courseItemId(course.id, clientId);
  const saved = (portfolio.data?.ids ?? []).includes(itemId) || toPortfolio.pending.some((r) => r.payload.itemId === itemId);

  const ask = async () => {
    const body = t('course.message', { name: course.name, provider: course.provider.name, place: where });
    const record = await discuss.write({ payload: { clientId, messageId: newId(), courseId: course.id, courseName: course.name, body, writtenAt: new Date().toISOString() } });
    if (record) setAsked(true);
  };
  const keep = async () => {
    const today = todayIso();
    const start = nextStart(course, today);
    const texts = {
      planned: t('course.plannedTag'),
      description: t(start ? 'course.plannedFrom' : 'course.planned', { date: start ? date(start) : '', weeks: t('course.weeks', { count: course.durationWeeks }), hours: course.hoursPerWeek, place: where }),
    };
    await toPortfolio.write({ payload: { clientId, courseId: course.id, itemId, input: plannedLearningInput(course, texts, today) } });
  };

  return (
    <div className="course-actions">
      {owner ? (
        saved ? (
          <p className="item-card__tags">
            <StatusTag tone="success">{t('course.inPortfolio')}</StatusTag>
          </p>
        ) : (
          <Button variant="secondary" onClick={() => void keep()} disabled={toPortfolio.saving}>
            {t('course.toPortfolio')}
          </Button>
        )
      ) : null}
      <SaveError error={toPortfolio.error} />
      {discuss.canWrite ? (
        asked ? (
          <p role="status">{t('course.asked')}</p>
        ) : (
          <Button variant="secondary" onClick={() => void ask()} disabled={discuss.saving}>
            {t('course.discuss')}
          </Button>
        )
      ) : null}
      <SaveError error={discuss.error} />
    </div>
  );
}

/** A course in a list: its name (to the course page), facts, who pays, the next start, and the actions. */
export function CourseItem({ course, clientId }: { course: Course; clientId: string }) {
  const { t } = useTranslation('vacancies');
  const date = useFormatDate();
  const start = nextStart(course, todayIso());
  return (
    <li className="card-list__item">
      <p className="card-list__title" lang="nl">
        <Link to={`/opleidingen/${encodeURIComponent(course.id)}`}>{course.name}</Link>
      </p>
      <CourseFacts course={course} />
      <p className="item-card__tags">
        <StatusTag tone="info">{t(`paidBy.${course.cost.paidBy}`)}</StatusTag>
        {start ? <StatusTag>{t('course.starts', { date: date(start) })}</StatusTag> : null}
      </p>
      <CourseActions course={course} clientId={clientId} />
    </li>
  );
}

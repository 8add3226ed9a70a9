import type { Course } from './schemas.ts';

/**
 * A course saved into the portfolio as a planned learning activity (issue 19, "Wat past bij mij?").
 * The item's id is made from the course and the person, so saving the same course again — a
 * second tap, another device, a resend — writes the same item: exactly one per course.
 */
export function courseItemId(courseId: string, clientId: string): string {
  return `course-${courseId}-${clientId}`.slice(0, 100);
}

/** What the portfolio API takes (`PUT /portfolio/items/{id}`, the portfolio feature's `ItemInput`). */
export type PlannedLearningInput = {
  kind: 'learning';
  subKind: null;
  title: string;
  description: string;
  organisation: string;
  startDate: string | null;
  endDate: null;
  tags: string[];
  link: string | null;
  starr: null;
};

/** The words the person reads in their portfolio, in their language (the course's own texts stay as posted). */
export type PlannedLearningTexts = { planned: string; description: string };

/** The first start date from today on, or null (then the person fills it in later). */
export function nextStart(course: Pick<Course, 'startDates'>, today: string): string | null {
  return [...course.startDates].sort().find((d) => d >= today) ?? null;
}

export function plannedLearningInput(course: Course, texts: PlannedLearningTexts, today: string): PlannedLearningInput {
  return {
    kind: 'learning',
    subKind: null,
    title: course.name.slice(0, 120),
    description: [texts.description, course.description].filter((s) => s.trim() !== '').join('\n\n').slice(0, 4000),
    organisation: course.provider.name.slice(0, 200),
    startDate: nextStart(course, today),
    endDate: null,
    tags: [texts.planned.slice(0, 40)],
    link: course.url,
    starr: null,
  };
}

import { describe, expect, it } from 'vitest';
import { courseItemId, nextStart, plannedLearningInput } from './course-portfolio.ts';
import { discussCourseKind, discussCourseMessage } from './api/discuss-course.ts';
import { generateCourses } from '#mocks/seed-vacancies.ts';

const TODAY = '2026-12-07';
const [course] = generateCourses(TODAY);
const texts = { planned: 'Gepland', description: 'Gepland. Start op 10 januari 2027.' };

describe('a course as a planned learning activity in the portfolio', () => {
  it('is one item per course and person, whatever device saves it', () => {
    expect(courseItemId('course-001', 'client-anna')).toBe(courseItemId('course-001', 'client-anna'));
    expect(courseItemId('course-001', 'client-anna')).not.toBe(courseItemId('course-001', 'client-jayden'));
    expect(courseItemId('course-001', 'x'.repeat(200))).toHaveLength(100);
  });

  it.each([
    [['2027-01-10', '2027-07-11'], '2027-01-10'],
    [['2026-09-01', '2027-03-01'], '2027-03-01'],
    [['2027-03-01', '2026-12-07'], '2026-12-07'],
    [['2026-01-01'], null],
    [[], null],
  ])('starts %j → the next start %s', (startDates, expected) => {
    expect(nextStart({ startDates }, TODAY)).toBe(expected);
  });

  it('is a learning item with the course’s name, provider, next start and web address', () => {
    expect(plannedLearningInput(course!, texts, TODAY)).toEqual({
      kind: 'learning',
      subKind: null,
      title: course!.name,
      description: expect.stringMatching(/^Gepland\. Start op 10 januari 2027\./),
      organisation: course!.provider.name,
      startDate: nextStart(course!, TODAY),
      endDate: null,
      tags: ['Gepland'],
      link: course!.url,
      starr: null,
    });
  });
});

describe('"Bespreek met je e-coach"', () => {
  it('sends a message that links to the course page; one queued before the link is sent without it', () => {
    const payload = { clientId: 'client-anna', messageId: 'm1', courseId: 'course-001', courseName: 'Logistiek medewerker (BBL)', body: 'Ik wil graag…', writtenAt: '2026-12-07T10:00:00Z' };
    expect(discussCourseMessage(payload)).toMatchObject({ kind: 'text', link: { type: 'course', id: 'course-001', label: 'Logistiek medewerker (BBL)' } });
    const { courseName: _n, ...old } = payload;
    const migrated = discussCourseKind.migrate!(old, 1, {} as never) as typeof payload;
    expect(discussCourseMessage(migrated)).toMatchObject({ link: null, body: 'Ik wil graag…' });
  });
});

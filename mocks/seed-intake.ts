import type { IntakeDefinition, Question } from '#src/features/intake/definition/schemas.ts';

/**
 * A second version of the entreevragenlijst for tests of moving a draft over (not in the seed):
 * "Welk werk zou je het liefst doen?" is gone, the sector "Iets anders" is gone, and the start
 * date is asked as short text instead of a date. Everything else is as in version 1.
 */
export function entreeV2(v1: IntakeDefinition): IntakeDefinition {
  const sections = v1.sections.map((section) => ({
    ...section,
    questions: section.questions
      .filter((q) => q.id !== 'desiredJob')
      .map((q): Question => {
        if (q.id === 'sectors' && q.type === 'multiple') return { ...q, options: q.options.filter((o) => o.value !== 'other') };
        if (q.id === 'startDate') {
          const { notInPast: _notInPast, notInFuture: _notInFuture, type: _type, ...rest } = q as Extract<Question, { type: 'date' }>;
          return { ...rest, type: 'text', maxLength: 100 };
        }
        return q;
      }),
  }));
  return { ...v1, version: 2, publishedAt: '2026-06-01', sections };
}

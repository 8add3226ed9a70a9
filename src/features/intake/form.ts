import { z } from 'zod';
import { todayIso, type DateParts } from '#src/shared/lib/dates.ts';
import { checkAnswer, type AnswerProblem } from './definition/engine.ts';
import { isUnknownAnswer, type Answer, type Question } from './definition/schemas.ts';

/**
 * One question page's form: what was typed, kept as typed (numbers as text, dates as three
 * parts) so nothing is lost when it does not validate yet; "Ik weet het niet" apart.
 */
export type AnswerFormValues = {
  text: string;
  choices: string[];
  date: DateParts;
  unknown: boolean;
};

/** Radio value of "Ik weet het niet" (ids start with a letter, so it never clashes). */
export const UNKNOWN_CHOICE = '_unknown';

export function toAnswerForm(question: Question, answer: Answer | undefined): AnswerFormValues {
  const values: AnswerFormValues = { text: '', choices: [], date: { day: '', month: '', year: '' }, unknown: false };
  if (answer === undefined || answer === null) return values;
  if (isUnknownAnswer(answer)) {
    if (question.type === 'single' || question.type === 'yesNo' || question.type === 'scale') values.text = UNKNOWN_CHOICE;
    else values.unknown = true;
    return values;
  }
  if (Array.isArray(answer)) values.choices = answer;
  else if (question.type === 'date' && typeof answer === 'string') {
    const [year = '', month = '', day = ''] = answer.split('-');
    values.date = { day: String(Number(day)), month: String(Number(month)), year };
  } else values.text = String(answer);
  return values;
}

type Parsed = { answer: Answer } | { problem: AnswerProblem | 'validation.answer.dateIncomplete' };

function parse(question: Question, values: AnswerFormValues): Parsed {
  const empty = (): Parsed => ({ answer: question.optional ? null : (undefined as never) });
  if (values.unknown || values.text === UNKNOWN_CHOICE) return { answer: { unknown: true } };
  switch (question.type) {
    case 'single':
    case 'yesNo':
      return values.text === '' ? empty() : { answer: values.text };
    case 'scale':
      return values.text === '' ? empty() : { answer: Number(values.text) };
    case 'multiple':
      return values.choices.length === 0 ? (question.optional ? { answer: [] } : empty()) : { answer: values.choices };
    case 'number': {
      const text = values.text.trim().replace(',', '.');
      if (text === '') return empty();
      if (!/^-?\d+(\.\d+)?$/.test(text)) return { problem: 'validation.answer.number' };
      return { answer: Number(text) };
    }
    case 'date': {
      const day = values.date.day.trim();
      const month = values.date.month.trim();
      const year = values.date.year.trim();
      if (!day && !month && !year) return empty();
      if (!day || !month || !year) return { problem: 'validation.answer.dateIncomplete' };
      if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { problem: 'validation.answer.date' };
      return { answer: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
    }
    case 'text':
    case 'longText':
      return values.text.trim() === '' ? empty() : { answer: values.text.trim() };
  }
}

/** The zod schema of one question page: checks with the engine, outputs the answer. */
export function answerFormSchema(question: Question, today = todayIso()) {
  return z
    .object({ text: z.string(), choices: z.array(z.string()), date: z.object({ day: z.string(), month: z.string(), year: z.string() }), unknown: z.boolean() })
    .transform((values, ctx): Answer => {
      const parsed = parse(question, values);
      if ('problem' in parsed) {
        ctx.addIssue({ code: 'custom', path: ['text'], message: parsed.problem });
        return z.NEVER;
      }
      const problem = checkAnswer(question, parsed.answer, today);
      if (problem) {
        ctx.addIssue({ code: 'custom', path: ['text'], message: problem });
        return z.NEVER;
      }
      return parsed.answer;
    });
}

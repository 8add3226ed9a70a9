import { checkAnswer, findQuestion } from './engine.ts';
import type { Answers, IntakeDefinition } from './schemas.ts';

/** What moving a draft to a newer version of its questionnaire did. */
export type DraftMigration = {
  /** The answers that still fit the new version. */
  answers: Answers;
  /** Questions of the new version whose earlier answer no longer fits: they must be answered again. */
  needsAgain: string[];
  /** Answers to questions the new version no longer has (dropped; nothing to answer again). */
  removed: string[];
};

/**
 * Moves a draft's answers from one version of a questionnaire to a newer one. An answer is kept
 * when the new version still has a question with the same id and the same type, and the answer
 * is still valid for it (its options, scale points, range, length, "Ik weet het niet", optional).
 * Everything else is dropped — never changed — and reported, so the client can be told which
 * answers to give again. Pure: `today` is passed in (dates that may not lie in the past).
 */
export function migrateAnswers(from: IntakeDefinition, to: IntakeDefinition, answers: Answers, today: string): DraftMigration {
  const kept: Answers = {};
  const needsAgain: string[] = [];
  const removed: string[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    const before = findQuestion(from, id)?.question;
    const after = findQuestion(to, id)?.question;
    if (!after) {
      removed.push(id);
      continue;
    }
    if (before && before.type === after.type && checkAnswer(after, answer, today) === null) kept[id] = answer;
    else needsAgain.push(id);
  }
  return { answers: kept, needsAgain, removed };
}

import { useLocation } from 'react-router';
import type { QuestionnaireId } from './schemas.ts';

/**
 * The client's questionnaires on one engine and one journey: the entreevragenlijst under
 * /vragenlijst and the aanvullende vragenlijst (maatschappelijke participatie) under
 * /vragenlijst/aanvullend. The route modules read which one from the address.
 */
const BASE: Record<QuestionnaireId, string> = {
  entree: '/vragenlijst',
  participation: '/vragenlijst/aanvullend',
};

export function questionnairePaths(questionnaireId: QuestionnaireId) {
  const base = BASE[questionnaireId];
  return {
    start: base,
    question: (questionId: string) => `${base}/vraag/${questionId}`,
    check: `${base}/controleren`,
    result: `${base}/uitkomst`,
  };
}

export type QuestionnairePaths = ReturnType<typeof questionnairePaths>;

export function questionnaireOfPath(pathname: string): QuestionnaireId {
  return pathname === BASE.participation || pathname.startsWith(`${BASE.participation}/`) ? 'participation' : 'entree';
}

export function useQuestionnaireId(): QuestionnaireId {
  return questionnaireOfPath(useLocation().pathname);
}

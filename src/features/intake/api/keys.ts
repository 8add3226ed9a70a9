import type { QuestionnaireId } from '../schemas.ts';

/** Query keys of the intake feature (per questionnaire: entree or participation). */
export const intakeKeys = {
  all: ['intake'] as const,
  definitions: () => [...intakeKeys.all, 'definition'] as const,
  definition: (questionnaireId: QuestionnaireId, version: number | 'current') => [...intakeKeys.definitions(), questionnaireId, version] as const,
  draft: (clientId: string, questionnaireId: QuestionnaireId) => [...intakeKeys.all, 'draft', clientId, questionnaireId] as const,
  overview: (clientId: string, questionnaireId: QuestionnaireId) => [...intakeKeys.all, 'overview', clientId, questionnaireId] as const,
  // the functioneel beheerder's rule versions (issue 21)
  ruleVersions: () => [...intakeKeys.all, 'rule-versions'] as const,
  ruleDraft: (id: string) => [...intakeKeys.ruleVersions(), 'draft', id] as const,
  backtest: (id: string, version: number, from: string, to: string) => [...intakeKeys.ruleVersions(), 'backtest', id, version, from, to] as const,
};

/** The beheerder's writes go out in order (a draft's saves, then its publication). */
export const ruleVersionsLane = 'intake-rules';

/** The API path of a client's questionnaire: `/clients/{id}/questionnaires/{questionnaireId}`. */
export function questionnairePath(clientId: string, questionnaireId: QuestionnaireId): string {
  return `/clients/${encodeURIComponent(clientId)}/questionnaires/${questionnaireId}`;
}

const PARTICIPATION_PREFIX = 'participation/';

/**
 * One lane per client's questionnaire: every draft save and the submission go out in order,
 * so the submission is never overtaken by an older draft save. The entreevragenlijst keeps
 * its lane `intake-draft:{clientId}` (records queued by an older app still go out).
 */
export function intakeLane(clientId: string, questionnaireId: QuestionnaireId = 'entree'): string {
  return questionnaireId === 'entree' ? `intake-draft:${clientId}` : `intake-draft:${PARTICIPATION_PREFIX}${clientId}`;
}

/** Whose questionnaire a record of schema version 1 was for: then only its lane said so (see the kinds' `migrate`). */
export function laneTarget(lane: string): { clientId: string; questionnaireId: QuestionnaireId } {
  const rest = lane.slice(lane.indexOf(':') + 1);
  return rest.startsWith(PARTICIPATION_PREFIX)
    ? { clientId: rest.slice(PARTICIPATION_PREFIX.length), questionnaireId: 'participation' }
    : { clientId: rest, questionnaireId: 'entree' };
}

export function intakeDecisionLane(clientId: string): string {
  return `intake-decision:${clientId}`;
}

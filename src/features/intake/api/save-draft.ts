import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { intakeDraftSchema, type IntakeDraft, type IntakeDraftInput, type QuestionnaireId } from '../schemas.ts';
import type { IntakeView } from '../use-intake-view.ts';
import { intakeKeys, intakeLane, laneTarget, questionnairePath } from './keys.ts';
import { defineRequestKind, replaceWith } from '#src/shared/offline/request-kind.ts';

export const INTAKE_SAVE_DRAFT = 'intake.saveDraft';

/**
 * Every answer is kept on the device at once (the outbox record is the local copy) and sent
 * as the whole draft, with If-Match on the version it was made on (0: no draft yet).
 */
export type SaveDraftPayload = { clientId: string; questionnaireId: QuestionnaireId; input: IntakeDraftInput };

export const saveIntakeDraftKind = defineRequestKind<SaveDraftPayload, IntakeDraft>({
  kind: INTAKE_SAVE_DRAFT,
  // 2: whose questionnaire in the payload (version 1 was the draft alone, the rest in the lane)
  schemaVersion: 2,
  migrate: (payload, _fromVersion, record) => ({ ...laneTarget(record.lane), input: payload as IntakeDraftInput }),
  request: ({ clientId, questionnaireId, input }) => ({ path: `${questionnairePath(clientId, questionnaireId)}/draft`, body: input, schema: intakeDraftSchema }),
  ifMatch: 'singleton',
  version: (draft) => draft.version,
  query: ({ clientId, questionnaireId }) => intakeKeys.draft(clientId, questionnaireId),
  merge: replaceWith,
  invalidates: () => [sharedQueryKeys.home],
});

/**
 * Keeps the whole draft on the device at once (one outbox record, durable before this
 * resolves) and lets the outbox send it when there is a connection.
 */
export function useSaveDraft(view: IntakeView) {
  const { write, saving, error } = useOutboxWrite(saveIntakeDraftKind, intakeLane(view.clientId, view.questionnaireId));
  const save = async (change: Partial<IntakeDraftInput>): Promise<boolean> => {
    if (!view.user || !view.draft) return false;
    const payload = { clientId: view.clientId, questionnaireId: view.questionnaireId, input: { ...view.draft, ...change } };
    return (await write({ payload, baseVersion: view.baseVersion })) !== null;
  };
  return { save, saving, failed: error !== null };
}

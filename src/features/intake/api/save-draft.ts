import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { intakeDraftSchema, type IntakeDraft, type IntakeDraftInput, type QuestionnaireId } from '../schemas.ts';
import type { IntakeView } from '../use-intake-view.ts';
import { intakeKeys, intakeLane, laneTarget, questionnairePath } from './keys.ts';

export const INTAKE_SAVE_DRAFT = 'intake.saveDraft';

/**
 * Every answer is kept on the device at once (the outbox record is the local copy) and sent
 * as the whole draft, with If-Match on the version it was made on (0: no draft yet).
 */
export type SaveDraftPayload = { clientId: string; questionnaireId: QuestionnaireId; input: IntakeDraftInput };

export const saveIntakeDraftKind = defineOutboxKind<SaveDraftPayload, IntakeDraft>({
  kind: INTAKE_SAVE_DRAFT,
  // 2: whose questionnaire in the payload (version 1 was the draft alone, the rest in the lane)
  schemaVersion: 2,
  migrate: (payload, _fromVersion, record) => ({ ...laneTarget(record.lane), input: payload as IntakeDraftInput }),
  async send(record, { signal }) {
    const { clientId, questionnaireId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `${questionnairePath(clientId, questionnaireId)}/draft`,
      body: input,
      schema: intakeDraftSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record, 'singleton'),
      signal,
    });
    return { version: data.version, data };
  },
  onSent(record, result) {
    const { clientId, questionnaireId } = record.payload;
    queryClient.setQueryData(intakeKeys.draft(clientId, questionnaireId), result.data);
  },
  invalidates: () => [sharedQueryKeys.home],
  onDiscarded(record) {
    const { clientId, questionnaireId } = record.payload;
    void queryClient.invalidateQueries({ queryKey: intakeKeys.draft(clientId, questionnaireId) });
  },
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

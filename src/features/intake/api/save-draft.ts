import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { intakeDraftSchema, type IntakeDraft, type IntakeDraftInput } from '../schemas.ts';
import type { IntakeView } from '../use-intake-view.ts';
import { intakeKeys, intakeLane, laneTarget, questionnairePath } from './keys.ts';

export const INTAKE_SAVE_DRAFT = 'intake.saveDraft';

/**
 * Every answer is kept on the device at once (the outbox record is the local copy) and sent
 * as the whole draft, with If-Match on the version it was made on (0: no draft yet).
 */
export const saveIntakeDraftKind = defineOutboxKind<IntakeDraftInput, IntakeDraft>({
  kind: INTAKE_SAVE_DRAFT,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, questionnaireId } = laneTarget(record.lane);
    const { data } = await apiRequest({
      method: 'PUT',
      path: `${questionnairePath(clientId, questionnaireId)}/draft`,
      body: record.payload,
      schema: intakeDraftSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record, 'singleton'),
      signal,
    });
    return { version: data.version, data };
  },
  onSent(record, result) {
    const { clientId, questionnaireId } = laneTarget(record.lane);
    queryClient.setQueryData(intakeKeys.draft(clientId, questionnaireId), result.data);
  },
  invalidates: () => [sharedQueryKeys.home],
  onDiscarded(record) {
    const { clientId, questionnaireId } = laneTarget(record.lane);
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
    return (await write({ payload: { ...view.draft, ...change }, baseVersion: view.baseVersion })) !== null;
  };
  return { save, saving, failed: error !== null };
}

import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { intakeDraftSchema, type IntakeDraft, type IntakeDraftInput } from '../schemas.ts';
import { clientIdOfLane, intakeKeys } from './keys.ts';

export const INTAKE_SAVE_DRAFT = 'intake.saveDraft';

/**
 * Every answer is kept on the device at once (the outbox record is the local copy) and sent
 * as the whole draft, with If-Match on the version it was made on (0: no draft yet).
 */
export const saveIntakeDraftKind = defineOutboxKind<IntakeDraftInput, IntakeDraft>({
  kind: INTAKE_SAVE_DRAFT,
  schemaVersion: 1,
  async send(record, { signal }) {
    const clientId = clientIdOfLane(record.lane);
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/intake/draft`,
      body: record.payload,
      schema: intakeDraftSchema,
      idempotencyKey: record.id,
      ifMatch: record.baseVersion === undefined ? undefined : `"${record.baseVersion}"`,
      signal,
    });
    return { version: data.version, data };
  },
  onSent(record, result) {
    queryClient.setQueryData(intakeKeys.draft(clientIdOfLane(record.lane)), result.data);
    void queryClient.invalidateQueries({ queryKey: ['home'] });
  },
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: intakeKeys.draft(clientIdOfLane(record.lane)) });
  },
});

import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { normSchema, type Norm, type NormInput, type WorkFolder } from '../schemas.ts';
import { workFolderKeys } from './keys.ts';

export const WORK_FOLDER_NORM = 'workFolder.norm';

export type PutNormPayload = { clientId: string; input: NormInput };

/** One lane per client's norm: a later change goes after an earlier one. */
export function normLane(clientId: string): string {
  return `norm:${clientId}`;
}

/** The coach sets the client's norm, holidays and exemptions: through the outbox, idempotent. */
export const putNormKind = defineOutboxKind<PutNormPayload, Norm>({
  kind: WORK_FOLDER_NORM,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/norm`,
      body: input,
      schema: normSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { data };
  },
  onSent(record, result) {
    queryClient.setQueryData<WorkFolder>(workFolderKeys.folder(record.payload.clientId), (folder) => (folder ? { ...folder, norm: result.data } : folder));
  },
  invalidates: () => [sharedQueryKeys.home],
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: workFolderKeys.folder(record.payload.clientId) });
  },
});

/** The coach sets the client's norm (`replace` puts a correction in the place of a refused one). */
export function usePutNorm(clientId: string) {
  return useOutboxWrite(putNormKind, normLane(clientId));
}

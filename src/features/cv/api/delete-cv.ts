import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import type { Cv } from '../schemas.ts';
import { cvKeys, cvLane } from './keys.ts';

export const CV_DELETE = 'cv.delete';

export type DeleteCvPayload = { clientId: string; cvId: string };

/** Deleting a CV through the outbox (a resend after it is gone is answered 204 as well). */
export const deleteCvKind = defineOutboxKind<DeleteCvPayload, null>({
  kind: CV_DELETE,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, cvId } = record.payload;
    await apiRequest({
      method: 'DELETE',
      path: `/clients/${encodeURIComponent(clientId)}/cvs/${encodeURIComponent(cvId)}`,
      schema: undefined,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record),
      signal,
    });
    return { data: null };
  },
  onSent(record) {
    queryClient.setQueryData<{ cvs: Cv[] }>(cvKeys.list(record.payload.clientId), (list) => (list ? { cvs: list.cvs.filter((c) => c.id !== record.payload.cvId) } : list));
  },
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: cvKeys.list(record.payload.clientId) });
  },
});

/** Deletes a CV (made on the version shown). */
export function useDeleteCv() {
  return useOutboxWrite(deleteCvKind, (payload) => cvLane(payload.cvId));
}

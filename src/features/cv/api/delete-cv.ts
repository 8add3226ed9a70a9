import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import type { CvList } from './put-cv.ts';
import { cvKeys, cvLane } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const CV_DELETE = 'cv.delete';

export type DeleteCvPayload = { clientId: string; cvId: string };

/** Deleting a CV through the outbox (a resend after it is gone is answered 204 as well). */
export const deleteCvKind = defineRequestKind<DeleteCvPayload, null, CvList>({
  kind: CV_DELETE,
  schemaVersion: 1,
  request: ({ clientId, cvId }) => ({ method: 'DELETE', path: apiPath`/clients/${clientId}/cvs/${cvId}` }),
  ifMatch: 'entity',
  query: ({ clientId }) => cvKeys.list(clientId),
  merge: (list, _data, { cvId }) => (list ? { cvs: list.cvs.filter((c) => c.id !== cvId) } : list),
});

/** Deletes a CV (made on the version shown). */
export function useDeleteCv() {
  return useOutboxWrite(deleteCvKind, (payload) => cvLane(payload.cvId));
}

import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { cvSchema, type Cv, type CvInput } from '../schemas.ts';
import { cvKeys, cvLane } from './keys.ts';

export const CV_PUT = 'cv.put';

export type PutCvPayload = { clientId: string; cvId: string; input: CvInput };

type CvList = { cvs: Cv[] };

/** Puts one CV into the cached list (replacing it, or adding it on top). */
export function mergeCv(list: CvList | undefined, cv: Cv): CvList | undefined {
  if (!list) return list;
  return { cvs: [cv, ...list.cvs.filter((c) => c.id !== cv.id)] };
}

/**
 * Creating or changing a CV: `PUT` on the id made on the device, with an Idempotency-Key, and
 * If-Match on the version it was edited on (left out for a create: version 0).
 */
export const putCvKind = defineOutboxKind<PutCvPayload, Cv>({
  kind: CV_PUT,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, cvId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/cvs/${encodeURIComponent(cvId)}`,
      body: input,
      schema: cvSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record),
      signal,
    });
    return { version: data.version, data };
  },
  onSent(record, result) {
    queryClient.setQueryData<CvList>(cvKeys.list(record.payload.clientId), (list) => mergeCv(list, result.data));
  },
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: cvKeys.list(record.payload.clientId) });
  },
});

/** Creates (version 0) or changes a CV. */
export function usePutCv() {
  return useOutboxWrite(putCvKind, (payload) => cvLane(payload.cvId));
}

import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { cvSchema, type Cv, type CvInput } from '../schemas.ts';
import { cvKeys, cvLane } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const CV_PUT = 'cv.put';

export type PutCvPayload = { clientId: string; cvId: string; input: CvInput };

export type CvList = { cvs: Cv[] };

/** Puts one CV into the cached list (replacing it, or adding it on top). */
export function mergeCv(list: CvList | undefined, cv: Cv): CvList | undefined {
  if (!list) return list;
  return { cvs: [cv, ...list.cvs.filter((c) => c.id !== cv.id)] };
}

/**
 * Creating or changing a CV: `PUT` on the id made on the device, with an Idempotency-Key, and
 * If-Match on the version it was edited on (left out for a create: version 0).
 */
export const putCvKind = defineRequestKind<PutCvPayload, Cv, CvList>({
  kind: CV_PUT,
  schemaVersion: 1,
  request: ({ clientId, cvId, input }) => ({ path: apiPath`/clients/${clientId}/cvs/${cvId}`, body: input, schema: cvSchema }),
  ifMatch: 'entity',
  version: (cv) => cv.version,
  query: ({ clientId }) => cvKeys.list(clientId),
  merge: mergeCv,
});

/** Creates (version 0) or changes a CV. */
export function usePutCv() {
  return useOutboxWrite(putCvKind, (payload) => cvLane(payload.cvId));
}

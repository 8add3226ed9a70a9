import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { cvProfileSchema, type CvProfile, type CvProfileInput } from '../schemas.ts';
import { cvKeys, cvProfileLane } from './keys.ts';

export const CV_PROFILE_PUT = 'cv.profile.put';

export type PutCvProfilePayload = { clientId: string; input: CvProfileInput };

/**
 * Saving the master profile: the whole profile, through the outbox, with an Idempotency-Key and
 * If-Match on the version it was edited on (0 before the first save).
 */
export const putCvProfileKind = defineOutboxKind<PutCvProfilePayload, CvProfile>({
  kind: CV_PROFILE_PUT,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/cv-profile`,
      body: input,
      schema: cvProfileSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record, 'singleton'),
      signal,
    });
    return { version: data.version, data };
  },
  onSent(record, result) {
    queryClient.setQueryData(cvKeys.profile(record.payload.clientId), result.data);
  },
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: cvKeys.profile(record.payload.clientId) });
  },
});

/** Saves the master CV profile (made on the version shown). */
export function usePutCvProfile(clientId: string) {
  return useOutboxWrite(putCvProfileKind, cvProfileLane(clientId));
}

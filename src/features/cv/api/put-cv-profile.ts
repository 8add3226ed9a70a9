import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { cvProfileInputSchema, cvProfileSchema, type CvProfile, type CvProfileInput } from '../schemas.ts';
import { cvKeys, cvProfileLane } from './keys.ts';
import { defineRequestKind, replaceWith } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const CV_PROFILE_PUT = 'cv.profile.put';

export type PutCvProfilePayload = { clientId: string; input: CvProfileInput };

/**
 * Saving the master profile: the whole profile, through the outbox, with an Idempotency-Key and
 * If-Match on the version it was edited on (0 before the first save).
 */
export const putCvProfileKind = defineRequestKind<PutCvProfilePayload, CvProfile>({
  kind: CV_PROFILE_PUT,
  // 2: the master profile without losing a word of JSON Resume (new sections and fields, `kept`);
  // a profile queued before gets the new fields empty (the schema's defaults)
  schemaVersion: 2,
  migrate: (payload) => {
    const old = payload as PutCvProfilePayload;
    return { ...old, input: cvProfileInputSchema.parse(old.input) };
  },
  request: ({ clientId, input }) => ({ path: apiPath`/clients/${clientId}/cv-profile`, body: input, schema: cvProfileSchema }),
  ifMatch: 'singleton',
  version: (profile) => profile.version,
  query: ({ clientId }) => cvKeys.profile(clientId),
  merge: replaceWith,
});

/** Saves the master CV profile (made on the version shown). */
export function usePutCvProfile(clientId: string) {
  return useOutboxWrite(putCvProfileKind, cvProfileLane(clientId));
}

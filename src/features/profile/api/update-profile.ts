import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { profileSchema, type Profile, type ProfileInput } from '../schemas.ts';
import { profileKeys } from './get-profile.ts';

export const PROFILE_UPDATE = 'profile.update';

export function profileLane(clientId: string): string {
  return `profile:${clientId}`;
}

export type UpdateProfilePayload = { clientId: string; input: ProfileInput };

/**
 * Saving the profile goes through the outbox: stored on the device first, sent with an
 * Idempotency-Key and If-Match on the version it was edited on.
 */
export const updateProfileKind = defineOutboxKind<UpdateProfilePayload, Profile>({
  kind: PROFILE_UPDATE,
  // 2: the client id in the payload (version 1 was the input alone, the client id in the lane)
  schemaVersion: 2,
  migrate: (payload, _fromVersion, record) => ({ clientId: record.lane.slice('profile:'.length), input: payload as ProfileInput }),
  async send(record, { signal }) {
    const { clientId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/profile`,
      body: input,
      schema: profileSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record, 'singleton'),
      signal,
    });
    return { version: data.version, data };
  },
  onSent(record, result) {
    queryClient.setQueryData(profileKeys.detail(record.payload.clientId), result.data);
  },
  invalidates: () => [sharedQueryKeys.home],
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: profileKeys.detail(record.payload.clientId) });
  },
});

/** Saves the client's profile (`replace` puts a correction in the place of a refused change). */
export function useUpdateProfile(clientId: string) {
  return useOutboxWrite(updateProfileKind, profileLane(clientId));
}

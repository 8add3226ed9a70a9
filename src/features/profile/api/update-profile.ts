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

function clientIdOf(lane: string): string {
  return lane.slice('profile:'.length);
}

/**
 * Saving the profile goes through the outbox: stored on the device first, sent with an
 * Idempotency-Key and If-Match on the version it was edited on.
 */
export const updateProfileKind = defineOutboxKind<ProfileInput, Profile>({
  kind: PROFILE_UPDATE,
  schemaVersion: 1,
  async send(record, { signal }) {
    const clientId = clientIdOf(record.lane);
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/profile`,
      body: record.payload,
      schema: profileSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record, 'singleton'),
      signal,
    });
    return { version: data.version, data };
  },
  onSent(record, result) {
    queryClient.setQueryData(profileKeys.detail(clientIdOf(record.lane)), result.data);
  },
  invalidates: () => [sharedQueryKeys.home],
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: profileKeys.detail(clientIdOf(record.lane)) });
  },
});

/** Saves the client's profile (`replace` puts a correction in the place of a refused change). */
export function useUpdateProfile(clientId: string) {
  return useOutboxWrite(updateProfileKind, profileLane(clientId));
}

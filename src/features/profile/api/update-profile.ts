import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { profileSchema, type Profile, type ProfileInput } from '../schemas.ts';
import { profileKeys } from './get-profile.ts';
import { defineRequestKind, replaceWith } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const PROFILE_UPDATE = 'profile.update';

export function profileLane(clientId: string): string {
  return `profile:${clientId}`;
}

export type UpdateProfilePayload = { clientId: string; input: ProfileInput };

/**
 * Saving the profile goes through the outbox: stored on the device first, sent with an
 * Idempotency-Key and If-Match on the version it was edited on.
 */
export const updateProfileKind = defineRequestKind<UpdateProfilePayload, Profile>({
  kind: PROFILE_UPDATE,
  // 2: the client id in the payload (version 1 was the input alone, the client id in the lane)
  schemaVersion: 2,
  migrate: (payload, _fromVersion, record) => ({ clientId: record.lane.slice('profile:'.length), input: payload as ProfileInput }),
  request: ({ clientId, input }) => ({ path: apiPath`/clients/${clientId}/profile`, body: input, schema: profileSchema }),
  ifMatch: 'singleton',
  version: (profile) => profile.version,
  query: ({ clientId }) => profileKeys.detail(clientId),
  merge: replaceWith,
  invalidates: () => [sharedQueryKeys.home],
});

/** Saves the client's profile (`replace` puts a correction in the place of a refused change). */
export function useUpdateProfile(clientId: string) {
  return useOutboxWrite(updateProfileKind, profileLane(clientId));
}

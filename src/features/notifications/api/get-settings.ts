import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { notificationSettingsSchema, pushPublicKeySchema } from '../schemas.ts';
import { notificationKeys } from './keys.ts';
import { usePutNotificationSettings } from './put-settings.ts';

export async function getNotificationSettings() {
  const { data } = await apiRequest({ path: '/me/notification-settings', schema: notificationSettingsSchema });
  return data;
}

export function notificationSettingsQueryOptions() {
  return queryOptions({ queryKey: notificationKeys.settings(), queryFn: getNotificationSettings, meta: { persist: true } });
}

/**
 * The settings as this person last chose them: the server's, with the newest change still waiting
 * in the outbox laid over them (offline, also after a reload). `pending`: those unsent changes.
 * A write builds on `data`, so it never undoes a change that has not been sent yet.
 */
export function useNotificationSettings(enabled = true) {
  const query = useQuery({ ...notificationSettingsQueryOptions(), enabled });
  const { pending } = usePutNotificationSettings();
  const server = query.data;
  const last = pending.at(-1);
  const data = useMemo(() => (server && last ? { ...server, ...last.payload.input } : server), [server, last]);
  return { ...query, data, pending } as typeof query & { pending: typeof pending };
}

/** The server's VAPID public key (fetched when the person turns push on). */
export async function getPushPublicKey(): Promise<string> {
  const { data } = await apiRequest({ path: '/push/public-key', schema: pushPublicKeySchema });
  return data.publicKey;
}

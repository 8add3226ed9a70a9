import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { notificationSettingsSchema, pushPublicKeySchema } from '../schemas.ts';
import { notificationKeys } from './keys.ts';

export async function getNotificationSettings() {
  const { data } = await apiRequest({ path: '/me/notification-settings', schema: notificationSettingsSchema });
  return data;
}

export function notificationSettingsQueryOptions() {
  return queryOptions({ queryKey: notificationKeys.settings(), queryFn: getNotificationSettings, meta: { persist: true } });
}

export function useNotificationSettings(enabled = true) {
  return useQuery({ ...notificationSettingsQueryOptions(), enabled });
}

/** The server's VAPID public key (fetched when the person turns push on). */
export async function getPushPublicKey(): Promise<string> {
  const { data } = await apiRequest({ path: '/push/public-key', schema: pushPublicKeySchema });
  return data.publicKey;
}

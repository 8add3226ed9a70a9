import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { defineRequestKind, replaceWith } from '#src/shared/offline/request-kind.ts';
import { notificationSettingsSchema, type NotificationSettings, type NotificationSettingsInput } from '../schemas.ts';
import { NOTIFICATION_SETTINGS_LANE, notificationKeys } from './keys.ts';

export const NOTIFICATION_SETTINGS_PUT = 'notification.settings.put';

export type PutSettingsPayload = { input: NotificationSettingsInput };

/** The whole settings, on the version shown (`"0"` before the first save: two devices' first saves conflict). */
export const putSettingsKind = defineRequestKind<PutSettingsPayload, NotificationSettings>({
  kind: NOTIFICATION_SETTINGS_PUT,
  schemaVersion: 1,
  request: ({ input }) => ({ path: '/me/notification-settings', body: input, schema: notificationSettingsSchema }),
  ifMatch: 'singleton',
  version: (settings) => settings.version,
  query: () => notificationKeys.settings(),
  merge: replaceWith,
});

/** The input of a settings write: what is shown, with a change. */
export function settingsInput(settings: NotificationSettings, change: Partial<NotificationSettingsInput> = {}): NotificationSettingsInput {
  const { kinds, quietHours, language, pushPrompt } = settings;
  return { kinds, quietHours, language, pushPrompt, ...change };
}

export function usePutNotificationSettings() {
  return useOutboxWrite(putSettingsKind, NOTIFICATION_SETTINGS_LANE);
}

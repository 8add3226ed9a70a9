export const notificationKeys = {
  all: ['notifications'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
  settings: () => [...notificationKeys.all, 'settings'] as const,
  publicKey: () => [...notificationKeys.all, 'public-key'] as const,
};

/** Reading notifications: one lane for the person (marking one and all read, in order). */
export const NOTIFICATIONS_LANE = 'notifications';
/** The settings, and this device's push subscription (subscribe, then the settings that say so). */
export const NOTIFICATION_SETTINGS_LANE = 'notification-settings';

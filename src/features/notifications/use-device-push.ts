import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '#src/shared/auth/use-session.ts';
import { newId } from '#src/shared/lib/ids.ts';
import { askPermission, currentSubscription, deviceIsSubscribed, pushPermission, PUSH_DEVICE_KEY, subscribeDevice, unsubscribeDevice, type PushPermission } from '#src/shared/push/device.ts';
import { getPushPublicKey } from './api/get-settings.ts';
import { usePutPushSubscription } from './api/put-push-subscription.ts';
import { useDeletePushSubscription } from './api/delete-push-subscription.ts';
import { settingsInput, usePutNotificationSettings } from './api/put-settings.ts';
import { languageSchema, type NotificationSettings } from './schemas.ts';

/**
 * Push on this device: the browser's permission, whether this device is subscribed, and turning
 * it on (permission, the server's key, the subscription through the outbox, the settings with
 * the person's language) or off. A public computer never subscribes.
 */
export function useDevicePush() {
  const { t, i18n } = useTranslation('notifications');
  const { session } = useSession();
  const publicComputer = session?.publicComputer ?? true;
  const [permission, setPermission] = useState<PushPermission>(pushPermission);
  const [subscribed, setSubscribed] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const putSubscription = usePutPushSubscription();
  const deleteSubscription = useDeletePushSubscription();
  const putSettings = usePutNotificationSettings();

  useEffect(() => {
    let live = true;
    void deviceIsSubscribed().then((value) => live && setSubscribed(value && localStorage.getItem(PUSH_DEVICE_KEY) !== null));
    return () => {
      live = false;
    };
  }, []);

  const saveSettings = useCallback(
    async (settings: NotificationSettings | undefined, change: Parameters<typeof settingsInput>[1]) => {
      if (settings) await putSettings.write({ payload: { input: settingsInput(settings, change) }, baseVersion: settings.version });
    },
    [putSettings],
  );

  /** "Zet meldingen aan": resolves with whether this device now gets pushes. */
  const turnOn = async (settings: NotificationSettings | undefined): Promise<boolean> => {
    if (publicComputer) return false;
    setBusy(true);
    setFailed(null);
    try {
      const answer = await askPermission();
      setPermission(answer);
      if (answer !== 'granted') {
        await saveSettings(settings, { pushPrompt: 'declined' });
        return false;
      }
      const subscription = await subscribeDevice(await getPushPublicKey());
      const subscriptionId = localStorage.getItem(PUSH_DEVICE_KEY) ?? newId();
      localStorage.setItem(PUSH_DEVICE_KEY, subscriptionId);
      if (!(await putSubscription.write({ payload: { subscriptionId, subscription } }))) return false;
      const language = languageSchema.safeParse(i18n.language);
      await saveSettings(settings, { pushPrompt: 'accepted', ...(language.success ? { language: language.data } : {}) });
      setSubscribed(true);
      return true;
    } catch {
      setFailed(t('settings.device.failed'));
      return false;
    } finally {
      setBusy(false);
    }
  };

  /** "Zet meldingen op dit apparaat uit": the browser forgets the subscription, the server is told through the outbox. */
  const turnOff = async (): Promise<void> => {
    setBusy(true);
    try {
      await unsubscribeDevice();
      const subscriptionId = localStorage.getItem(PUSH_DEVICE_KEY);
      if (subscriptionId) await deleteSubscription.write({ payload: { subscriptionId } });
      localStorage.removeItem(PUSH_DEVICE_KEY);
      setSubscribed(false);
    } finally {
      setBusy(false);
    }
  };

  /**
   * Stores this device's subscription again under the current session (after signing in again on
   * this device): the server removes a subscription when the session that stored it signs out.
   */
  const refresh = async (): Promise<void> => {
    const subscriptionId = localStorage.getItem(PUSH_DEVICE_KEY);
    const subscription = subscriptionId ? await currentSubscription() : null;
    if (subscriptionId && subscription) await putSubscription.write({ payload: { subscriptionId, subscription } });
  };

  /** Not here: a public computer, or a browser without Web Push. */
  const available = !publicComputer && permission !== 'unsupported';
  return { available, publicComputer, permission, subscribed, busy, error: failed ?? putSubscription.error ?? putSettings.error, turnOn, turnOff, refresh, saveSettings };
}

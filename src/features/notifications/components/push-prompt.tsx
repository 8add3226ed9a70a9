import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { clearPushMoment, usePushMoment } from '#src/shared/push/moment.ts';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useNotificationSettings } from '../api/get-settings.ts';
import { languageSchema } from '../schemas.ts';
import { useDevicePush } from '../use-device-push.ts';

/** The session whose subscription was stored again (once per session, not per render or screen). */
let refreshedFor: string | null = null;

/**
 * Asked at the right moment (issue 17): after the person sent their first message, or when an
 * appointment arrived (a screen calls `pushMoment`), one sentence why, then "Zet meldingen aan" /
 * "Nu niet". Never on load, never on a public computer, never again after "Nu niet" (the server
 * keeps that answer, on every device) — only from the settings.
 * Also keeps the language of pushes the app's language while this device gets them.
 */
export function PushPrompt() {
  const { t, i18n } = useTranslation('notifications');
  const headingId = useId();
  const moment = usePushMoment();
  const push = useDevicePush();
  const [asked, setAsked] = useState(false);
  const { session } = useSession();
  const settings = useNotificationSettings(push.available && (moment !== null || push.subscribed === true));

  // pushes speak the language the person chose last
  const { saveSettings } = push;
  const language = languageSchema.safeParse(i18n.language);
  const current = settings.data;
  const pending = language.success && push.subscribed === true && current !== undefined && current.language !== language.data;
  useEffect(() => {
    if (pending && language.success) void saveSettings(current, { language: language.data });
    // once per change of language (the write updates the settings query)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending]);

  // once per session on a device that gets pushes: the subscription belongs to this session now
  const token = session?.token ?? null;
  const { refresh } = push;
  useEffect(() => {
    if (push.subscribed !== true || token === null || refreshedFor === token) return;
    refreshedFor = token;
    void refresh().catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [push.subscribed, token]);

  if (!moment || asked || !push.available || push.permission === 'denied' || push.subscribed !== false || !current || current.pushPrompt !== 'notAsked') return null;

  const done = () => {
    setAsked(true);
    clearPushMoment();
  };
  return (
    <section className="push-prompt notice notice--info" aria-labelledby={headingId}>
      <h2 id={headingId} className="push-prompt__title">
        {t('prompt.title')}
      </h2>
      <p>{t(`prompt.${moment}`)}</p>
      <div className="button-row">
        <Button busy={push.busy} onClick={() => void push.turnOn(current).then(done)}>
          {t('prompt.turnOn')}
        </Button>
        <Button variant="secondary" onClick={() => void push.saveSettings(current, { pushPrompt: 'declined' }).then(done)}>
          {t('prompt.notNow')}
        </Button>
      </div>
    </section>
  );
}

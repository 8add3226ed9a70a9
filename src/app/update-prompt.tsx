import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '#src/shared/ui/button.tsx';
import { hasDirtyForms } from '#src/shared/lib/dirty-forms.ts';

const UPDATE_CHECK_MS = 30 * 60 * 1000;

/**
 * "Nieuwe versie beschikbaar — Vernieuwen". The new version is only activated when the
 * person chooses it, never in the middle of a form.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [registration, setRegistration] = useState<ServiceWorkerRegistration | undefined>();
  const [warnDirty, setWarnDirty] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, reg) {
      setRegistration(reg);
    },
  });

  useEffect(() => {
    if (!registration) return;
    const check = () => {
      if (document.visibilityState === 'visible' && navigator.onLine) void registration.update().catch(() => undefined);
    };
    const timer = window.setInterval(check, UPDATE_CHECK_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [registration]);

  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="status">
      <p className="update-prompt__text">
        <strong>{t('update.available')}</strong>
        {warnDirty ? <> {t('update.saveFirst')}</> : null}
      </p>
      <div className="update-prompt__actions">
        <Button
          onClick={() => {
            if (hasDirtyForms() && !warnDirty) {
              setWarnDirty(true);
              return;
            }
            void updateServiceWorker(true);
          }}
        >
          {warnDirty ? t('update.reloadAnyway') : t('update.reload')}
        </Button>
        <Button variant="subtle" onClick={() => setNeedRefresh(false)}>
          {t('update.later')}
        </Button>
      </div>
    </div>
  );
}

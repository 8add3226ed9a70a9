import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { refreshActing, stopActing } from '#src/shared/auth/acting.ts';
import { useActingFor } from '#src/shared/auth/use-acting-for.ts';
import { Button } from '#src/shared/ui/button.tsx';

/**
 * "Je handelt namens <naam>" on every page while a helper acts for a client, with
 * one action to stop. On every route change it asks the server whether the
 * authorisation still holds: a withdrawn one ends the acting context at once.
 */
export function ActingBanner() {
  const { t } = useTranslation();
  const actingFor = useActingFor();
  const navigate = useNavigate();
  const location = useLocation();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void refreshActing();
  }, [location.pathname]);

  if (!actingFor) return null;
  const stop = async () => {
    setBusy(true);
    await stopActing();
    setBusy(false);
    await navigate('/helper');
  };
  return (
    <section className="acting-banner" aria-labelledby="acting-banner-title" data-testid="acting-banner">
      <div className="acting-banner__text">
        <p id="acting-banner-title" className="acting-banner__title">
          {t('acting.banner', { name: actingFor.name })}
        </p>
        {actingFor.scope === 'read' ? <p>{t('acting.readOnly', { name: actingFor.name })}</p> : null}
      </div>
      <Button variant="secondary" onClick={() => void stop()} disabled={busy} aria-label={t('acting.stopLabel', { name: actingFor.name })}>
        {t('acting.stop')}
      </Button>
    </section>
  );
}

import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { rememberReturnTo } from '#src/shared/auth/return-to.ts';
import { sessionStore } from '#src/shared/auth/session-store.ts';

/** Shown in place of the page after a 401: sign in again, come back here, nothing queued is lost. */
export function SessionExpired() {
  const { t } = useTranslation('account');
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Page title={t('expired.title')}>
      <p>{t('expired.body')}</p>
      <p>{t('expired.keptWork')}</p>
      <Button
        onClick={() => {
          rememberReturnTo(location.pathname + location.search);
          sessionStore.clear();
          navigate('/inloggen');
        }}
      >
        {t('expired.signInAgain')}
      </Button>
    </Page>
  );
}

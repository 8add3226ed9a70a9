import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';

type Reason = 'timeout' | 'timeout-kept' | undefined;

/** After signing out, or after the inactivity timeout: what happened and how to go on. */
export function Component() {
  const { t } = useTranslation('account');
  const reason = (useLocation().state as { reason?: Reason } | null)?.reason;
  if (reason === 'timeout' || reason === 'timeout-kept') {
    return (
      <Page title={t('timedOut.title')}>
        <p>{t('timedOut.body')}</p>
        <p>{reason === 'timeout' ? t('timedOut.wiped') : t('timedOut.kept')}</p>
        <p>
          <Link to="/inloggen">{t('signedOut.signInAgain')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('signedOut.title')}>
      <p>{t('signedOut.body')}</p>
      <p>
        <Link to="/inloggen">{t('signedOut.signInAgain')}</Link>
      </p>
    </Page>
  );
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';

export function Component() {
  const { t } = useTranslation('account');
  return (
    <Page title={t('signedOut.title')}>
      <p>{t('signedOut.body')}</p>
      <p>
        <Link to="/inloggen">{t('signedOut.signInAgain')}</Link>
      </p>
    </Page>
  );
}

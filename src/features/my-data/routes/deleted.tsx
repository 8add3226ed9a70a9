import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '#src/shared/ui/notice.tsx';
import { Page } from '#src/shared/ui/page.tsx';

/** After asking to delete: what happens now (shown signed out: every session has ended). */
export function Component() {
  const { t } = useTranslation('myData');
  return (
    <Page title={t('deleted.title')}>
      <Notice kind="success" title={t('deleted.received')}>
        <p>{t('deleted.drafts')}</p>
        <p>{t('deleted.rest')}</p>
      </Notice>
      <p>
        <Link to="/inloggen">{t('deleted.signIn')}</Link>
      </p>
    </Page>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '#src/shared/auth/use-session.ts';
import { Page } from '#src/shared/ui/page.tsx';
import { ChangeHistory } from '../components/change-history.tsx';

/** The client's (or the helper's acting for them) view of "Wie heeft wat gewijzigd". */
export function Component() {
  const { t } = useTranslation('myData');
  const { user } = useSession();
  return (
    <Page title={t('changes.title')} lead={t('changes.lead')}>
      <ChangeHistory clientId={user?.clientId ?? ''} viewer={user?.role === 'client' ? 'client' : 'staff'} />
      <p>
        <Link to="/mijn-gegevens">{t('backToMyData')}</Link>
      </p>
    </Page>
  );
}

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '#src/shared/ui/page.tsx';
import { ChangeHistory } from '../components/change-history.tsx';

/** The e-coach sees who changed what in one client's data. */
export function Component() {
  const { t } = useTranslation('myData');
  const { clientId = '' } = useParams();
  return (
    <Page title={t('changes.coachTitle')} lead={t('changes.coachLead')}>
      <ChangeHistory clientId={clientId} viewer="staff" />
      <p>
        <Link to="/coach">{t('backToCaseload')}</Link>
      </p>
    </Page>
  );
}

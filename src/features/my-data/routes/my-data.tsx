import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '#src/shared/auth/use-session.ts';
import { Page } from '#src/shared/ui/page.tsx';

/** "Mijn gegevens" (AVG): what the app holds about me, who changed or viewed it, and my machtigingen. */
export function Component() {
  const { t } = useTranslation('myData');
  const { user } = useSession();
  const isClient = user?.role === 'client';
  return (
    <Page title={t('title')} lead={t('lead')}>
      <ul className="card-list">
        <li className="card-list__item">
          <Link to="/mijn-gegevens/wijzigingen">{t('changes.title')}</Link>
          <p>{t('changes.lead')}</p>
        </li>
        {isClient ? (
          <li className="card-list__item">
            <Link to="/mijn-gegevens/machtigingen">{t('authorisations.title')}</Link>
            <p>{t('authorisations.lead')}</p>
          </li>
        ) : null}
      </ul>
    </Page>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { helperClientsQueryOptions } from '../api/client-overview.ts';

/** A STIP helper sees the clients who authorised them, and until when. */
export function Component() {
  const { t, i18n } = useTranslation('home');
  const query = useQuery(helperClientsQueryOptions());
  return (
    <Page title={t('helper.title')} lead={t('helper.lead')}>
      <QueryState query={query}>
        {(clients) =>
          clients.length === 0 ? (
            <p>{t('helper.none')}</p>
          ) : (
            <ul className="card-list">
              {clients.map((client) => (
                <li key={client.clientId} className="card-list__item">
                  <p className="card-list__title" dir="auto">
                    {client.name}
                  </p>
                  <p>
                    {t('helper.until', {
                      date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(client.endsAt)),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}

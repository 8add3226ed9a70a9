import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { startActing } from '#src/shared/auth/acting.ts';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { helperClientsQueryOptions } from '../api/client-overview.ts';

/** A STIP helper sees the clients who authorised them, and until when, and chooses one to act for. */
export function Component() {
  const { t, i18n } = useTranslation(['home', 'common']);
  const query = useQuery(helperClientsQueryOptions());
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  const act = async (clientId: string) => {
    setBusy(clientId);
    setFailed(false);
    try {
      await startActing(clientId);
      await navigate('/start');
    } catch {
      setFailed(true);
      void query.refetch();
    } finally {
      setBusy(null);
    }
  };

  return (
    <Page title={t('helper.title')} lead={t('helper.lead')}>
      {failed ? (
        <Notice kind="error" live="assertive">
          {t('common:acting.failed')}
        </Notice>
      ) : null}
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
                  <p>{t(`common:acting.scope.${client.scope}`)}</p>
                  <p>
                    {t('helper.until', {
                      date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(client.endsAt)),
                    })}
                  </p>
                  <Button onClick={() => void act(client.clientId)} disabled={busy !== null}>
                    {t('common:acting.actFor', { name: client.name })}
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}

import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmAction } from '#src/shared/ui/confirm.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { authorisationsQueryOptions } from '../api/get-authorisations.ts';
import { myDataKeys } from '../api/keys.ts';
import { withdrawAuthorisation } from '../api/withdraw-authorisation.ts';
import type { MyAuthorisation } from '../schemas.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';

/** The client's machtigingen: who may help, with what, until when; withdrawing one takes effect at once. */
export function Component() {
  const { t } = useTranslation(['myData', 'common']);
  const queryClient = useQueryClient();
  const query = useQuery(authorisationsQueryOptions());
  const [result, setResult] = useState<{ kind: 'done' | 'failed'; name: string } | null>(null);
  const date = useFormatDate();

  const withdraw = async (authorisation: MyAuthorisation) => {
    try {
      await withdrawAuthorisation(authorisation.id);
      setResult({ kind: 'done', name: authorisation.helperName });
      await queryClient.invalidateQueries({ queryKey: myDataKeys.authorisations() });
    } catch {
      setResult({ kind: 'failed', name: authorisation.helperName });
    }
  };

  return (
    <Page title={t('authorisations.title')} lead={t('authorisations.lead')}>
      {result ? (
        <Notice kind={result.kind === 'done' ? 'success' : 'error'} live="polite">
          {result.kind === 'done' ? t('authorisations.withdrawn', { name: result.name }) : t('authorisations.failed')}
        </Notice>
      ) : null}
      <QueryState query={query}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('authorisations.none')}</p>
          ) : (
            <ul className="card-list">
              {list.map((a) => (
                <li key={a.id} className="card-list__item" data-testid="authorisation">
                  <p className="card-list__title" dir="auto">
                    {a.helperName}
                  </p>
                  <p>{t(`common:acting.scope.${a.scope}`)}</p>
                  <p>{t(`authorisations.status.${a.status}`, { date: date(a.status === 'withdrawn' && a.withdrawnAt ? a.withdrawnAt : a.endsAt) })}</p>
                  {a.status === 'active' || a.status === 'notStarted' ? (
                    <ConfirmAction
                      start={t('authorisations.withdraw')}
                      startLabel={t('authorisations.withdrawFor', { name: a.helperName })}
                      question={t('authorisations.confirmTitle', { name: a.helperName })}
                      confirm={t('authorisations.confirm')}
                      danger={false}
                      onConfirm={() => withdraw(a)}
                    >
                      <p>{t('authorisations.confirmText', { name: a.helperName })}</p>
                    </ConfirmAction>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <p>
        <Link to="/mijn-gegevens">{t('backToMyData')}</Link>
      </p>
    </Page>
  );
}

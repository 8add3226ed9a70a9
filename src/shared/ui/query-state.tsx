import { createContext, useContext, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '#src/shared/api/errors.ts';
import { Loading } from './loading.tsx';
import { Notice } from './notice.tsx';
import { Button } from './button.tsx';
import { Freshness, showsFreshness } from './freshness.tsx';
import { useOnline } from '#src/shared/lib/use-online.ts';

/** True inside a QueryState that already says how old its data is: a nested one does not say it again. */
const FreshnessAbove = createContext(false);

/**
 * One way to show a query: a placeholder while loading, the last known data with its age
 * when it could not be refreshed, and a plain message with "Opnieuw proberen" when there is none.
 */
export function QueryState<T>({ query, children, lines }: { query: UseQueryResult<T>; children: (data: T) => ReactNode; lines?: number }) {
  const { t } = useTranslation();
  const online = useOnline();
  const shownAbove = useContext(FreshnessAbove);
  if (query.data !== undefined) {
    // from the first failed try on, not only once the retries gave up (lie-fi: seconds later)
    const isError = query.isError || query.failureCount > 0;
    // one notice per screen: offline, a page built from two queries (a question and its questionnaire) said it twice
    const shows = !shownAbove && showsFreshness(query.dataUpdatedAt, isError, online);
    return (
      <>
        {shows ? <Freshness updatedAt={query.dataUpdatedAt} online={online} /> : null}
        <FreshnessAbove.Provider value={shownAbove || shows}>{children(query.data)}</FreshnessAbove.Provider>
      </>
    );
  }
  if (query.isError) {
    const error = query.error;
    if (isApiError(error) && (error.kind === 'forbidden' || error.kind === 'not-found')) throw error;
    const key = isApiError(error) ? error.messageKey : 'errors.server';
    return (
      <Notice kind="error" title={t('errors.loadFailed')}>
        <p>{t(key as 'errors.server')}</p>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          {t('actions.tryAgain')}
        </Button>
      </Notice>
    );
  }
  if (query.isPending && query.fetchStatus === 'paused') {
    return <Notice kind="info" title={t('errors.offlineNoData')} />;
  }
  return <Loading lines={lines} />;
}

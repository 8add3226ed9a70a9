import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '#src/shared/api/errors.ts';
import { Loading } from './loading.tsx';
import { Notice } from './notice.tsx';
import { Button } from './button.tsx';
import { Freshness } from './freshness.tsx';

/**
 * One way to show a query: a placeholder while loading, the last known data with its age
 * when it could not be refreshed, and a plain message with "Opnieuw proberen" when there is none.
 */
export function QueryState<T>({ query, children, lines }: { query: UseQueryResult<T>; children: (data: T) => ReactNode; lines?: number }) {
  const { t } = useTranslation();
  if (query.data !== undefined) {
    return (
      <>
        {/* from the first failed try on, not only once the retries gave up (lie-fi: seconds later) */}
        <Freshness updatedAt={query.dataUpdatedAt} isError={query.isError || query.failureCount > 0} />
        {children(query.data)}
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

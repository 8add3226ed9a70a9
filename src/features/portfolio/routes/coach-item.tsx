import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Loading } from '#src/shared/ui/loading.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { apiBlob } from '#src/shared/api/client.ts';
import { isApiError } from '#src/shared/api/errors.ts';
import { filePath } from '#src/shared/files/upload.ts';
import { useCoachItem } from '../api/queries.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { ItemBody, ItemMeta } from '../components/item-card.tsx';
import { AttachmentList } from '../components/attachments.tsx';
import { Comments } from '../components/comments.tsx';

/** One shared item for the coach, with its attachments and the thread; says so when it is no longer shared. */
export function Component() {
  const { t } = useTranslation(['portfolio', 'common']);
  const { clientId = '', itemId = '' } = useParams();
  const query = useCoachItem(clientId, itemId);
  const formatDate = useFormatDate();
  const back = (
    <p>
      <Link to={`/coach/clienten/${encodeURIComponent(clientId)}/portfolio`} className="back-link">
        {t('coach.backToList')}
      </Link>
    </p>
  );
  if (query.isError && isApiError(query.error) && (query.error.kind === 'not-found' || query.error.kind === 'forbidden')) {
    return (
      <Page title={t('coach.notSharedTitle')}>
        {back}
        <p>{t('coach.notShared')}</p>
      </Page>
    );
  }
  if (!query.data) {
    return (
      <Page title={t('detail.title')}>
        {back}
        {query.isError ? (
          <Notice kind="error" title={t('common:errors.loadFailed')}>
            <p>{t('common:errors.server')}</p>
          </Notice>
        ) : (
          <Loading />
        )}
      </Page>
    );
  }
  const item = query.data;
  return (
    <Page title={item.title}>
      {back}
      <Notice kind="info">
        <p>{t('coach.sharedUntil', { date: formatDate(item.sharedUntil) })}</p>
      </Notice>
      <ItemMeta item={item} />
      <ItemBody item={item} />
      {item.attachments.length > 0 ? (
        <section>
          <h2>{t('attachments.title')}</h2>
          <AttachmentList attachments={item.attachments} load={(a) => apiBlob(filePath(clientId, a.id))} />
        </section>
      ) : null}
      <Comments clientId={clientId} itemId={item.id} comments={item.comments} canWrite />
    </Page>
  );
}

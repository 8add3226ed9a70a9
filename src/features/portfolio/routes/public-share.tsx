import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Loading } from '#src/shared/ui/loading.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { apiBaseUrl, apiRequest } from '#src/shared/api/client.ts';
import { isApiError } from '#src/shared/api/errors.ts';
import { publicShareSchema } from '../schemas.ts';
import { groupByKind } from '../rules.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { ItemBody, ItemMeta } from '../components/item-card.tsx';
import { AttachmentList } from '../components/attachments.tsx';

async function linkFile(token: string, fileId: string): Promise<Blob> {
  const response = await fetch(`${apiBaseUrl()}/portfolio-links/files/${encodeURIComponent(fileId)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
    referrerPolicy: 'no-referrer',
  });
  if (!response.ok) throw new Error(String(response.status));
  return response.blob();
}

/**
 * Public, read-only: exactly the items someone shared by link, until the end date. The token
 * is sent in a request body (never in an API URL); the page sends no referrer.
 */
export function Component() {
  const { t } = useTranslation('portfolio');
  const { token = '' } = useParams();
  const formatDate = useFormatDate();
  const query = useQuery({
    queryKey: ['portfolio', 'link', token],
    queryFn: async () => (await apiRequest({ method: 'POST', path: '/portfolio-links/view', body: { token }, schema: publicShareSchema, anonymous: true })).data,
    retry: false,
    gcTime: 0,
  });
  const meta = (
    <>
      <meta name="referrer" content="no-referrer" />
      <meta name="robots" content="noindex, nofollow" />
    </>
  );

  if (query.isPending) return <>{meta}<Loading /></>;
  if (query.isError || !query.data) {
    const gone = isApiError(query.error) && (query.error.kind === 'not-found' || query.error.kind === 'validation');
    return (
      <Page title={t('public.goneTitle')}>
        {meta}
        <p>{gone ? t('public.gone') : t('public.failed')}</p>
      </Page>
    );
  }
  const share = query.data;
  return (
    <Page title={share.name ?? t('public.title')}>
      {meta}
      <Notice kind="info">
        <p>{t('public.notice', { date: formatDate(share.endsOn) })}</p>
      </Notice>
      {groupByKind(share.items).map((group) => (
        <section key={group.kind}>
          <h2>{t(`kinds.${group.kind}.plural`)}</h2>
          {group.items.map((item) => (
            <article key={item.id} className="item-card">
              <h3 className="item-card__title" dir="auto">
                {item.title}
              </h3>
              <ItemMeta item={item} />
              <ItemBody item={item} />
              {item.attachments.length > 0 ? <AttachmentList attachments={item.attachments} load={(a) => linkFile(token, a.id)} /> : null}
            </article>
          ))}
        </section>
      ))}
    </Page>
  );
}

import { useId } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useAccessLog } from '../api/queries.ts';
import { usePortfolioView } from '../use-portfolio-view.ts';
import { ItemBody, ItemMeta } from '../components/item-card.tsx';
import { Attachments } from '../components/attachments.tsx';
import { Comments } from '../components/comments.tsx';
import { AccessLogList, ShareForm, ShareList } from '../components/sharing.tsx';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { ConfirmAction } from '#src/shared/ui/confirm.tsx';
import { useDeleteItem } from '../api/delete-item.ts';
import { isShareActive } from '../rules.ts';
import type { ItemView } from '../use-portfolio-view.ts';

/** One item: its content, attachments, who it is shared with (share, revoke), the thread and who looked. */
export function Component() {
  const { t } = useTranslation('portfolio');
  const { itemId = '' } = useParams();
  const location = useLocation();
  const id = useId();
  const { query, items, shares, today, clientId } = usePortfolioView();
  const accessLog = useAccessLog();
  const item = items.find((i) => i.id === itemId);
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const itemShares = shares.filter((s) => s.itemIds.includes(itemId));

  return (
    <Page title={item ? item.title : t('detail.title')} back={{ to: '/portfolio', label: t('actions.backToList') }}>
      <QueryState query={query}>
        {() =>
          !item ? (
            <p>{t('detail.notFound')}</p>
          ) : (
            <>
              {saved && item.sync !== 'sent' ? (
                <Notice kind="success" live="polite" title={t('form.saved')}>
                  <p>{t('form.savedWaiting')}</p>
                </Notice>
              ) : null}
              <p className="sent-mark" data-testid="item-sync-state">
                <SyncTag sync={item.sync} />
              </p>
              <ItemMeta item={item} />
              <ItemBody item={item} />
              <p>
                <Link to={`/portfolio/${encodeURIComponent(item.id)}/wijzigen`}>{t('actions.edit')}</Link>
              </p>
              <Attachments item={item} />
              <section aria-labelledby={`${id}-share`}>
                <h2 id={`${id}-share`}>{t('share.title')}</h2>
                <p>{t('share.private')}</p>
                <ShareList shares={itemShares} today={today} />
                {item.version > 0 ? (
                  <details className="details">
                    <summary className="details__summary">{t('share.add')}</summary>
                    <div className="details__text">
                      <ShareForm itemIds={[item.id]} today={today} />
                    </div>
                  </details>
                ) : (
                  // a share may reach the server only after the item itself
                  <p className="field__hint">{t('share.afterSent')}</p>
                )}
              </section>
              <Comments clientId={clientId} itemId={item.id} comments={item.comments} canWrite />
              <section aria-labelledby={`${id}-log`}>
                <h2 id={`${id}-log`}>{t('accessLog.title')}</h2>
                {accessLog.data ? <AccessLogList entries={accessLog.data.entries.filter((e) => e.itemId === item.id)} /> : null}
              </section>
              <DeleteItem item={item} shared={itemShares.some((s) => isShareActive(s, today))} />
            </>
          )
        }
      </QueryState>
    </Page>
  );
}

/** Deleting the item, after saying what goes with it. Through the outbox: offline too. */
function DeleteItem({ item, shared }: { item: ItemView; shared: boolean }) {
  const { t } = useTranslation('portfolio');
  const navigate = useNavigate();
  const id = useId();
  const { write } = useDeleteItem();
  const remove = async () => {
    const record = await write({ payload: { itemId: item.id }, baseVersion: item.version > 0 ? item.version : undefined });
    if (!record) return;
    await navigate('/portfolio', { state: { deleted: item.title } });
  };
  return (
    <section aria-labelledby={`${id}-delete`}>
      <h2 id={`${id}-delete`}>{t('delete.title')}</h2>
      <ConfirmAction start={t('delete.start')} question={t('delete.question', { title: item.title })} confirm={t('delete.confirm')} onConfirm={remove}>
        <ul>
          {item.attachments.length + item.pendingFiles.length > 0 ? <li>{t('delete.files')}</li> : null}
          {shared ? <li>{t('delete.shared')}</li> : null}
          <li>{t('delete.cv')}</li>
          <li>{t('delete.final')}</li>
        </ul>
      </ConfirmAction>
    </section>
  );
}

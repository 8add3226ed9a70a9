import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { syncStateOf } from '#src/shared/offline/sync-state.ts';
import { Button } from '#src/shared/ui/button.tsx';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { allNotifications, unreadOf, useNotifications } from '../api/get-notifications.ts';
import { useMarkRead } from '../api/mark-read.ts';
import { useMarkAllRead } from '../api/mark-all-read.ts';
import type { Notification } from '../schemas.ts';

/** What waits in the outbox to be marked read shows as read at once (offline too); `waiting`: which ones. */
function withPendingReads(list: Notification[], ids: readonly string[], upTo: readonly string[]): { notifications: Notification[]; waiting: Set<string> } {
  const waiting = new Set<string>();
  if (ids.length === 0 && upTo.length === 0) return { notifications: list, waiting };
  const read = new Set(ids);
  const last = upTo.reduce((max, at) => (at > max ? at : max), '');
  const notifications = list.map((n) => {
    if (n.readAt !== null || !(read.has(n.id) || n.createdAt <= last)) return n;
    waiting.add(n.id);
    return { ...n, readAt: last || n.createdAt };
  });
  return { notifications, waiting };
}

/**
 * "Toon oudere meldingen": the next page below the list. Afterwards focus goes to the first older
 * one (the button may be gone: there are no more) and a status line says how many are shown.
 */
function useOlder(query: ReturnType<typeof useNotifications>, shown: number) {
  const listRef = useRef<HTMLUListElement>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (focusAt === null || shown <= focusAt) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>(':scope > li > a')[focusAt]?.focus();
    setFocusAt(null);
  }, [focusAt, shown]);
  const loadOlder = async () => {
    setAsked(true);
    const result = await query.fetchNextPage();
    if (!result.isError) setFocusAt(shown);
  };
  return { listRef, loadOlder, asked };
}

/**
 * Meldingen (`/meldingen`): the same notifications as the pushes, for everyone (also without
 * push, on a public computer, or after "Nu niet"). Opening one marks it read; "Alles gelezen"
 * marks all that are shown. Both through the outbox, exactly once. The newest 50 first; older ones
 * page by page on request.
 */
export function Component() {
  const { t } = useTranslation(['notifications', 'common']);
  const query = useNotifications({ poll: true });
  const formatDate = useFormatDate({ time: true });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const all = query.data ? allNotifications(query.data) : [];
  const older = useOlder(query, all.length);
  return (
    <Page title={t('title')} lead={t('lead')}>
      <p>
        <Link to="/meldingen/instellingen">{t('settingsLink')}</Link>
      </p>
      <SaveError error={markRead.error ?? markAll.error} />
      <QueryState query={query}>
        {(data) => {
          const { notifications, waiting } = withPendingReads(
            all,
            markRead.pending.map((r) => r.payload.notificationId),
            markAll.pending.map((r) => r.payload.upTo),
          );
          if (notifications.length === 0) return <p>{t('empty')}</p>;
          const unread = Math.max(0, unreadOf(data) - waiting.size);
          const waitingState = syncStateOf([...markRead.pending, ...markAll.pending]);
          const newest = notifications[0]!.createdAt;
          return (
            <>
              {unread > 0 ? (
                <div className="button-row">
                  <Button variant="secondary" onClick={() => void markAll.write({ payload: { upTo: newest } })}>
                    {t('markAll')}
                  </Button>
                </div>
              ) : null}
              <ul className="notification-list" ref={older.listRef}>
                {notifications.map((n) => (
                  <li key={n.id} className={`notification-list__item${n.readAt === null ? ' notification-list__item--unread' : ''}`}>
                    <Link to={n.link} onClick={() => (n.readAt === null ? void markRead.write({ payload: { notificationId: n.id } }) : undefined)}>
                      {t(`kinds.${n.kind}`)}
                    </Link>{' '}
                    {n.readAt === null ? <StatusTag tone="info">{t('new')}</StatusTag> : null}
                    {/* read on this device, not yet on the server */}
                    {waiting.has(n.id) ? <SyncTag sync={waitingState} /> : null}
                    <span className="notification-list__date">{formatDate(n.createdAt)}</span>
                  </li>
                ))}
              </ul>
              {/* said after "Toon oudere meldingen" (a live region that is there from the start, so it is read out) */}
              <p role="status" className={older.asked ? undefined : 'visually-hidden'}>
                {older.asked ? t('older.shown', { total: notifications.length }) : ''}
              </p>
              {query.isFetchNextPageError ? <p className="field__error">{t('older.failed')}</p> : null}
              {older.asked && query.fetchStatus === 'paused' ? <p>{t('older.offline')}</p> : null}
              {query.hasNextPage ? (
                <div className="button-row">
                  <Button variant="secondary" busy={query.isFetchingNextPage} onClick={() => void older.loadOlder()}>
                    {t('older.button')}
                  </Button>
                </div>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}

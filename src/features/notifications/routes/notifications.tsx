import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useNotifications } from '../api/get-notifications.ts';
import { useMarkRead } from '../api/mark-read.ts';
import { useMarkAllRead } from '../api/mark-all-read.ts';
import type { NotificationList } from '../schemas.ts';

/** What waits in the outbox to be marked read shows as read at once (offline too). */
function withPendingReads(list: NotificationList, ids: readonly string[], upTo: readonly string[]): NotificationList {
  if (ids.length === 0 && upTo.length === 0) return list;
  const read = new Set(ids);
  const last = upTo.reduce((max, at) => (at > max ? at : max), '');
  let changed = 0;
  const notifications = list.notifications.map((n) => {
    if (n.readAt !== null || !(read.has(n.id) || n.createdAt <= last)) return n;
    changed += 1;
    return { ...n, readAt: last || n.createdAt };
  });
  return { ...list, notifications, unread: Math.max(0, list.unread - changed) };
}

/**
 * Meldingen (`/meldingen`): the same notifications as the pushes, for everyone (also without
 * push, on a public computer, or after "Nu niet"). Opening one marks it read; "Alles gelezen"
 * marks all that are shown. Both through the outbox, exactly once.
 */
export function Component() {
  const { t } = useTranslation(['notifications', 'common']);
  const query = useNotifications({ poll: true });
  const formatDate = useFormatDate({ time: true });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  return (
    <Page title={t('title')} lead={t('lead')}>
      <p>
        <Link to="/meldingen/instellingen">{t('settingsLink')}</Link>
      </p>
      <SaveError error={markRead.error ?? markAll.error} />
      <QueryState query={query}>
        {(data) => {
          const list = withPendingReads(
            data,
            markRead.pending.map((r) => r.payload.notificationId),
            markAll.pending.map((r) => r.payload.upTo),
          );
          if (list.notifications.length === 0) return <p>{t('empty')}</p>;
          const newest = list.notifications[0]!.createdAt;
          return (
            <>
              {list.unread > 0 ? (
                <div className="button-row">
                  <Button variant="secondary" onClick={() => void markAll.write({ payload: { upTo: newest } })}>
                    {t('markAll')}
                  </Button>
                </div>
              ) : null}
              <ul className="notification-list">
                {list.notifications.map((n) => (
                  <li key={n.id} className={`notification-list__item${n.readAt === null ? ' notification-list__item--unread' : ''}`}>
                    <Link to={n.link} onClick={() => (n.readAt === null ? void markRead.write({ payload: { notificationId: n.id } }) : undefined)}>
                      {t(`kinds.${n.kind}`)}
                    </Link>{' '}
                    {n.readAt === null ? <StatusTag tone="info">{t('new')}</StatusTag> : null}
                    <span className="notification-list__date">{formatDate(n.createdAt)}</span>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}

import { useEffect } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CountBadge } from '#src/shared/ui/count-badge.tsx';
import { useUnread } from '../api/get-conversation.ts';

type BadgeNavigator = Navigator & { setAppBadge?: (count?: number) => Promise<void>; clearAppBadge?: () => Promise<void> };

/** The number of unread messages as a badge, with the words for screen readers ("1 ongelezen bericht"). */
export function UnreadCount() {
  const { t } = useTranslation('messages');
  const { data } = useUnread(true);
  const count = data?.total ?? 0;
  return <CountBadge count={count} label={t('nav.unread', { count })} />;
}

/** "Berichten" in the main navigation with the number of unread messages (and the app badge where supported). */
export function MessagesNavLink({ className = 'site-header__messages', onClick }: { className?: string; onClick?: () => void }) {
  const { t } = useTranslation('messages');
  const { data } = useUnread(true);
  const count = data?.total ?? 0;
  useEffect(() => {
    const nav = navigator as BadgeNavigator;
    if (count > 0) void nav.setAppBadge?.(count).catch(() => undefined);
    else void nav.clearAppBadge?.().catch(() => undefined);
  }, [count]);
  return (
    <NavLink to="/berichten" className={className} onClick={onClick}>
      {t('title')} <UnreadCount />
    </NavLink>
  );
}

import { useEffect } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnread } from '../api/get-conversation.ts';

type BadgeNavigator = Navigator & { setAppBadge?: (count?: number) => Promise<void>; clearAppBadge?: () => Promise<void> };

/** "Berichten" in the main navigation with the number of unread messages (and the app badge where supported). */
export function MessagesNavLink() {
  const { t } = useTranslation('messages');
  const { data } = useUnread(true);
  const count = data?.total ?? 0;
  useEffect(() => {
    const nav = navigator as BadgeNavigator;
    if (count > 0) void nav.setAppBadge?.(count).catch(() => undefined);
    else void nav.clearAppBadge?.().catch(() => undefined);
  }, [count]);
  return (
    <NavLink to="/berichten" className="site-header__messages">
      {t('title')}
      {count > 0 ? (
        <span className="count-badge">
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">{t('nav.unread', { count })}</span>
        </span>
      ) : null}
    </NavLink>
  );
}

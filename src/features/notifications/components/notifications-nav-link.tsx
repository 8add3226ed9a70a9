import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CountBadge } from '#src/shared/ui/count-badge.tsx';
import { unreadOf, useNotifications } from '../api/get-notifications.ts';

/** "Meldingen" in the main navigation with the number of unread notifications (polled while the app is open). */
export function NotificationsNavLink({ className, onClick }: { className: string; onClick?: () => void }) {
  const { t } = useTranslation(['notifications', 'common']);
  const { data } = useNotifications({ poll: true });
  const count = unreadOf(data);
  return (
    <NavLink to="/meldingen" className={className} onClick={onClick} end>
      {t('common:nav.notifications')} <CountBadge count={count} label={t('notifications:nav.unread', { count })} />
    </NavLink>
  );
}

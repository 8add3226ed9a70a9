import { useTranslation } from 'react-i18next';
import { useOnline } from '#src/shared/lib/use-online.ts';

/** "Laatst bijgewerkt om 14:05": shown when the data may be older than what the server has. */
export function Freshness({ updatedAt, isError }: { updatedAt: number; isError?: boolean }) {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  if (!showsFreshness(updatedAt, isError, online)) return null;
  const date = new Date(updatedAt);
  const sameDay = date.toDateString() === new Date().toDateString();
  const when = new Intl.DateTimeFormat(i18n.language, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return (
    <p className="freshness">
      {online ? t('freshness.couldNotRefresh', { when }) : t('freshness.offline', { when })}
    </p>
  );
}

/** Whether "Laatst bijgewerkt om …" shows: data that may be older than the server's (offline, or a failed refresh). */
export function showsFreshness(updatedAt: number, isError: boolean | undefined, online: boolean): boolean {
  return Boolean(updatedAt) && (!online || Boolean(isError));
}

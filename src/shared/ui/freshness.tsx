import { useTranslation } from 'react-i18next';

/** "Je ziet de gegevens van 14:05": for data that may be older than what the server has (`showsFreshness` says when; `QueryState` decides). */
export function Freshness({ updatedAt, online }: { updatedAt: number; online: boolean }) {
  const { t, i18n } = useTranslation();
  const date = new Date(updatedAt);
  const sameDay = date.toDateString() === new Date().toDateString();
  const when = new Intl.DateTimeFormat(i18n.language, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return (
    <p className="freshness">
      {online ? t('freshness.couldNotRefresh', { when }) : t('freshness.offline', { when })}
    </p>
  );
}

/** Whether "Je ziet de gegevens van …" shows: data that may be older than the server's (offline, or a failed refresh). */
export function showsFreshness(updatedAt: number, isError: boolean | undefined, online: boolean): boolean {
  return Boolean(updatedAt) && (!online || Boolean(isError));
}

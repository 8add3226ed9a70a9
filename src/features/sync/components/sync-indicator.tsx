import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOutboxSnapshot } from '#src/shared/offline/react.ts';
import { useOnline } from '#src/shared/lib/use-online.ts';

/**
 * In the header: online or not, and what is waiting. Announced politely (role=status),
 * in words, never by colour alone.
 */
export function SyncIndicator() {
  const { t, i18n } = useTranslation('sync');
  const online = useOnline();
  const snapshot = useOutboxSnapshot();
  const problems = snapshot.counts.conflict + snapshot.counts.rejected + snapshot.counts.held;
  const waiting = snapshot.unsent - problems;
  let text: string;
  // before the outbox has read what waits on this device (a moment after a page load) it does not
  // know yet: never "Alles is verstuurd" then
  if (!snapshot.ready) text = t('indicator.checking');
  else if (snapshot.pausedForLogin) text = t('indicator.paused');
  else if (problems > 0) text = t('indicator.problems', { count: problems });
  // offline "Geen internet ·" already says what it waits for: the short text keeps the status in two lines on a phone
  else if (waiting > 0) text = !online ? t('indicator.waitingOffline', { count: waiting }) : snapshot.draining ? t('indicator.sending') : t('indicator.waiting', { count: waiting });
  else text = t('indicator.allSent');
  const time = snapshot.lastSyncAt
    ? new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(snapshot.lastSyncAt))
    : null;
  const modifier = problems > 0 || snapshot.pausedForLogin ? 'problem' : online ? 'online' : 'offline';
  const status = (
    <>
      <span className="sync-indicator__dot" aria-hidden="true" />{' '}
      {/* "Online ·" is said to screen readers only (the dot shows it); "Geen internet ·" shows */}
      <span className={modifier === 'online' ? 'sync-indicator__connection visually-hidden' : 'sync-indicator__connection'}>{online ? t('indicator.online') : t('indicator.offline')} · </span>
      <span data-testid="sync-status">{text}</span>
    </>
  );
  // While something waits the status itself is the link to it: no second element appears in the
  // header, so the page under it does not move when a change is saved or sent (layout shift).
  return (
    <div className={`sync-indicator sync-indicator--${modifier}`}>
      <p className="sync-indicator__text" role="status" aria-live="polite">
        {snapshot.unsent > 0 ? (
          <Link to="/wijzigingen">
            {status}
            <span className="visually-hidden"> · {t('indicator.details')}</span>
          </Link>
        ) : (
          status
        )}
        {time && waiting === 0 && problems === 0 ? <span className="visually-hidden"> {t('indicator.lastSync', { time })}</span> : null}
      </p>
    </div>
  );
}

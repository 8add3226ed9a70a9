import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '#src/shared/auth/use-session.ts';

/** Whole minutes left until `expiresAt` (at least 1 while the session lasts). */
export function minutesLeft(expiresAt: string, now: number): number {
  return Math.max(1, Math.ceil((Date.parse(expiresAt) - now) / 60_000));
}

/**
 * "Openbare computer · nog 12 minuten" in the header on every page of a session on a public
 * computer, so nobody forgets that it ends (and is wiped). Plain text, not a live region: it
 * changes once a minute and must not interrupt a screen reader; the timeout dialog warns.
 */
export function PublicComputerBanner() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [now, setNow] = useState(() => Date.now());
  const publicComputer = session?.publicComputer ?? false;
  useEffect(() => {
    if (!publicComputer) return;
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, [publicComputer]);
  if (!session || !publicComputer) return null;
  return (
    <p className="public-computer" data-testid="public-computer">
      <svg className="public-computer__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="3" y="4" width="18" height="12" rx="1" />
        <path d="M8 20h8M12 16v4" />
      </svg>
      <span>{t('publicComputer.banner', { count: minutesLeft(session.expiresAt, now) })}</span>
    </p>
  );
}

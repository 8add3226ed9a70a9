import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { inactivity } from '#src/shared/config/inactivity.ts';
import { useSession } from '#src/shared/auth/use-session.ts';
import { endSessionKeepingData, signOut } from '#src/shared/auth/sign-out.ts';
import { rememberReturnTo } from '#src/shared/auth/return-to.ts';
import { askWhoSignsInNext } from '#src/shared/auth/ask-who-signs-in.ts';
import { drainNow, useOutboxSnapshot } from '#src/shared/offline/react.ts';

const activityEvents = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Ends the session after a time without activity, with a warning dialog before it (focus moves
 * into it; one button to stay). On a public computer the end is a full sign-out that wipes the
 * device — the warning says plainly when unsent work would be lost and offers to look at it.
 */
export function InactivityGuard() {
  const { t } = useTranslation('account');
  const { session } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { unsent } = useOutboxSnapshot();
  const dialog = useRef<HTMLDialogElement>(null);
  const lastActivity = useRef(0);
  const [remainingMs, setRemainingMs] = useState<number | null>(null);
  const publicComputer = session?.publicComputer ?? false;
  const { timeoutMs, warnBeforeMs } = publicComputer ? inactivity.publicComputer : inactivity.ownDevice;
  const warning = remainingMs !== null;

  async function endSession() {
    // the app signs the person out, the provider's session may live on: the next sign-in asks who it is
    askWhoSignsInNext();
    // the guards then show the signed-out page with the reason (see RequireRole)
    if (publicComputer) {
      await signOut('timeout');
    } else {
      rememberReturnTo(location.pathname + location.search);
      await endSessionKeepingData();
    }
  }

  useEffect(() => {
    if (!session) return;
    lastActivity.current = Date.now();
    const onActivity = () => {
      // while the warning shows, only "Ingelogd blijven" keeps the session
      if (!dialog.current?.open) lastActivity.current = Date.now();
    };
    for (const type of activityEvents) window.addEventListener(type, onActivity, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const left = timeoutMs - (Date.now() - lastActivity.current);
      if (left <= 0) {
        setRemainingMs(null);
        void endSession();
      } else if (left <= warnBeforeMs) {
        setRemainingMs(left);
      }
    }, inactivity.tickMs);
    return () => {
      for (const type of activityEvents) window.removeEventListener(type, onActivity, { capture: true });
      window.clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session?.token, timeoutMs, warnBeforeMs]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (warning && !element.open) element.showModal?.();
    if (!warning && element.open) element.close();
  }, [warning]);

  // On a public computer unsent work lives only in this page: ask before it is closed or reloaded.
  useEffect(() => {
    if (!publicComputer || unsent === 0) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [publicComputer, unsent]);

  const stay = () => {
    lastActivity.current = Date.now();
    setRemainingMs(null);
  };

  if (!session) return null;
  const minutes = Math.max(1, Math.ceil((remainingMs ?? 0) / 60_000));
  return (
    <dialog
      ref={dialog}
      className="timeout-dialog"
      aria-labelledby="timeout-title"
      aria-describedby="timeout-body"
      onCancel={(event) => {
        // Escape means "stay"
        event.preventDefault();
        stay();
      }}
    >
      {warning ? (
        <>
          <h2 id="timeout-title" className="timeout-dialog__title">
            {t('timeout.title')}
          </h2>
          <div id="timeout-body">
            <p>{t('timeout.body', { count: minutes })}</p>
            {publicComputer ? <p>{t('timeout.publicWipe')}</p> : <p>{t('timeout.keptOnDevice')}</p>}
            {publicComputer && unsent > 0 ? <p className="timeout-dialog__warning">{t('timeout.unsent', { count: unsent })}</p> : null}
          </div>
          <div className="button-row">
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves into the dialog when it opens */}
            <Button onClick={stay} autoFocus>
              {t('timeout.stay')}
            </Button>
            {publicComputer && unsent > 0 ? (
              <>
                <Button
                  variant="secondary"
                  onClick={() => {
                    stay();
                    void drainNow();
                  }}
                >
                  {t('unsentPrint.retry')}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => {
                    stay();
                    navigate('/uitloggen/afdrukken');
                  }}
                >
                  {t('unsentPrint.open')}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => {
                    stay();
                    navigate('/wijzigingen');
                  }}
                >
                  {t('timeout.viewUnsent')}
                </Button>
              </>
            ) : null}
          </div>
        </>
      ) : null}
    </dialog>
  );
}

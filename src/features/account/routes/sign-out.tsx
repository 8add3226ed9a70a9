import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { signOut } from '#src/shared/auth/sign-out.ts';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useOutboxSnapshot, drainNow } from '#src/shared/offline/react.ts';

/**
 * Signing out wipes this person's data from the device. When some changes have not
 * reached the server yet, say so first and let the person wait, or choose to lose them.
 */
export function Component() {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const { ready, unsent } = useOutboxSnapshot();
  const publicComputer = useSession().session?.publicComputer ?? false;
  const [busy, setBusy] = useState(false);
  const started = useRef(false);

  const doSignOut = async () => {
    setBusy(true);
    await signOut();
    navigate('/uitgelogd', { replace: true });
  };

  useEffect(() => {
    if (ready && unsent === 0 && !started.current) {
      started.current = true;
      void doSignOut();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, unsent]);

  if (!ready || unsent === 0 || busy) {
    return <Page title={t('signOut.busy')} />;
  }
  return (
    <Page title={t('signOut.unsentTitle')}>
      <Notice kind="warning" title={t('signOut.unsentCount', { count: unsent })}>
        <p>{publicComputer ? t('unsentPrint.publicBody') : t('signOut.unsentBody')}</p>
      </Notice>
      <div className="button-row">
        <Button onClick={() => void drainNow()}>{publicComputer ? t('unsentPrint.retry') : t('signOut.tryAgain')}</Button>
        {publicComputer ? (
          <Link className="button-link" to="/uitloggen/afdrukken">
            {t('unsentPrint.open')}
          </Link>
        ) : null}
        <Button variant="secondary" hint="danger" onClick={() => void doSignOut()}>
          {t('signOut.signOutAnyway')}
        </Button>
      </div>
      <p>
        <Link to="/wijzigingen">{t('signOut.viewChanges')}</Link>
      </p>
    </Page>
  );
}

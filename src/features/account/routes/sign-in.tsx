import { useLayoutEffect, useRef, useState } from 'react';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { CheckboxField } from '#src/shared/ui/choices.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import type { IssuerRole } from '#src/shared/auth/oidc-settings.ts';
import { publicComputerDefault } from '../public-computer.ts';

export function Component() {
  const { t } = useTranslation('account');
  const { user } = useSession();
  const [publicComputer, setPublicComputer] = useState(publicComputerDefault);
  const [leaving, setLeaving] = useState<'busy' | 'unreachable' | null>(null);
  // This page is also prerendered into index.html (docs/decisions/012-prerendered-sign-in.md): a
  // box ticked before the app took the page over is ticked in the page, not yet in this state.
  const box = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (box.current && box.current.checked !== publicComputer) setPublicComputer(box.current.checked);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the page is taken over
  }, []);
  if (user) return <Navigate to="/" replace />;
  // a client with DigiD, an employee at the municipality: always at the OpenID providers (the mock
  // backend's in development and tests, whose login page is the test persona picker; decision 014)
  const signInAs = async (role: IssuerRole) => {
    setLeaving('busy');
    try {
      const { startOidcSignIn } = await import('#src/shared/auth/oidc.ts');
      await startOidcSignIn(role, publicComputer);
    } catch {
      setLeaving('unreachable');
    }
  };
  return (
    <Page title={t('signIn.title')} lead={t('signIn.lead')}>
      <CheckboxField
        ref={box}
        id="public-computer"
        className="field"
        label={t('signIn.publicComputer')}
        hint={t('signIn.publicComputerHint')}
        checked={publicComputer}
        onChange={(event) => setPublicComputer(event.target.checked)}
      />
      {leaving === 'unreachable' ? (
        <Notice kind="error" live="assertive" title={t('signIn.unreachableTitle')}>
          <p>{t('signIn.unreachableBody')}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <Button onClick={() => void signInAs('client')} className="digid-button" disabled={leaving === 'busy'}>
          {t('signIn.withDigid')}
        </Button>
        <Button variant="secondary" onClick={() => void signInAs('employee')} disabled={leaving === 'busy'}>
          {t('signIn.asEmployee')}
        </Button>
      </div>
      <h2>{t('signIn.noDigidTitle')}</h2>
      <p>{t('signIn.noDigidBody')}</p>
    </Page>
  );
}

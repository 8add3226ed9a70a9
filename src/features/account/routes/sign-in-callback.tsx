import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { takeReturnTo } from '#src/shared/auth/return-to.ts';
import type { SignInFailure } from '#src/shared/auth/oidc.ts';

/**
 * Where the OpenID provider sends the browser back (`/inloggen/terug`): finishes signing in, or
 * says in plain Dutch why the person is not signed in (cancelled at the provider, or it failed).
 */
export function Component() {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    import('#src/shared/auth/oidc.ts')
      .then((oidc) => oidc.completeOidcSignIn())
      .then(
        () => navigate(takeReturnTo() ?? '/', { replace: true }),
        (error: unknown) => setFailure(error === 'cancelled' ? 'cancelled' : 'failed'),
      );
  }, [navigate]);
  if (!failure) return <Page title={t('callback.busy')} />;
  return (
    <Page title={t('callback.title')}>
      <p>{failure === 'cancelled' ? t('callback.cancelled') : t('callback.failed')}</p>
      <p>
        <Link to="/inloggen">{t('callback.tryAgain')}</Link>
      </p>
    </Page>
  );
}

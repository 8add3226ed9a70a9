import { isRouteErrorResponse, Link, Navigate, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { isApiError } from '#src/shared/api/errors.ts';
import { useSession } from '#src/shared/auth/use-session.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('nav.backHome')}</Link>
      </p>
    </Page>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('forbidden.title')}>
      <p>{t('forbidden.body')}</p>
      <p>
        <Link to="/">{t('nav.backHome')}</Link>
      </p>
    </Page>
  );
}

/** A page for changing things, opened by a helper who may only view the client's data (read scope). */
export function ReadOnlyPage({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('readOnlyPage.title')}>
      <p>{t('readOnlyPage.body', { name })}</p>
      <p>
        <Link to="/start">{t('readOnlyPage.back')}</Link>
      </p>
    </Page>
  );
}

/** The error boundary of every route: a plain message and a way back; nothing technical, no personal data. */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  const { user, session } = useSession();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isApiError(error) && error.kind === 'forbidden') {
    // a helper whose authorisation was withdrawn or ended (the banner's check may answer just after
    // the page's own request was refused): back to their own list, not a dead end
    if (user?.role === 'helper' && !session?.actingFor) return <Navigate to="/helper" replace />;
    return <ForbiddenPage />;
  }
  if (isApiError(error) && error.kind === 'not-found') return <NotFoundPage />;
  return (
    <Page title={t('routeError.title')}>
      <p>{t('routeError.body')}</p>
      <p>
        <Link to="/" reloadDocument>
          {t('nav.backHome')}
        </Link>
      </p>
    </Page>
  );
}

import { lazy, Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '#src/shared/auth/use-session.ts';
import type { Session } from '#src/shared/auth/schemas.ts';
import { Loading } from '#src/shared/ui/loading.tsx';
import { AfterPageHeading } from '#src/shared/ui/page.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { MainNav, preloadNavCounts } from './main-nav.tsx';
import { SyncIndicator } from '#src/features/sync/components/sync-indicator.tsx';
import { SessionExpired } from '#src/features/account/components/session-expired.tsx';
import { UpdatePrompt } from './update-prompt.tsx';
import { DevTools } from './dev-tools.tsx';
import { InactivityGuard } from './inactivity-guard.tsx';
import { PublicComputerBanner } from './public-computer-banner.tsx';
import { FeatureOffPage, useSectionOn } from './feature-switches.tsx';
import { MunicipalityFooter } from './municipality.tsx';
import { useNotificationClicks } from './notification-clicks.ts';
import { useFirstScreenPainted } from './first-screen.ts';

// Reads the API with zod schemas: loaded after the first screen, so the shell stays small.
const loadActingBanner = () => import('./acting-banner.tsx');
const ActingBanner = lazy(() => loadActingBanner().then((m) => ({ default: m.ActingBanner })));
// Asks for push at the right moment (issue 17); never on a public computer
const loadPushPrompt = () => import('#src/features/notifications/components/push-prompt.tsx');
const PushPrompt = lazy(() => loadPushPrompt().then((m) => ({ default: m.PushPrompt })));

/**
 * Starts loading the parts of the shell a signed-in person's first render shows (the acting
 * banner, the push prompt, the menu's counters) together with the first screen's chunks: loaded
 * only when that render reached them, the first paint of a full page load waited a round trip for
 * them (issue 15).
 */
export function preloadSignedInShell(session: Session | null): void {
  if (!session) return;
  void loadActingBanner().catch(() => undefined);
  if (!session.publicComputer) void loadPushPrompt().catch(() => undefined);
  preloadNavCounts(session.user.role, session.user.role === 'helper' && session.actingFor != null);
}

/**
 * The page shell. Header: the service name (home), who is signed in, the language switch and
 * "Uitloggen" on the first row — in the same place on every page and at every width; then the
 * main navigation (a "Menu" button on narrow screens) and the sync status.
 */
export function Layout() {
  const { t } = useTranslation();
  const { user, session, expired } = useSession();
  const navigation = useNavigation();
  const sectionOn = useSectionOn();
  const { pathname } = useLocation();
  useNotificationClicks();
  useFirstScreenPainted();
  const signedInAs = (modifier: string) =>
    user ? (
      <p className={`site-header__user site-header__user--${modifier}`}>
        <span className="visually-hidden">{t('nav.signedInAs')} </span>
        <span dir="auto">{user.name}</span> <span className="site-header__role">({t(`roles.${user.role}`)})</span>
      </p>
    ) : null;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to="/" className="site-header__name">
            <span aria-hidden="true" className="site-header__logo" />
            {t('app.name')}
            <span className="visually-hidden">, {t('nav.homeLink')}</span>
          </Link>
          {signedInAs('wide')}
          <LanguageSwitch />
          {user ? (
            <Link to="/uitloggen" className="site-header__logout">
              {t('nav.signOut')}
            </Link>
          ) : null}
        </div>
        {user ? <PublicComputerBanner /> : null}
        {user ? (
          <div className="site-header__nav-row">
            <MainNav>{signedInAs('narrow')}</MainNav>
            <SyncIndicator />
          </div>
        ) : null}
      </header>
      {user ? (
        <Suspense fallback={null}>
          <ActingBanner />
        </Suspense>
      ) : null}
      <UpdatePrompt />
      {user ? <InactivityGuard /> : null}
      <main id="main" className="site-main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        {/* the push prompt shows below the page's heading (Page renders it), not above it */}
        <AfterPageHeading
          value={
            user && !session?.publicComputer && !expired ? (
              <Suspense fallback={null}>
                <PushPrompt />
              </Suspense>
            ) : null
          }
        >
          <Suspense fallback={<Loading />}>{expired ? <SessionExpired /> : sectionOn(pathname) ? <Outlet /> : <FeatureOffPage />}</Suspense>
        </AfterPageHeading>
      </main>
      <footer className="site-footer">
        <ul className="site-footer__links">
          <li>
            <Link to="/privacy">{t('nav.privacy')}</Link>
          </li>
          <li>
            <Link to="/toegankelijkheid">{t('nav.accessibility')}</Link>
          </li>
        </ul>
        <DevTools />
        <MunicipalityFooter />
      </footer>
    </div>
  );
}

import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigationType } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '#src/shared/auth/use-session.ts';
import { helperMayOpen } from '#src/shared/auth/helper-scope.ts';
import { useSectionOn } from './feature-switches.tsx';

// Both read the API with zod schemas: loaded after the first screen, so the shell stays small.
const loadMessagesNavLink = () => import('#src/features/messages/components/messages-nav-link.tsx');
const loadNotificationsNavLink = () => import('#src/features/notifications/components/notifications-nav-link.tsx');
const MessagesNavLink = lazy(() => loadMessagesNavLink().then((m) => ({ default: m.MessagesNavLink })));
const NotificationsNavLink = lazy(() => loadNotificationsNavLink().then((m) => ({ default: m.NotificationsNavLink })));
const UnreadCount = lazy(() => loadMessagesNavLink().then((m) => ({ default: m.UnreadCount })));

type NavKey = 'home' | 'workFolder' | 'vacancies' | 'messages' | 'notifications' | 'tasks' | 'cv' | 'portfolio' | 'profile' | 'caseload' | 'helperHome' | 'jobBrokerHome' | 'teamHome' | 'proposals' | 'functionalAdminHome';
/** A main section: where it starts, and the addresses that belong to it (for aria-current="true"). */
type NavItem = { key: NavKey; to: string; section?: string[] };

const clientItems: NavItem[] = [
  { key: 'home', to: '/start' },
  { key: 'workFolder', to: '/werkmap', section: ['/werkmap'] },
  { key: 'vacancies', to: '/vacatures', section: ['/vacatures'] },
  { key: 'messages', to: '/berichten' },
  { key: 'notifications', to: '/meldingen', section: ['/meldingen'] },
  { key: 'tasks', to: '/taken' },
  { key: 'cv', to: '/cv', section: ['/cv'] },
  { key: 'portfolio', to: '/portfolio', section: ['/portfolio'] },
  { key: 'proposals', to: '/voorstellen' },
  { key: 'profile', to: '/profiel', section: ['/profiel', '/mijn-gegevens'] },
];
// a helper acting for a client: the client's screens the server lets a helper use (decision 005)
// (not Meldingen: those are the signed-in person's own, and a helper gets none)
const actingItems = clientItems.filter((item) => item.key !== 'notifications' && helperMayOpen(item.to));
const coachItems: NavItem[] = [
  { key: 'caseload', to: '/coach', section: ['/coach'] },
  { key: 'notifications', to: '/meldingen', section: ['/meldingen'] },
];
const helperItems: NavItem[] = [{ key: 'helperHome', to: '/helper' }];
// the regisseur werk: the vacancies, their candidates and proposals
const jobBrokerItems: NavItem[] = [{ key: 'jobBrokerHome', to: '/regisseur', section: ['/regisseur'] }];
// the teamleider: the team's figures (issue 21)
const teamLeadItems: NavItem[] = [{ key: 'teamHome', to: '/team' }];
// the functioneel beheerder: the entree's rules
const functionalAdminItems: NavItem[] = [{ key: 'functionalAdminHome', to: '/beheer', section: ['/beheer'] }];

function itemsFor(role: string, acting: boolean): NavItem[] {
  if (role === 'coach') return coachItems;
  if (role === 'jobBroker') return jobBrokerItems;
  if (role === 'teamLead') return teamLeadItems;
  if (role === 'functionalAdmin') return functionalAdminItems;
  if (role === 'helper') return acting ? actingItems : helperItems;
  return clientItems;
}

/**
 * Starts loading the menu's counters for the person signed in, with the first screen's chunks on a
 * full page load: the first render waited for them (issue 15).
 */
export function preloadNavCounts(role: string, acting: boolean): void {
  const keys = new Set(itemsFor(role, acting).map((item) => item.key));
  if (keys.has('messages')) void loadMessagesNavLink().catch(() => undefined);
  if (keys.has('notifications')) void loadNotificationsNavLink().catch(() => undefined);
}

/** "page" on the item's own address, "true" anywhere else in its section. */
function currentFor(item: NavItem, pathname: string): 'page' | 'true' | undefined {
  if (pathname === item.to) return 'page';
  return item.section?.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)) ? 'true' : undefined;
}

/**
 * The main navigation. On wide screens the list shows inline; on narrow screens a "Menu"
 * button opens it (a disclosure: aria-expanded + aria-controls, in the page flow, no focus
 * trap; Escape closes it and puts focus back on the button; choosing a page closes it).
 * The CSS decides which (src/shared/ui/styles/layout.css): the list carries `hidden` while
 * closed, which the wide layout overrides.
 */
export function MainNav({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  // the acting context from the session itself: acting.ts would bring zod into the first bundle
  const { user, session } = useSession();
  const actingFor = user?.role === 'helper' ? (session?.actingFor ?? null) : null;
  const { pathname } = useLocation();
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const navigationType = useNavigationType();
  const sectionOn = useSectionOn();
  const [open, setOpen] = useState(false);
  // going to another page closes it; a redirect does not (right after signing in the app goes
  // from "/" to "/start" by itself: a tap on "Menu" in between used to be undone)
  const [shownOn, setShownOn] = useState(pathname);
  if (shownOn !== pathname) {
    setShownOn(pathname);
    if (open && navigationType !== 'REPLACE') setOpen(false);
  }
  const nav = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      const focus = document.activeElement;
      if (event.key !== 'Escape' || !(focus === document.body || nav.current?.contains(focus))) return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  if (!user) return null;
  // also when the chosen page is the one already shown
  const close = () => setOpen(false);
  const isClient = user.role === 'client';
  // a section the municipality switched off (config.json `features`) is not in the menu
  const items = itemsFor(user.role, actingFor !== null).filter((item) => sectionOn(item.to));

  return (
    <nav className="site-nav" aria-label={t('nav.mainLabel')} data-open={open} ref={nav}>
      <button ref={toggle} type="button" className="site-nav__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <svg className="site-nav__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 6h16M4 12h16M4 18h16" />}
        </svg>
        {t('nav.menu')}
        {isClient && sectionOn('/berichten') ? (
          <Suspense fallback={null}>
            {' '}
            <UnreadCount />
          </Suspense>
        ) : null}
      </button>
      <div className="site-nav__panel" id={panelId} hidden={!open}>
        {children}
        <ul className="site-nav__list">
          {items.map((item) => (
            <li key={item.key} className="site-nav__item">
              {(() => {
                const plain = (
                  <Link to={item.to} className="site-nav__link" aria-current={currentFor(item, pathname)} onClick={close}>
                    {t(`nav.${item.key}`)}
                  </Link>
                );
                // with a count: loaded lazily, the plain link until then
                const Counted = item.key === 'messages' ? MessagesNavLink : item.key === 'notifications' ? NotificationsNavLink : null;
                return Counted ? (
                  <Suspense fallback={plain}>
                    <Counted className="site-nav__link" onClick={close} />
                  </Suspense>
                ) : (
                  plain
                );
              })()}
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

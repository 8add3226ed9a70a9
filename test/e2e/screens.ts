/**
 * Every main screen, per role, for the accessibility gates in every-screen.spec.ts
 * (Arabic at 360×740 with screenshots, overflow, axe, forced colours, reduced motion).
 * Add a screen here when you add a route: one line.
 */
export type ScreenRole = 'public' | 'client' | 'coach' | 'helper';
/**
 * `menuOpen`: checked with the header's main navigation opened (the "Menu" button at 360 px).
 * `click`: a CSS selector clicked first (the first match) to check a state the page opens in place.
 */
export type Screen = { role: ScreenRole; path: string; name: string; menuOpen?: boolean; click?: string };

export const SCREENS: Screen[] = [
  { role: 'public', path: '/inloggen', name: 'sign-in' },
  { role: 'public', path: '/privacy', name: 'privacy' },
  { role: 'public', path: '/toegankelijkheid', name: 'accessibility-statement' },
  { role: 'client', path: '/start', name: 'client-home' },
  { role: 'client', path: '/werkmap', name: 'client-menu-open', menuOpen: true },
  { role: 'client', path: '/profiel', name: 'profile' },
  { role: 'client', path: '/vragenlijst', name: 'intake-start' },
  { role: 'client', path: '/werkmap', name: 'work-folder' },
  { role: 'client', path: '/werkmap/nieuw', name: 'activity-new' },
  { role: 'client', path: '/werkmap/indienen', name: 'hand-in' },
  { role: 'client', path: '/werkmap/overzicht', name: 'work-folder-print' },
  { role: 'client', path: '/vragenlijst/aanvullend', name: 'participation-start' },
  { role: 'client', path: '/cv', name: 'cv-home' },
  { role: 'client', path: '/cv/gegevens/werkervaring', name: 'cv-section' },
  { role: 'client', path: '/cv/cv-anna-horeca', name: 'cv-edit' },
  { role: 'client', path: '/cv/uitwisselen', name: 'cv-exchange' },
  { role: 'client', path: '/portfolio', name: 'portfolio' },
  { role: 'client', path: '/portfolio/nieuw', name: 'portfolio-new' },
  { role: 'client', path: '/portfolio/delen', name: 'portfolio-share' },
  { role: 'client', path: '/portfolio/bewaren', name: 'portfolio-keep' },
  { role: 'client', path: '/berichten', name: 'messages' },
  { role: 'client', path: '/taken', name: 'tasks' },
  { role: 'client', path: '/mijn-gegevens', name: 'my-data' },
  { role: 'client', path: '/mijn-gegevens/wijzigingen', name: 'my-data-changes' },
  { role: 'client', path: '/mijn-gegevens/machtigingen', name: 'my-data-authorisations' },
  { role: 'client', path: '/wijzigingen', name: 'sync' },
  { role: 'coach', path: '/coach', name: 'caseload' },
  { role: 'coach', path: '/coach/clienten/client-anna', name: 'coach-menu-open', menuOpen: true },
  { role: 'coach', path: '/coach/clienten/client-anna', name: 'coach-client' },
  { role: 'coach', path: '/coach/clienten/client-anna/evaluatie', name: 'coach-review' },
  { role: 'coach', path: '/coach/clienten/client-anna/vragenlijst', name: 'coach-intake' },
  { role: 'coach', path: '/coach/clienten/client-anna/werkmap/norm', name: 'coach-norm' },
  { role: 'coach', path: '/coach/clienten/client-anna/cv', name: 'coach-cv' },
  { role: 'coach', path: '/coach/clienten/client-jayden/portfolio', name: 'coach-portfolio' },
  { role: 'coach', path: '/coach/clienten/client-anna/berichten', name: 'coach-messages' },
  { role: 'coach', path: '/coach/clienten/client-anna/taken', name: 'coach-tasks' },
  { role: 'coach', path: '/coach/clienten/client-anna/taken', name: 'coach-task-edit', click: '.task-item__edit button' },
  { role: 'coach', path: '/coach/clienten/client-anna/werkmap', name: 'coach-work-folder' },
  { role: 'coach', path: '/coach/clienten/client-anna/wijzigingen', name: 'coach-changes' },
  { role: 'helper', path: '/helper', name: 'helper-home' },
  // acting for Yasmin (write scope): the client's screens with the banner
  { role: 'helper', path: '/start', name: 'helper-acting-home' },
  { role: 'helper', path: '/profiel', name: 'helper-acting-profile' },
  { role: 'helper', path: '/start', name: 'helper-acting-menu-open', menuOpen: true },
];

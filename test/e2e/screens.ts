/**
 * Every main screen, per role, for the accessibility gates in every-screen.spec.ts
 * (Arabic at 360×740 with screenshots, overflow, axe, forced colours, reduced motion).
 * Add a screen here when you add a route: one line.
 */
export type ScreenRole = 'public' | 'client' | 'coach' | 'helper' | 'jobBroker' | 'teamLead' | 'functionalAdmin';
/**
 * `menuOpen`: checked with the header's main navigation opened (the "Menu" button at 360 px).
 * `click`: a CSS selector clicked first (the first match) to check a state the page opens in place.
 * `data`: the screen shows data kept on the device (persisted reads): a text from that data, which
 * the "API unreachable" gate expects after the screen was seen online (with "Je ziet de gegevens
 * van …" and no error). Give it to every screen whose reads are kept.
 * `config`: the screen needs another /config.json than public/config.json: 'not-json' (the app cannot
 * start: the config-error page, Dutch only and without the header) or changes laid over the default
 * (e.g. a section switched off). Opened with a full page load; list these last in their role, as the
 * next screen needs a full page load again.
 */
export type Screen = { role: ScreenRole; path: string; name: string; menuOpen?: boolean; click?: string; data?: string | RegExp; config?: ConfigOverride };
export type ConfigOverride = 'not-json' | { features: Record<string, boolean> };

export const SCREENS: Screen[] = [
  { role: 'public', path: '/inloggen', name: 'sign-in' },
  // the OpenID provider's callback when signing in did not work ("Je bent niet ingelogd"); the provider's own
  // login page is checked with axe in sign-in-oidc.spec.ts
  { role: 'public', path: '/inloggen/terug', name: 'sign-in-callback-failed' },
  { role: 'public', path: '/privacy', name: 'privacy' },
  { role: 'public', path: '/toegankelijkheid', name: 'accessibility-statement' },
  { role: 'client', path: '/start', name: 'client-home', data: /Van \d{1,2} \w+ \d{4} tot en met \d{1,2} \w+ \d{4}/ },
  { role: 'client', path: '/werkmap', name: 'client-menu-open', menuOpen: true },
  { role: 'client', path: '/profiel', name: 'profile', data: 'anna.devries@example.nl' },
  { role: 'client', path: '/vragenlijst', name: 'intake-start', data: 'Het duurt ongeveer 15 minuten' },
  { role: 'client', path: '/werkmap', name: 'work-folder', data: 'Zorggroep Noorderlicht' },
  { role: 'client', path: '/werkmap/nieuw', name: 'activity-new' },
  { role: 'client', path: '/werkmap/indienen', name: 'hand-in', data: /Je dient \d+ activiteiten in/ },
  { role: 'client', path: '/werkmap/overzicht', name: 'work-folder-print', data: 'Zorggroep Noorderlicht' },
  { role: 'client', path: '/vragenlijst/aanvullend', name: 'participation-start', data: 'Het duurt ongeveer 10 minuten' },
  { role: 'client', path: '/cv', name: 'cv-home', data: 'Winkel (nog bezig)' },
  { role: 'client', path: '/cv/gegevens/werkervaring', name: 'cv-section', data: 'Café De Sleutel' },
  { role: 'client', path: '/cv/cv-anna-horeca', name: 'cv-edit', data: 'Horeca' },
  { role: 'client', path: '/cv/uitwisselen', name: 'cv-exchange' },
  { role: 'client', path: '/portfolio', name: 'portfolio' },
  { role: 'client', path: '/portfolio/nieuw', name: 'portfolio-new' },
  { role: 'client', path: '/portfolio/delen', name: 'portfolio-share' },
  { role: 'client', path: '/portfolio/bewaren', name: 'portfolio-keep' },
  // the seed's invitation waits here: where push is possible (Chromium), the permission explanation shows below its heading (issue 17)
  { role: 'client', path: '/berichten', name: 'messages', data: 'Welkom! Ik ben Marieke' },
  { role: 'client', path: '/meldingen', name: 'notifications', data: 'Je e-coach heeft je een bericht gestuurd.' },
  { role: 'client', path: '/meldingen/instellingen', name: 'notification-settings', data: 'Een nieuw bericht van je e-coach' },
  { role: 'client', path: '/taken', name: 'tasks', data: 'Maak je cv af' },
  { role: 'client', path: '/mijn-gegevens', name: 'my-data' },
  { role: 'client', path: '/mijn-gegevens/wijzigingen', name: 'my-data-changes' },
  { role: 'client', path: '/mijn-gegevens/machtigingen', name: 'my-data-authorisations' },
  { role: 'client', path: '/wijzigingen', name: 'sync' },
  { role: 'client', path: '/vacatures', name: 'vacancies', data: /\d+ vacatures/ },
  { role: 'client', path: '/vacatures', name: 'vacancies-filters', click: '.vacancy-filters summary' },
  { role: 'client', path: '/vacatures/vac-00001', name: 'vacancy' },
  { role: 'client', path: '/vacatures/mijn', name: 'vacancies-mine' },
  { role: 'client', path: '/vacatures/zoekprofiel', name: 'search-profile' },
  { role: 'client', path: '/vacatures/zoekprofiel/waarom', name: 'why-proposed', data: 'Je hebt nog geen werk gekozen' },
  { role: 'client', path: '/vacatures/wat-past-bij-mij', name: 'what-fits', data: 'Taalcafé' },
  { role: 'client', path: '/opleidingen/course-001', name: 'course', data: 'Noorderpoort' },
  { role: 'coach', path: '/opleidingen/course-001', name: 'course-coach' },
  { role: 'coach', path: '/coach', name: 'caseload', data: 'Jayden Pieters' },
  { role: 'coach', path: '/meldingen/instellingen', name: 'coach-notification-settings', data: 'Een nieuw bericht van een cliënt' },
  { role: 'coach', path: '/coach/clienten/client-anna', name: 'coach-menu-open', menuOpen: true },
  { role: 'coach', path: '/coach/clienten/client-anna', name: 'coach-client', data: 'Entreevragenlijst niet ingevuld' },
  { role: 'coach', path: '/coach/clienten/client-anna/evaluatie', name: 'coach-review', data: 'Deze cliënt heeft nu: Nog niet bepaald' },
  { role: 'coach', path: '/coach/clienten/client-anna/vragenlijst', name: 'coach-intake', data: 'Deze cliënt heeft de vragenlijst nog niet verstuurd' },
  { role: 'coach', path: '/coach/clienten/client-anna/werkmap/norm', name: 'coach-norm' },
  { role: 'coach', path: '/coach/clienten/client-anna/cv', name: 'coach-cv', data: 'Ik werk graag met mensen' },
  // not kept on the device: what a client shares must stop showing as soon as it is revoked
  { role: 'coach', path: '/coach/clienten/client-jayden/portfolio', name: 'coach-portfolio' },
  { role: 'coach', path: '/coach/clienten/client-anna/berichten', name: 'coach-messages', data: 'Welkom! Ik ben Marieke' },
  { role: 'coach', path: '/coach/clienten/client-anna/taken', name: 'coach-tasks', data: 'Maak je cv af' },
  { role: 'coach', path: '/coach/clienten/client-anna/taken', name: 'coach-task-edit', click: '.task-item__edit button' },
  { role: 'coach', path: '/coach/clienten/client-anna/werkmap', name: 'coach-work-folder', data: 'Zorggroep Noorderlicht' },
  { role: 'coach', path: '/coach/clienten/client-anna/wijzigingen', name: 'coach-changes' },
  { role: 'helper', path: '/helper', name: 'helper-home', data: 'Henk Dijkstra' },
  // acting for Yasmin (write scope): the client's screens with the banner
  { role: 'helper', path: '/start', name: 'helper-acting-home', data: /Van \d{1,2} \w+ \d{4} tot en met \d{1,2} \w+ \d{4}/ },
  { role: 'helper', path: '/profiel', name: 'helper-acting-profile', data: '06 34567890' },
  { role: 'helper', path: '/start', name: 'helper-acting-menu-open', menuOpen: true },
  // the regisseur werk and proposals (issue 19)
  { role: 'client', path: '/voorstellen', name: 'proposals' },
  { role: 'coach', path: '/coach/clienten/client-jayden/voorstellen', name: 'coach-proposals' },
  { role: 'jobBroker', path: '/regisseur', name: 'broker-vacancies' },
  { role: 'jobBroker', path: '/regisseur', name: 'broker-menu-open', menuOpen: true },
  { role: 'jobBroker', path: '/regisseur/importeren', name: 'broker-import' },
  { role: 'jobBroker', path: '/regisseur/vacatures/nieuw', name: 'broker-vacancy-new' },
  { role: 'jobBroker', path: '/regisseur/vacatures/vac-00001', name: 'broker-vacancy' },
  { role: 'jobBroker', path: '/regisseur/vacatures/vac-00001', name: 'broker-vacancy-reasons', click: '.card-list__item details summary' },
  // the teamleider's figures (issue 21): charts beside tables; a definition opened in place
  { role: 'teamLead', path: '/team', name: 'team-dashboard', click: '.figure__definition summary' },
  // the functioneel beheerder (issue 21): the versions log, a new draft in the editor, a rollback with its backtest run
  { role: 'functionalAdmin', path: '/beheer', name: 'admin-versions' },
  { role: 'functionalAdmin', path: '/beheer/concepten/0d8e7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b', name: 'admin-draft' },
  { role: 'functionalAdmin', path: '/beheer/versies/v1', name: 'admin-rollback-backtest', click: '.backtest-run' },
  // with another /config.json (each a full page load, last in its role's pass)
  // /config.json could not be read as JSON: "Werkmap kan nu niet starten" (made without React or i18next)
  { role: 'public', path: '/inloggen', name: 'config-error', config: 'not-json' },
  // the municipality switched vacatures off: "Dit onderdeel is er niet" in its place
  { role: 'client', path: '/vacatures', name: 'feature-off', config: { features: { vacancies: false } } },
];

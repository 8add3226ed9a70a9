import { createBrowserRouter, matchRoutes, Outlet, type RouteObject } from 'react-router';
import { namespacesOf, withScreenTexts } from './screen-texts.ts';
import { Layout } from './layout.tsx';
import { Loading } from '#src/shared/ui/loading.tsx';
import { HomeRedirect, RequireRole, RequireWrite } from './guards.tsx';
import { NotFoundPage, RouteErrorPage } from './status-pages.tsx';
import { i18next, preloadTexts } from '#src/shared/i18n/i18n.ts';
import { onDemandNamespaces, staffNamespaces } from '#src/shared/i18n/languages.ts';
import { screenData } from './screen-data.ts';
import { warmScreens } from './warm-screens.ts';

/** The big screens' reads start together with their chunks (issue 15, src/app/screen-data.ts). */
const caseloadData = screenData((user) => (user.role === 'coach' ? import('#src/features/coach/api/caseload.ts').then((api) => api.caseloadQueryOptions()) : Promise.resolve(null)));
const workFolderData = screenData((user) =>
  user.clientId ? import('#src/features/work-folder/api/get-work-folder.ts').then((api) => api.workFolderQueryOptions(user.clientId ?? '')) : Promise.resolve(null),
);

/** The e-coach's screens (not precached: see `warmScreens`). */
const coachScreens: RouteObject[] = [
  { path: 'coach', handle: { namespaces: ['coach', 'messages', 'tasks'] }, ...caseloadData, lazy: () => import('#src/app/coach-desk.tsx') },
  { path: 'coach/clienten/:clientId', lazy: () => import('#src/features/coach/routes/client.tsx') },
  { path: 'coach/clienten/:clientId/evaluatie', lazy: () => import('#src/app/coach-review.tsx') },
  { path: 'coach/clienten/:clientId/vragenlijst', lazy: () => import('#src/features/intake/routes/coach-intake.tsx') },
  { path: 'coach/clienten/:clientId/werkmap', lazy: () => import('#src/features/work-folder/routes/coach-work-folder.tsx') },
  { path: 'coach/clienten/:clientId/cv', lazy: () => import('#src/features/cv/routes/coach-cvs.tsx') },
  { path: 'coach/clienten/:clientId/berichten', lazy: () => import('#src/features/messages/routes/coach-messages.tsx') },
  { path: 'coach/clienten/:clientId/taken', lazy: () => import('#src/features/tasks/routes/coach-tasks.tsx') },
  { path: 'coach/clienten/:clientId/werkmap/norm', lazy: () => import('#src/features/work-folder/routes/coach-norm.tsx') },
  { path: 'coach/clienten/:clientId/portfolio', lazy: () => import('#src/features/portfolio/routes/coach-portfolio.tsx') },
  { path: 'coach/clienten/:clientId/portfolio/:itemId', lazy: () => import('#src/features/portfolio/routes/coach-item.tsx') },
  { path: 'coach/clienten/:clientId/wijzigingen', lazy: () => import('#src/features/my-data/routes/coach-changes.tsx') },
  { path: 'coach/clienten/:clientId/voorstellen', lazy: () => import('#src/features/vacancies/routes/proposals-coach.tsx') },
];

/** The regisseur werk's screens (issue 19; not precached: see `warmScreens`). */
const jobBrokerScreens: RouteObject[] = [
  { path: 'regisseur', lazy: () => import('#src/features/vacancies/routes/regisseur-vacancies.tsx') },
  { path: 'regisseur/importeren', lazy: () => import('#src/features/vacancies/routes/regisseur-import.tsx') },
  { path: 'regisseur/vacatures/nieuw', lazy: () => import('#src/features/vacancies/routes/regisseur-vacancy-edit.tsx') },
  { path: 'regisseur/vacatures/:vacancyId', lazy: () => import('#src/features/vacancies/routes/regisseur-vacancy.tsx') },
  { path: 'regisseur/vacatures/:vacancyId/wijzigen', lazy: () => import('#src/features/vacancies/routes/regisseur-vacancy-edit.tsx') },
];

/** The teamleider's screen (issue 21; a staff chunk, not precached). */
const teamLeadScreens: RouteObject[] = [{ path: 'team', handle: { namespaces: ['management'] }, lazy: () => import('#src/features/management/routes/team-dashboard.tsx') }];

/**
 * Rarely used client screens, not in the precache either (issue 15: at most 400 KiB gzip): the
 * portfolio's export and import (with the zip reader), the CV's download and import (JSON Resume),
 * "Wat past bij mij?", why a search profile is what it is, a course page, the settings of Meldingen,
 * who changed one's data and who may see it. Cached at runtime like the staff screens and warmed for
 * everyone signed in (`warmScreensFor`), so they open offline too once the app ran online.
 * (vite.config.ts `onDemandScreen` lists the same files.)
 */
const onDemand = {
  keep: () => import('#src/features/portfolio/routes/keep.tsx'),
  exchange: () => import('#src/features/cv/routes/exchange.tsx'),
  whatFits: () => import('#src/features/vacancies/routes/what-fits.tsx'),
  course: () => import('#src/features/vacancies/routes/course.tsx'),
  why: () => import('#src/features/vacancies/routes/why.tsx'),
  notificationSettings: () => import('#src/features/notifications/routes/notification-settings.tsx'),
  changes: () => import('#src/features/my-data/routes/changes.tsx'),
  authorisations: () => import('#src/features/my-data/routes/authorisations.tsx'),
};

/** The functioneel beheerder's screens (issue 21; not precached: see `warmScreens`). */
const functionalAdminScreens: RouteObject[] = [
  { path: 'beheer', handle: { namespaces: ['intake'] }, lazy: () => import('#src/features/intake/routes/beheer-versions.tsx') },
  { path: 'beheer/concepten/:draftId', handle: { namespaces: ['intake'] }, lazy: () => import('#src/features/intake/routes/beheer-draft.tsx') },
  { path: 'beheer/versies/:versionId', handle: { namespaces: ['intake'] }, lazy: () => import('#src/features/intake/routes/beheer-rollback.tsx') },
];

/**
 * The one way to declare a route: a path and a lazily loaded feature module that
 * exports `Component`. Each feature is its own chunk; the shell stays small. `handle.namespaces`:
 * the texts the screen renders with, loaded together with its chunk (src/app/screen-texts.ts).
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'inloggen', lazy: () => import('#src/features/account/routes/sign-in.tsx') },
          { path: 'inloggen/terug', lazy: () => import('#src/features/account/routes/sign-in-callback.tsx') },
          { path: 'uitloggen', lazy: () => import('#src/features/account/routes/sign-out.tsx') },
          { path: 'uitgelogd', lazy: () => import('#src/features/account/routes/signed-out.tsx') },
          { path: 'privacy', lazy: () => import('#src/features/info/routes/privacy.tsx') },
          { path: 'toegankelijkheid', lazy: () => import('#src/features/info/routes/accessibility.tsx') },
          { path: 'gedeeld/:token', lazy: () => import('#src/features/portfolio/routes/public-share.tsx') },
          { path: 'mijn-gegevens/verwijderd', lazy: () => import('#src/features/my-data/routes/deleted.tsx') },
          {
            element: (
              <RequireRole roles={['client']}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { path: 'start', lazy: () => import('#src/features/home/routes/client-home.tsx') },
              { path: 'profiel', lazy: () => import('#src/features/profile/routes/profile.tsx') },
              { path: 'vragenlijst', lazy: () => import('#src/features/intake/routes/start.tsx') },
              { path: 'vragenlijst/controleren', lazy: () => import('#src/features/intake/routes/check.tsx') },
              { path: 'vragenlijst/uitkomst', lazy: () => import('#src/features/intake/routes/result.tsx') },
              { path: 'vragenlijst/aanvullend', lazy: () => import('#src/features/intake/routes/start.tsx') },
              { path: 'vragenlijst/aanvullend/controleren', lazy: () => import('#src/features/intake/routes/check.tsx') },
              { path: 'vragenlijst/aanvullend/uitkomst', lazy: () => import('#src/features/intake/routes/result.tsx') },
              { path: 'werkmap', handle: { namespaces: ['workFolder'] }, ...workFolderData, lazy: () => import('#src/features/work-folder/routes/work-folder.tsx') },
              { path: 'werkmap/overzicht', lazy: () => import('#src/features/work-folder/routes/print.tsx') },
              { path: 'werkmap/:activityId', lazy: () => import('#src/features/work-folder/routes/activity.tsx') },
              { path: 'cv', lazy: () => import('#src/features/cv/routes/cv-home.tsx') },
              { path: 'cv/uitwisselen', handle: { namespaces: ['cvExchange'] }, lazy: onDemand.exchange },
              { path: 'cv/gegevens/:section', lazy: () => import('#src/features/cv/routes/section.tsx') },
              { path: 'cv/:cvId/afdrukken', lazy: () => import('#src/features/cv/routes/cv-print.tsx') },
              { path: 'berichten', lazy: () => import('#src/features/messages/routes/messages.tsx') },
              { path: 'taken', lazy: () => import('#src/features/tasks/routes/tasks.tsx') },
              { path: 'portfolio', lazy: () => import('#src/features/portfolio/routes/portfolio.tsx') },
              { path: 'portfolio/bewaren', handle: { namespaces: ['portfolioKeep'] }, lazy: onDemand.keep },
              { path: 'portfolio/:itemId', lazy: () => import('#src/features/portfolio/routes/item.tsx') },
              { path: 'mijn-gegevens', lazy: () => import('#src/features/my-data/routes/my-data.tsx') },
              { path: 'mijn-gegevens/wijzigingen', lazy: onDemand.changes },
              { path: 'mijn-gegevens/machtigingen', lazy: onDemand.authorisations },
              // vacancies and courses (issue 19): the explorer is its own chunk
              { path: 'vacatures', lazy: () => import('#src/features/vacancies/routes/vacancies.tsx') },
              { path: 'vacatures/mijn', lazy: () => import('#src/features/vacancies/routes/mine.tsx') },
              { path: 'vacatures/zoekprofiel/waarom', handle: { namespaces: ['vacancyPages'] }, lazy: onDemand.why },
              { path: 'vacatures/wat-past-bij-mij', handle: { namespaces: ['vacancyPages'] }, lazy: onDemand.whatFits },
              { path: 'vacatures/:vacancyId', lazy: () => import('#src/features/vacancies/routes/vacancy.tsx') },
              { path: 'voorstellen', lazy: () => import('#src/features/vacancies/routes/proposals.tsx') },
              {
                // pages that exist to change data: a helper who may only view gets a page saying so
                element: (
                  <RequireWrite>
                    <Outlet />
                  </RequireWrite>
                ),
                children: [
                  { path: 'vragenlijst/vraag/:questionId', lazy: () => import('#src/features/intake/routes/question.tsx') },
                  { path: 'vragenlijst/aanvullend/vraag/:questionId', lazy: () => import('#src/features/intake/routes/question.tsx') },
                  { path: 'werkmap/nieuw', lazy: () => import('#src/features/work-folder/routes/activity-edit.tsx') },
                  { path: 'werkmap/indienen', lazy: () => import('#src/features/work-folder/routes/hand-in.tsx') },
                  { path: 'werkmap/:activityId/wijzigen', lazy: () => import('#src/features/work-folder/routes/activity-edit.tsx') },
                  { path: 'cv/gegevens/persoonlijk', lazy: () => import('#src/features/cv/routes/personal.tsx') },
                  { path: 'cv/gegevens/profiel', lazy: () => import('#src/features/cv/routes/profile-text.tsx') },
                  { path: 'cv/:cvId', lazy: () => import('#src/features/cv/routes/cv-edit.tsx') },
                  { path: 'cv/gegevens/eigen', lazy: () => import('#src/features/cv/routes/custom-sections.tsx') },
                  { path: 'cv/gegevens/:section/:entryId', lazy: () => import('#src/features/cv/routes/entry-edit.tsx') },
                  { path: 'portfolio/nieuw', lazy: () => import('#src/features/portfolio/routes/new-item.tsx') },
                  { path: 'portfolio/delen', lazy: () => import('#src/features/portfolio/routes/share.tsx') },
                  { path: 'portfolio/:itemId/wijzigen', lazy: () => import('#src/features/portfolio/routes/item-edit.tsx') },
                  { path: 'vacatures/zoekprofiel', lazy: () => import('#src/features/vacancies/routes/search-profile.tsx') },
                ],
              },
            ],
          },
          {
            element: (
              <RequireRole roles={['coach']}>
                <Outlet />
              </RequireRole>
            ),
            children: coachScreens,
          },
          // Meldingen (issue 17): a client's and a coach's own notifications and settings
          {
            element: (
              <RequireRole roles={['client', 'coach']}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { path: 'meldingen', handle: { namespaces: ['notifications'] }, lazy: () => import('#src/features/notifications/routes/notifications.tsx') },
              { path: 'meldingen/instellingen', handle: { namespaces: ['notifications'] }, lazy: onDemand.notificationSettings },
            ],
          },
          {
            element: (
              <RequireRole roles={['helper']}>
                <Outlet />
              </RequireRole>
            ),
            children: [{ path: 'helper', lazy: () => import('#src/features/home/routes/helper-home.tsx') }],
          },
          // the regisseur werk (issue 19): vacancies, ranked candidates, proposals
          {
            element: (
              <RequireRole roles={['jobBroker']}>
                <Outlet />
              </RequireRole>
            ),
            children: jobBrokerScreens,
          },
          // the teamleider (issue 21): the team's figures
          {
            element: (
              <RequireRole roles={['teamLead']}>
                <Outlet />
              </RequireRole>
            ),
            children: teamLeadScreens,
          },
          // the functioneel beheerder (issue 21): the entree's rules, never a client
          {
            element: (
              <RequireRole roles={['functionalAdmin']}>
                <Outlet />
              </RequireRole>
            ),
            children: functionalAdminScreens,
          },
          {
            element: (
              <RequireRole roles={['client', 'coach', 'helper', 'jobBroker', 'teamLead', 'functionalAdmin']}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { path: 'wijzigingen', lazy: () => import('#src/features/sync/routes/sync-page.tsx') },
              // a course (issue 19): the client from "Wat past bij mij?", the coach from a client's message
              { path: 'opleidingen/:courseId', handle: { namespaces: ['vacancyPages'] }, lazy: onDemand.course },
              { path: 'uitloggen/afdrukken', lazy: () => import('#src/features/account/routes/print-unsent.tsx') },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/**
 * After the first screen (and after a sign-in): the files of every screen the person signed in may
 * open that the precache does not hold are fetched into the screens' cache (`warmScreens`, without
 * running them), and the staff screens' texts and those of the rarely used client screens are loaded
 * in the language shown (the other languages' texts are cached at runtime only once used).
 */
export function warmScreensFor(role: string | undefined): void {
  if (!role || typeof navigator === 'undefined' || !navigator.serviceWorker?.controller) return;
  void warmScreens(role).catch(() => undefined);
  const staff = role !== 'client' && role !== 'helper';
  void i18next.loadNamespaces([...(staff ? staffNamespaces : []), ...onDemandNamespaces]).catch(() => undefined);
}

/**
 * Starts downloading the screen at `pathname` (its route modules) before the router exists, while
 * the configuration and the texts are read: on a full page load of `/coach` that chunk and its
 * dependencies were a round trip after config.json (issue 15). The router's own `lazy` gets the
 * same modules (the browser loads a module once); texts are the router's (they depend on the language).
 */
export function preloadScreen(pathname: string): void {
  for (const { route } of matchRoutes(routes, pathname) ?? []) if (typeof route.lazy === 'function') void Promise.resolve(route.lazy()).catch(() => undefined);
}

/** Starts downloading the texts of the screen at `pathname` (its route's `handle.namespaces`) at the very start: they gate its first render. */
export function preloadScreenTexts(pathname: string): void {
  preloadTexts((matchRoutes(routes, pathname) ?? []).flatMap(({ route }) => namespacesOf(route.handle)));
}

export function createRouter() {
  return createBrowserRouter(withScreenTexts(routes));
}

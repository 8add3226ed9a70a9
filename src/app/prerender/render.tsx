/**
 * The build-time prerender of the sign-in page (docs/decisions/012-prerendered-sign-in.md). Runs in
 * Node, loaded by the build (vite.config.ts, `prerenderSignIn` plugin) through Vite's SSR loader: the
 * same routes, layout and Dutch texts as the app, rendered at `/inloggen` for nobody signed in. The
 * app hydrates this markup (main.tsx) when `prerenderedSignInFits` says it is the page it will show.
 */
import { renderToString } from 'react-dom/server';
import { createMemoryRouter } from 'react-router';
import { createQueryClient } from '#src/shared/api/query-client.ts';
import { initI18n } from '#src/shared/i18n/i18n.ts';
import { appElement } from '../providers.tsx';
import { routerReady } from '../router-ready.ts';
import { routes } from '../router.tsx';

/** The markup of `#root` for the sign-in page, in Dutch. */
export async function renderSignIn(): Promise<string> {
  const i18n = await initI18n('nl');
  const router = createMemoryRouter(routes, { initialEntries: ['/inloggen'] });
  await routerReady(router);
  const html = renderToString(appElement(router, createQueryClient(), i18n));
  router.dispose();
  return html;
}

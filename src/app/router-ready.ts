import type { DataRouter } from 'react-router';

/**
 * Resolves once the router has loaded the first route's lazy module: rendering before that shows
 * the hydrate fallback, which is not what the prerendered HTML holds (see main.tsx).
 */
export function routerReady(router: DataRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}

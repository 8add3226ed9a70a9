import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, ShouldRevalidateFunction } from 'react-router';
import type { User } from '#src/shared/auth/schemas.ts';
import { sessionStore } from '#src/shared/auth/session-store.ts';

/**
 * A screen's main read, declared in the route table next to its chunk and texts (issue 15):
 * `...screenData((user) => import('…/api/x.ts').then((api) => api.xQueryOptions(…)))` gives the
 * query to start for the person signed in (null: none). The router runs a route's loader together
 * with its `lazy`, so the read is on its way while the screen's chunk and texts load, instead of
 * starting once the screen has rendered; on a full page load it starts as soon as the saved data is
 * restored (`screenDataReady`). Only a start, and only when there is nothing saved to show: the
 * loader returns at once, the screen reads the same query (still on its way: it is not asked for
 * twice) and shows a failure itself.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query's options (its data is the screen's business)
export type ScreenData = (user: User) => Promise<FetchQueryOptions<any, any, any, any> | null>;

let ready: (queryClient: QueryClient) => void = () => undefined;
const started = new Promise<QueryClient>((resolve) => {
  ready = resolve;
});

/** The device services run (API wired to the session, saved data restored): reads may start. */
export function screenDataReady(queryClient: QueryClient): void {
  ready(queryClient);
}

async function prefetch(data: ScreenData): Promise<void> {
  const queryClient = await started;
  const user = sessionStore.get()?.user;
  const options = user ? await data(user) : null;
  // only a read the screen would wait for: saved data shows at once and is refreshed after the
  // screen's render as before (parsing a fresh werkmap of 10,000 activities before the first
  // render made it later, not sooner)
  if (options && queryClient.getQueryData(options.queryKey) === undefined) await queryClient.prefetchQuery(options);
}

/** The route properties that start `data` when the route is navigated to (not again when only its search changes). */
export function screenData(data: ScreenData): { loader: LoaderFunction; shouldRevalidate: ShouldRevalidateFunction } {
  return {
    loader: () => {
      void prefetch(data).catch(() => undefined);
      return null;
    },
    shouldRevalidate: () => false,
  };
}

import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { matchRoutes, type LoaderFunction } from 'react-router';
import { createTestQueryClient, signInAs } from '#test/render.tsx';
import { wireApiToSession } from './start.ts';
import { routes } from './router.tsx';
import { screenDataReady } from './screen-data.ts';
import { coachKeys } from '#src/features/coach/api/keys.ts';
import { workFolderKeys } from '#src/features/work-folder/api/keys.ts';

/** The loader of the screen at `path`, as the router calls it. */
function load(path: string): unknown {
  const match = matchRoutes(routes, path)?.at(-1);
  const loader = match?.route.loader as LoaderFunction | undefined;
  if (!loader) throw new Error(`no loader for ${path}`);
  return loader({ request: new Request(`http://localhost${path}`), params: {}, context: undefined } as never);
}

describe('route data prefetch (issue 15)', () => {
  it("starts a big screen's read from the route table once the app runs, for whom it is, without waiting for it, when nothing is saved", async () => {
    wireApiToSession();
    const queryClient = createTestQueryClient();
    await signInAs('client-anna');
    // the router does not wait: the loader only starts the read
    expect(load('/werkmap')).toBeNull();
    expect(load('/coach')).toBeNull();
    // nothing is asked for before the device services run (the token, the saved data)
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);

    screenDataReady(queryClient);
    await waitFor(() => expect(queryClient.getQueryData(workFolderKeys.folder('client-anna'))).toMatchObject({ clientId: 'client-anna' }));
    // a client is no coach: no caseload is asked for
    expect(queryClient.getQueryState(coachKeys.caseload())).toBeUndefined();

    await signInAs('coach-marieke');
    load('/coach');
    await waitFor(() => expect(queryClient.getQueryData(coachKeys.caseload())).toMatchObject({ coachId: 'coach-marieke' }));

    // data on the device (restored): the screen shows it at once and refreshes it itself, after its render
    queryClient.setQueryData(coachKeys.caseload(), (old: object | undefined) => old, { updatedAt: 0 });
    load('/coach');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(queryClient.getQueryState(coachKeys.caseload())?.fetchStatus).toBe('idle');
    expect(queryClient.getQueryState(coachKeys.caseload())?.dataUpdatedAt).toBe(0);
  });

  it('is not asked for again when only the search changes (the werkmap keeps its filters in the URL)', () => {
    const route = matchRoutes(routes, '/werkmap')?.at(-1)?.route;
    expect(typeof route?.shouldRevalidate).toBe('function');
    expect(route?.shouldRevalidate?.({} as never)).toBe(false);
  });
});

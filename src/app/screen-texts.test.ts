import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import { namespacesOf, withScreenTexts } from './screen-texts.ts';

type LazyFn = () => Promise<{ handle?: unknown; Component?: unknown }>;
const lazyOf = (route: RouteObject | undefined) => route?.lazy as unknown as LazyFn;

describe('namespacesOf', () => {
  it("reads a module's declared namespaces, and nothing from anything else", () => {
    expect(namespacesOf({ namespaces: ['coach', 'tasks'] })).toEqual(['coach', 'tasks']);
    expect(namespacesOf({ namespaces: ['coach', 3] })).toEqual(['coach']);
    for (const handle of [undefined, null, 'coach', {}, { namespaces: 'coach' }]) expect(namespacesOf(handle)).toEqual([]);
  });
});

describe('withScreenTexts', () => {
  it("resolves a screen's lazy module only once its declared texts are loaded, also in nested routes", async () => {
    const loaded: string[][] = [];
    let finish = () => {};
    const load = (namespaces: string[]) => {
      loaded.push(namespaces);
      return new Promise<void>((resolve) => (finish = resolve));
    };
    const Component = () => null;
    const routes = withScreenTexts([{ path: '/', children: [{ path: 'coach', lazy: () => Promise.resolve({ Component, handle: { namespaces: ['coach', 'tasks'] } }) }] }], load);
    let resolved = false;
    const module = lazyOf(routes[0]?.children?.[0])().then((m) => {
      resolved = true;
      return m;
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(loaded).toEqual([['coach', 'tasks']]);
    expect(resolved).toBe(false);
    finish();
    expect(await module).toEqual({ Component, handle: { namespaces: ['coach', 'tasks'] } });
  });

  it("starts loading the route table's namespaces together with the chunk, not after it", async () => {
    const events: string[] = [];
    let finishChunk = () => {};
    const Component = () => null;
    const chunk = new Promise<{ Component: () => null }>((resolve) => (finishChunk = () => resolve({ Component })));
    const routes = withScreenTexts([{ path: 'coach', handle: { namespaces: ['coach', 'tasks'] }, lazy: () => (events.push('chunk'), chunk) }], (namespaces) => {
      events.push(namespaces.join('+'));
      return Promise.resolve();
    });
    const module = lazyOf(routes[0])();
    await new Promise((r) => setTimeout(r, 0));
    // both asked for before the chunk arrived
    expect(events).toEqual(['chunk', 'coach+tasks']);
    finishChunk();
    expect(await module).toEqual({ Component });
    expect(events).toEqual(['chunk', 'coach+tasks']);
  });

  it('leaves a module without namespaces, a route without lazy and a failed load alone', async () => {
    const loaded: string[][] = [];
    const routes = withScreenTexts(
      [
        { path: 'a', lazy: () => Promise.resolve({ Component: () => null }) },
        { path: 'b', element: null },
        { path: 'c', lazy: () => Promise.resolve({ handle: { namespaces: ['x'] } }) },
      ],
      (namespaces) => {
        loaded.push(namespaces);
        return Promise.reject(new Error('offline'));
      },
    );
    await lazyOf(routes[0])();
    expect(loaded).toEqual([]);
    expect(routes[1]).toEqual({ path: 'b', element: null });
    await expect(lazyOf(routes[2])()).resolves.toEqual({ handle: { namespaces: ['x'] } });
    expect(loaded).toEqual([['x']]);
  });
});

import type { RouteObject } from 'react-router';
import { i18next } from '#src/shared/i18n/i18n.ts';

/**
 * A screen's texts load with its chunk (issue 15). A route declares the i18n namespaces its screen
 * renders with in the route table, `handle: { namespaces: ['coach', 'messages'] }`: its `lazy` then
 * starts loading them together with the chunk, and resolves once both are there, so the screen
 * renders at once instead of suspending for them. (A route module may still declare them itself,
 * `export const handle = …`; those load only once the chunk is there, one round trip later.)
 * A screen that suspends shows the fallback first, and React then holds the screen back for at
 * least 300 ms (its Suspense reveal throttle): on the caseload's full page load that was a quarter
 * of the time. Texts that fail to load do not stop the screen (it suspends for them as before).
 */

export function namespacesOf(handle: unknown): string[] {
  if (typeof handle !== 'object' || handle === null) return [];
  const namespaces = (handle as { namespaces?: unknown }).namespaces;
  return Array.isArray(namespaces) ? namespaces.filter((ns): ns is string => typeof ns === 'string') : [];
}

type Lazy = () => Promise<{ handle?: unknown }>;

/** The routes with every `lazy` loading the module's declared namespaces before it resolves. */
export function withScreenTexts(routes: RouteObject[], load: (namespaces: string[]) => Promise<unknown> = (ns) => i18next.loadNamespaces(ns)): RouteObject[] {
  return routes.map((route) => {
    const lazy = typeof route.lazy === 'function' ? (route.lazy as Lazy) : undefined;
    const children = route.children ? withScreenTexts(route.children, load) : undefined;
    const out = { ...route, ...(children ? { children } : {}) } as RouteObject;
    if (!lazy) return out;
    const declared = namespacesOf(route.handle);
    const withTexts: Lazy = async () => {
      // the route table's namespaces load at the same time as the chunk, the module's after it
      const [module] = await Promise.all([lazy(), declared.length > 0 ? load(declared).catch(() => undefined) : undefined]);
      const namespaces = namespacesOf(module.handle);
      if (namespaces.length > 0) await load(namespaces).catch(() => undefined);
      return module;
    };
    return { ...out, lazy: withTexts } as RouteObject;
  });
}

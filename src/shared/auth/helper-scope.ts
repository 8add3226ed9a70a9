/**
 * What a helper acting for a client may open (decision 005): the client's own screens, except
 * the conversation with the e-coach and the e-portfolio, which the server refuses to a helper
 * whatever the machtiging's scope. The navigation and the links on the client's pages hide
 * these, so a helper is not offered a page that only says "Geen toegang".
 */
export const HELPER_CLOSED_SECTIONS = ['/berichten', '/portfolio'] as const;

/** Whether a helper acting for a client may open this address of the client's screens. */
export function helperMayOpen(path: string): boolean {
  return !HELPER_CLOSED_SECTIONS.some((section) => path === section || path.startsWith(`${section}/`));
}

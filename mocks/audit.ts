import { db, type FiguresViewRecord, type PortfolioAccessRecord } from './db.ts';
import { now, nowIso } from './clock.ts';
import type { Actor } from './http.ts';

/**
 * The audit trail (issue 8): every change to a client's data records who made it
 * and for whom (`changeLog`), and every read of a client's data by someone else
 * (coach, helper) is kept in `accessLog`, so the client can see both under
 * "Mijn gegevens". A view of a shared portfolio item (the coach, a link) is also
 * kept per item (`portfolioAccess`, the portfolio's own "who viewed"). Handlers
 * call these with one line each.
 */

/** `/api/clients/<id>/...` → `<id>`; null for paths that are not about one client. */
export function clientIdOfPath(request: Request): string | null {
  const match = /^\/api\/clients\/([^/]+)/.exec(new URL(request.url).pathname);
  return match ? decodeURIComponent(match[1] as string) : null;
}

let counter = 0;
function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${now().getTime().toString(36)}-${counter.toString(36)}`;
}

/**
 * Records an applied change. `resource` is `<kind>:<id>` (as in the write log); the kind
 * is the summary the app shows in words. The client comes from `clientId`, else the path, else
 * the signed-in client (`/portfolio/...` has no client in the path).
 */
export function recordChange(
  request: Request,
  actor: Actor,
  resource: string,
  clientId: string | null = clientIdOfPath(request) ?? actor.user.clientId ?? null,
): void {
  if (!clientId || !db.clients.has(clientId)) return;
  db.changeLog.put({
    id: nextId('change'),
    at: nowIso(),
    actorId: actor.user.id,
    actorName: actor.user.name,
    actorRole: actor.user.role,
    onBehalfOfClientId: clientId,
    resource,
    summary: resource.split(':')[0] || resource,
  });
}

/** Reads by the same person of the same thing within this window count once. */
const ACCESS_WINDOW_MS = 10 * 60_000;

/**
 * Records that a coach or helper read a client's data (the client's own reads are not logged).
 * `clientIds` defaults to the client in the path; a list endpoint (the caseload) passes its clients.
 */
export function recordAccess(request: Request, actor: Actor, resource: string, clientIds: string[] | null = null): void {
  if (actor.user.role === 'client') return;
  const ids = clientIds ?? [clientIdOfPath(request)].filter((id): id is string => id !== null);
  const at = now().getTime();
  const recent = db.accessLog.list().filter((entry) => entry.actorId === actor.user.id && entry.resource === resource && at - Date.parse(entry.at) < ACCESS_WINDOW_MS);
  for (const clientId of ids) {
    if (!db.clients.has(clientId) || recent.some((entry) => entry.clientId === clientId)) continue;
    db.accessLog.put({
      id: nextId('access'),
      at: nowIso(),
      actorId: actor.user.id,
      actorName: actor.user.name,
      actorRole: actor.user.role,
      clientId,
      resource,
    });
  }
}

/**
 * Records that the coach or a link viewer saw a shared portfolio item or one of its files, in
 * the portfolio's own access log; repeated views by the same viewer within the window count once.
 */
export function recordPortfolioView(entry: Omit<PortfolioAccessRecord, 'id' | 'at'>): void {
  const at = now().getTime();
  const recent = db.portfolioAccess
    .list()
    .some(
      (e) =>
        e.itemId === entry.itemId &&
        e.shareId === entry.shareId &&
        e.viewer === entry.viewer &&
        e.what === entry.what &&
        at - Date.parse(e.at) < ACCESS_WINDOW_MS,
    );
  if (recent) return;
  db.portfolioAccess.put({ ...entry, id: crypto.randomUUID(), at: nowIso() });
}

/** Records that a teamleider looked at their team's figures (issue 21): the period and the filters. */
export function recordFiguresView(actor: Actor, view: { teamId: string; period: string; coach: string | null; line: FiguresViewRecord['line'] }): void {
  db.figuresLog.put({ id: nextId('figures'), at: nowIso(), actorId: actor.user.id, actorName: actor.user.name, ...view });
}

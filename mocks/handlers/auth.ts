import { personaListSchema, sessionInfoSchema, sessionSchema, signInRequestSchema } from '#src/shared/auth/schemas.ts';
import { db, type SessionRecord, type UserRecord } from '../db.ts';
import { now, nowIso } from '../clock.ts';
import { activeAuthorisation, authenticate, json, noContent, parseBody, route, type Operation } from '../http.ts';

/** Mock DigiD: pick a persona, get a session with a bearer token. */

const SESSION_HOURS = 8;
const PUBLIC_COMPUTER_MINUTES = 30;

function newToken(): string {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function publicUser(user: UserRecord) {
  return { id: user.id, role: user.role, name: user.name, clientId: user.clientId };
}

/** The acting context of a helper's session, while its authorisation is still active. */
function actingForOf(session: SessionRecord, user: UserRecord) {
  if (user.role !== 'helper' || !session.actingForClientId) return null;
  const authorisation = activeAuthorisation(user.id, session.actingForClientId);
  const client = db.clients.get(session.actingForClientId);
  if (!authorisation || !client) return null;
  return { clientId: client.id, name: client.name, scope: authorisation.scope, endsAt: authorisation.endsAt };
}

export function sessionInfo(session: SessionRecord, user: UserRecord) {
  const actingFor = actingForOf(session, user);
  const shown = actingFor ? { ...publicUser(user), clientId: actingFor.clientId } : publicUser(user);
  return { user: shown, expiresAt: session.expiresAt, publicComputer: session.publicComputer, actingFor };
}

export const handlers = [
  // the app's connection check (src/shared/api/connectivity.ts): any answer means the API is reachable
  route('GET', '/health', () => noContent()),

  route('GET', '/auth/personas', () => {
    const personas = db.users.list().map((user) => ({ id: user.id, role: user.role, name: user.name, description: user.description }));
    return json(personaListSchema.parse(personas));
  }),

  route('POST', '/auth/session', async ({ request }) => {
    const body = await parseBody(request, signInRequestSchema, (raw): Record<string, string[]> => {
      const personaId = (raw as { personaId?: unknown } | null)?.personaId;
      return typeof personaId === 'string' && !db.users.has(personaId) ? { personaId: ['validation.personaId.unknown'] } : {};
    });
    const user = db.users.get(body.personaId) as UserRecord;
    const lifetimeMs = body.publicComputer ? PUBLIC_COMPUTER_MINUTES * 60_000 : SESSION_HOURS * 3_600_000;
    const session = db.sessions.put({
      token: newToken(),
      userId: user.id,
      createdAt: nowIso(),
      expiresAt: new Date(now().getTime() + lifetimeMs).toISOString(),
      publicComputer: body.publicComputer,
      actingForClientId: null,
    });
    return json(sessionSchema.parse({ token: session.token, ...sessionInfo(session, user) }), { status: 201 });
  }),

  route('GET', '/auth/session', ({ request }) => {
    const { session, user } = authenticate(request);
    return json(sessionInfoSchema.parse(sessionInfo(session, user)));
  }),

  route('DELETE', '/auth/session', ({ request }) => {
    const { session } = authenticate(request);
    db.sessions.delete(session.token);
    return noContent();
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'health',
    method: 'GET',
    path: '/health',
    summary: 'Answers 204: the app checks with it whether the API can be reached (no token, no body, never cached)',
    tag: 'auth',
    auth: false,
    responses: [204],
  },
  {
    operationId: 'listPersonas',
    method: 'GET',
    path: '/auth/personas',
    summary: 'Personas for the mock DigiD screen (test environments only)',
    tag: 'auth',
    auth: false,
    response: { name: 'PersonaList', schema: personaListSchema },
    responses: [200],
  },
  {
    operationId: 'signIn',
    method: 'POST',
    path: '/auth/session',
    summary: 'Sign in as a persona; 8 hours, or 30 minutes on a public computer',
    tag: 'auth',
    auth: false,
    request: { name: 'SignInRequest', schema: signInRequestSchema },
    response: { name: 'Session', schema: sessionSchema },
    responses: [201, 400, 422],
  },
  {
    operationId: 'getSession',
    method: 'GET',
    path: '/auth/session',
    summary: 'The current session, without the token',
    tag: 'auth',
    auth: true,
    response: { name: 'SessionInfo', schema: sessionInfoSchema },
    responses: [200, 401],
  },
  {
    operationId: 'signOut',
    method: 'DELETE',
    path: '/auth/session',
    summary: 'Sign out: the token is invalid afterwards',
    tag: 'auth',
    auth: true,
    responses: [204, 401],
  },
];

import { personaListSchema, sessionInfoSchema, sessionSchema, type Session } from '#src/shared/auth/schemas.ts';
import { db, type SessionRecord, type UserRecord } from '../db.ts';
import { now, nowIso } from '../clock.ts';
import { activeAuthorisation, authenticate, endSession, json, noContent, route, type Operation } from '../http.ts';
import { ACR, mintAccessToken } from '../oidc/tokens.ts';

/**
 * The session API. People sign in at the OpenID providers (mocks/oidc/provider.ts) — the only way in
 * (issue 18). Tests that need a session without a browser call `createTestSession` directly (the
 * component tests' harness, mocks/testing.ts) or through the Node server's test endpoint
 * `POST /__mock/session` (the end-to-end tests' "another device"): not part of the contract. It
 * issues the same kind of signed access token (DigiD "midden" for a client), checked the same way.
 */

const SESSION_HOURS = 8;
const PUBLIC_COMPUTER_MINUTES = 30;

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

/**
 * Tests only: a session for a persona (8 hours, 30 minutes on a public computer) with a signed
 * access token, as if they had signed in at the provider. Throws for an unknown persona.
 */
export async function createTestSession(personaId: string, publicComputer = false): Promise<Session> {
  const user = db.users.get(personaId);
  if (!user) throw new Error(`no persona ${personaId}`);
  const lifetimeMs = publicComputer ? PUBLIC_COMPUTER_MINUTES * 60_000 : SESSION_HOURS * 3_600_000;
  const session = db.sessions.put({
    sid: globalThis.crypto.randomUUID(),
    userId: user.id,
    createdAt: nowIso(),
    expiresAt: new Date(now().getTime() + lifetimeMs).toISOString(),
    publicComputer,
    actingForClientId: null,
  });
  const token = await mintAccessToken({
    sub: user.id,
    role: user.role,
    sid: session.sid,
    acr: user.role === 'client' ? ACR.midden : null,
    expiresAt: new Date(session.expiresAt),
  });
  return sessionSchema.parse({ token, ...sessionInfo(session, user) });
}

export const handlers = [
  // the app's connection check (src/shared/api/connectivity.ts): any answer means the API is reachable
  route('GET', '/health', () => noContent()),

  route('GET', '/auth/personas', () => {
    const personas = db.users.list().map((user) => ({ id: user.id, role: user.role, name: user.name, description: user.description }));
    return json(personaListSchema.parse(personas));
  }),

  route('GET', '/auth/session', ({ request }) => {
    const { session, user } = authenticate(request);
    return json(sessionInfoSchema.parse(sessionInfo(session, user)));
  }),

  route('DELETE', '/auth/session', ({ request }) => {
    const { session } = authenticate(request);
    endSession(session.sid);
    return noContent();
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'health',
    method: 'GET',
    path: '/health',
    summary: 'Connection check',
    description:
      "The app's connection check: answers 204 with no body to anyone, without a token. The app calls it with back-off while it believes it is offline (docs/decisions/008); any answer, whatever its status, means the API is reachable again. Never cache it.",
    tag: 'auth',
    auth: false,
    responses: [204],
  },
  {
    operationId: 'listPersonas',
    method: 'GET',
    path: '/auth/personas',
    summary: 'Personas of the mock DigiD',
    description:
      'The people one can sign in as on the mock DigiD screen (id, role, name, a short description). Only for test and demo environments: a real backend signs people in through DigiD and need not offer it.',
    tag: 'auth',
    auth: false,
    response: { name: 'PersonaList', schema: personaListSchema },
    responses: [200],
  },
  {
    operationId: 'getSession',
    method: 'GET',
    path: '/auth/session',
    summary: 'The current session',
    description:
      'The session of the bearer token, without the token: who is signed in (id, role, name, client id), when the session expires, whether it is a public computer, and for a STIP helper the client they act for (`actingFor`, with the scope and end of the authorisation) while that authorisation is active.',
    tag: 'auth',
    auth: true,
    response: { name: 'SessionInfo', schema: sessionInfoSchema },
    responses: [200, 401],
  },
  {
    operationId: 'signOut',
    method: 'DELETE',
    path: '/auth/session',
    summary: 'Sign out',
    description:
      "Ends the session: the token is refused (401) afterwards. The app wipes the person's data from the device itself.",
    tag: 'auth',
    auth: true,
    responses: [204, 401],
  },
];

import { configureApiAuth } from '#src/shared/api/client.ts';
import type { Session } from '#src/shared/auth/schemas.ts';
import type { ProfileInput } from '#src/features/profile/schemas.ts';
import type { ActivityInput } from '#src/features/work-folder/schemas.ts';
import type { Answers } from '#src/features/intake/definition/schemas.ts';
import { zelfdoenerAnswers } from '#src/features/intake/definition/test-answers.ts';
import { todayIso } from './clock.ts';
import { createTestSession } from './handlers/auth.ts';

/**
 * Helpers for tests that talk to the mock API through real `fetch` (MSW's
 * `setupServer` intercepts it in Vitest). Not used by the app.
 */

export function apiUrl(path: string, base = globalThis.location?.origin ?? 'http://localhost'): string {
  return new URL(`/api${path}`, base).toString();
}

export type CallOptions = {
  method?: string;
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
  base?: string;
};

/** Reads of one client's data (and the coach's and helper's lists): refused to roles that see no client (regisseur werk, teamleider). */
export const PER_CLIENT_READS: Array<[what: string, path: string]> = [
  ['a profile', '/clients/client-anna/profile'],
  ['the messages', '/clients/client-anna/messages'],
  ['the werkmap', '/clients/client-anna/work-folder'],
  ['the intake answers', '/clients/client-anna/intake/draft'],
  ['the CVs', '/clients/client-anna/cvs'],
  ['the portfolio', '/clients/client-anna/portfolio/items'],
  ['the CV profile', '/clients/client-anna/cv-profile'],
  ['the overview', '/clients/client-anna/overview'],
  ['a coach’s view of a client', '/coach/clients/client-anna'],
  ['the timeline', '/clients/client-anna/timeline'],
  ['a coach’s caseload', '/coach/caseload'],
  ['the helper’s clients', '/helper/clients'],
];

/** A raw call, for asserting statuses and headers. */
export function call(path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  return fetch(apiUrl(path, options.base), {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
}

/**
 * A session for a seed persona, as if they had signed in at the provider (`createTestSession`).
 * `actingFor`: a helper then acts for that client (the acting context is left out when the server
 * refuses it, so tests can check the 403s). `base`: the server those requests go to.
 */
export async function signIn(personaId: string, options: { publicComputer?: boolean; base?: string; actingFor?: string } = {}): Promise<Session> {
  const session = await createTestSession(personaId, options.publicComputer ?? false);
  // as the app does after signing in at the provider: it asks who is signed in
  await call('/auth/session', { token: session.token, base: options.base });
  if (options.actingFor) {
    await call('/helper/acting', { method: 'POST', token: session.token, body: { clientId: options.actingFor }, base: options.base });
  }
  return session;
}

/** Signs in and makes `apiRequest` send that token. Returns the token. */
export async function signInForApi(personaId: string, options: { actingFor?: string } = {}): Promise<string> {
  const { token } = await signIn(personaId, options);
  configureApiAuth(() => token);
  return token;
}

/** A profile as the app sends it: Yasmin's details (not registered with UWV), with `overrides`. */
export function profileInput(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    preferredName: 'Yasmin',
    phone: '06 34567890',
    email: '',
    town: 'Groningen',
    benefitApplicationDate: null,
    registeredWithUwv: false,
    uwvRegistrationDate: null,
    ...overrides,
  };
}

/** An activity as the app sends it: today's application by e-mail for a vacancy, sent, with `overrides`. */
export function activityInput(overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    typeId: 'vacancy',
    date: todayIso(),
    employer: 'Bakkerij Bolt',
    jobTitle: 'Verkoopmedewerker',
    vacancy: 'VAC-1',
    how: 'email',
    contactName: '',
    contactDetail: '',
    eventTitle: '',
    notes: '',
    results: [{ status: 'sent', date: todayIso() }],
    ...overrides,
  };
}

/** Submits the entreevragenlijst for a client (a zelfdoener's answers with `changes`); answers the status. */
export async function submitIntake(token: string, clientId: string, submissionId: string, changes: Partial<Answers> = {}): Promise<number> {
  const body = { definitionVersion: 1, answers: { ...zelfdoenerAnswers, ...changes }, helper: null };
  return (await call(`/clients/${clientId}/intake/submissions/${submissionId}`, { token, method: 'PUT', body })).status;
}

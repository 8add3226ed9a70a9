import { describe, expect, it } from 'vitest';
import { problemSchema } from '#src/shared/api/problem.ts';
import type { ItemInput } from '#src/features/portfolio/schemas.ts';
import { db } from '../db.ts';
import { activityInput, call, signIn } from '../testing.ts';

/**
 * URL fields accept only web addresses (issue 13): the server validates with the app's shared
 * schema (`src/shared/lib/url.ts`) and refuses the rest with a field error.
 */

const ANNA = '/clients/client-anna';
const tokenOf = async (persona: string) => (await signIn(persona)).token;
const HOSTILE = ['javascript:alert(document.cookie)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

const appointment = (onlineUrl: string | null) => ({
  kind: 'appointment',
  body: '',
  link: null,
  appointment: { startsAt: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 30, place: null, onlineUrl },
  writtenAt: new Date().toISOString(),
  attachmentCount: 0,
});

const activity = (vacancy: string) => activityInput({ vacancy });

const item = (link: string | null): ItemInput => ({ kind: 'product', subKind: null, title: 'Mijn website', description: '', organisation: null, startDate: null, endDate: null, tags: [], link, starr: null });

async function fieldErrors(response: Response) {
  expect(response.status).toBe(422);
  return problemSchema.parse(await response.json()).fieldErrors;
}

describe('URL fields', () => {
  it.each(HOSTILE)("refuse %j as an appointment's online link, an activity's vacancy link and a portfolio product's link", async (url) => {
    const marieke = await tokenOf('coach-marieke');
    const anna = await tokenOf('client-anna');
    expect(await fieldErrors(await call(`${ANNA}/messages/m-js`, { method: 'PUT', token: marieke, body: appointment(url) }))).toEqual({ 'appointment.onlineUrl': ['validation.url.web'] });
    expect(db.messages.get('m-js')).toBeUndefined();
    expect(await fieldErrors(await call(`${ANNA}/activities/act-js`, { method: 'PUT', token: anna, body: activity(url) }))).toEqual({ vacancy: ['validation.url.webOrText'] });
    expect(db.activities.get('act-js')).toBeUndefined();
    expect(await fieldErrors(await call('/portfolio/items/pf-js', { method: 'PUT', token: anna, body: item(url) }))).toEqual({ link: ['validation.url.web'] });
    expect(db.portfolioItems.get('pf-js')).toBeUndefined();
  });

  it('accept web addresses, and a vacancy number as text', async () => {
    const marieke = await tokenOf('coach-marieke');
    const anna = await tokenOf('client-anna');
    expect((await call(`${ANNA}/messages/m-ok`, { method: 'PUT', token: marieke, body: appointment('https://meet.example.org/marieke-anna') })).status).toBe(201);
    expect((await call(`${ANNA}/activities/act-ok`, { method: 'PUT', token: anna, body: activity('https://www.werk.nl/vacatures/123') })).status).toBe(201);
    expect((await call(`${ANNA}/activities/act-ok2`, { method: 'PUT', token: anna, body: activity('Vacaturenummer: 38121') })).status).toBe(201);
    expect((await call('/portfolio/items/pf-ok', { method: 'PUT', token: anna, body: item('http://example.org/taart') })).status).toBe(201);
  });
});

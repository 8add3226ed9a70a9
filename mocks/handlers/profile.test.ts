import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, configureApiAuth } from '#src/shared/api/client.ts';
import { ApiError } from '#src/shared/api/errors.ts';
import { problemSchema } from '#src/shared/api/problem.ts';
import { profileSchema, type ProfileInput } from '#src/features/profile/schemas.ts';
import { addDays, todayIso } from '../clock.ts';
import { db } from '../db.ts';
import { configureSwitches } from '../switches.ts';
import { call, signIn, signInForApi } from '../testing.ts';

afterEach(() => configureApiAuth(() => null));

const PATH = '/clients/client-anna/profile';

function input(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    preferredName: 'Anna',
    phone: '06 12345678',
    email: 'anna@example.nl',
    town: 'Haren',
    benefitApplicationDate: addDays(todayIso(), -3),
    registeredWithUwv: true,
    uwvRegistrationDate: addDays(todayIso(), -5),
    ...overrides,
  };
}

async function problemOf(response: Response) {
  return problemSchema.parse(await response.json());
}

describe('GET profile', () => {
  it('returns the profile with its version as ETag', async () => {
    await signInForApi('client-anna');
    const { data, etag } = await apiRequest({ path: PATH, schema: profileSchema });
    expect(data.clientId).toBe('client-anna');
    expect(etag).toBe(`"${data.version}"`);
  });
});

describe('PUT profile: validation', () => {
  it('answers 422 with field errors keyed by field, as i18n keys', async () => {
    const { token } = await signIn('client-anna');
    const response = await call(PATH, {
      token,
      method: 'PUT',
      body: input({ preferredName: ' ', phone: 'bel me', email: 'geen-mail', registeredWithUwv: true, uwvRegistrationDate: null }),
    });
    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem.fieldErrors).toEqual({
      preferredName: ['validation.preferredName.required'],
      phone: ['validation.phone.invalid'],
      email: ['validation.email.invalid'],
      uwvRegistrationDate: ['validation.uwvRegistrationDate.required'],
    });
  });

  it('refuses dates in the future', async () => {
    await signInForApi('client-anna');
    const tomorrow = addDays(todayIso(), 1);
    const error = await apiRequest({
      method: 'PUT',
      path: PATH,
      body: input({ benefitApplicationDate: tomorrow, uwvRegistrationDate: tomorrow }),
      schema: profileSchema,
    }).catch((e: unknown) => e as ApiError);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('validation');
    expect((error as ApiError).fieldErrors).toEqual({
      benefitApplicationDate: ['validation.date.future'],
      uwvRegistrationDate: ['validation.date.future'],
    });
    expect(db.writeLog).toHaveLength(0);
  });

  it('gives wrong types a generic key and broken JSON a 400', async () => {
    const { token } = await signIn('client-anna');
    const wrongType = await call(PATH, { token, method: 'PUT', body: { ...input(), town: 12 } });
    expect((await problemOf(wrongType)).fieldErrors).toEqual({ town: ['validation.invalid'] });
    const broken = await call(PATH, { token, method: 'PUT', body: '{"preferredName":' });
    expect(broken.status).toBe(400);
  });
});

describe('PUT profile: versions', () => {
  it('applies a write with a fresh If-Match and bumps the version', async () => {
    await signInForApi('client-anna');
    const before = await apiRequest({ path: PATH, schema: profileSchema });
    const after = await apiRequest({ method: 'PUT', path: PATH, body: input(), ifMatch: before.etag, schema: profileSchema });
    expect(after.status).toBe(200);
    expect(after.data.version).toBe(before.data.version + 1);
    expect(after.etag).toBe(`"${before.data.version + 1}"`);
    expect(after.data.town).toBe('Haren');
    expect(after.data.updatedBy).toEqual({ id: 'client-anna', name: 'Anna de Vries' });
  });

  it('answers 412 with the current profile for a stale If-Match', async () => {
    await signInForApi('client-anna');
    const first = await apiRequest({ method: 'PUT', path: PATH, body: input({ town: 'Haren' }), ifMatch: '"1"', schema: profileSchema });
    const error = await apiRequest({ method: 'PUT', path: PATH, body: input({ town: 'Leek' }), ifMatch: '"1"', schema: profileSchema }).catch(
      (e: unknown) => e as ApiError,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(412);
    expect((error as ApiError).kind).toBe('conflict');
    expect((error as ApiError).code).toBe('version-mismatch');
    expect(profileSchema.parse((error as ApiError).current)).toEqual(first.data);
    expect(db.profiles.get('client-anna')?.town).toBe('Haren');
  });

  it('accepts a write without If-Match (last write wins)', async () => {
    await signInForApi('client-anna');
    const { data } = await apiRequest({ method: 'PUT', path: PATH, body: input(), schema: profileSchema });
    expect(data.version).toBe(2);
  });
});

describe('PUT profile: idempotency', () => {
  it('replays the stored response for a resend and applies the write once', async () => {
    const { token } = await signIn('client-anna');
    const headers = { 'Idempotency-Key': 'key-1', 'If-Match': '"1"' };
    const first = await call(PATH, { token, method: 'PUT', body: input(), headers });
    const second = await call(PATH, { token, method: 'PUT', body: input(), headers });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(second.headers.get('ETag')).toBe('"2"');
    expect(await second.json()).toEqual(await first.json());
    expect(db.writeLog.map((w) => [w.resource, w.idempotencyKey, w.version])).toEqual([['profile:client-anna', 'key-1', 2]]);
  });

  it('treats key order in the body as the same request', async () => {
    const { token } = await signIn('client-anna');
    const body = input();
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    await call(PATH, { token, method: 'PUT', body, headers: { 'Idempotency-Key': 'key-2' } });
    const again = await call(PATH, { token, method: 'PUT', body: reordered, headers: { 'Idempotency-Key': 'key-2' } });
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(db.writeLog).toHaveLength(1);
  });

  it('answers 422 when a key is reused with another body', async () => {
    const { token } = await signIn('client-anna');
    await call(PATH, { token, method: 'PUT', body: input(), headers: { 'Idempotency-Key': 'key-3' } });
    const reused = await call(PATH, { token, method: 'PUT', body: input({ town: 'Leek' }), headers: { 'Idempotency-Key': 'key-3' } });
    expect(reused.status).toBe(422);
    expect((await problemOf(reused)).code).toBe('idempotency-key-reused');
    expect(db.writeLog).toHaveLength(1);
  });

  it('answers 409 with Retry-After while the first request is still in progress', async () => {
    const { token } = await signIn('client-anna');
    configureSwitches({ delayNext: { path: '/profile', method: 'PUT', ms: 300, stage: 'processing' } });
    const headers = { 'Idempotency-Key': 'key-4' };
    const first = call(PATH, { token, method: 'PUT', body: input(), headers });
    await vi.waitFor(() => expect(db.idempotency.list().find((record) => record.key === 'key-4')?.state).toBe('in-progress'), { interval: 10 });
    const during = await call(PATH, { token, method: 'PUT', body: input(), headers });
    expect(during.status).toBe(409);
    expect(during.headers.get('Retry-After')).toBe('1');
    expect((await problemOf(during)).code).toBe('idempotency-in-progress');
    expect((await first).status).toBe(200);
    const after = await call(PATH, { token, method: 'PUT', body: input(), headers });
    expect(after.headers.get('Idempotent-Replayed')).toBe('true');
    expect(db.writeLog).toHaveLength(1);
  });

  it('releases the key when the attempt failed, so it can be sent again', async () => {
    const { token } = await signIn('client-anna');
    configureSwitches({ failNext: { path: '/profile', status: 503 } });
    const failed = await call(PATH, { token, method: 'PUT', body: input(), headers: { 'Idempotency-Key': 'key-5' } });
    expect(failed.status).toBe(503);
    const stale = await call(PATH, { token, method: 'PUT', body: input(), headers: { 'Idempotency-Key': 'key-5', 'If-Match': '"9"' } });
    expect(stale.status).toBe(412);
    const ok = await call(PATH, { token, method: 'PUT', body: input(), headers: { 'Idempotency-Key': 'key-5', 'If-Match': '"1"' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Idempotent-Replayed')).toBeNull();
    expect(db.writeLog).toHaveLength(1);
  });

  it('scopes keys per user', async () => {
    const client = await signIn('client-yasmin');
    const helper = await signIn('helper-stip-1', { actingFor: 'client-yasmin' });
    const body = input({ preferredName: 'Yasmin', town: 'Groningen' });
    const path = '/clients/client-yasmin/profile';
    await call(path, { token: client.token, method: 'PUT', body, headers: { 'Idempotency-Key': 'same' } });
    const byHelper = await call(path, { token: helper.token, method: 'PUT', body, headers: { 'Idempotency-Key': 'same' } });
    expect(byHelper.headers.get('Idempotent-Replayed')).toBeNull();
    expect(db.writeLog.map((w) => w.userId)).toEqual(['client-yasmin', 'helper-stip-1']);
  });

  it('keeps the order of writes in the log', async () => {
    await signInForApi('client-anna');
    for (const town of ['Haren', 'Leek', 'Zuidhorn']) {
      await apiRequest({ method: 'PUT', path: PATH, body: input({ town }), idempotencyKey: `k-${town}`, schema: profileSchema });
    }
    expect(db.writeLog.map((w) => [w.seq, w.idempotencyKey, w.version])).toEqual([
      [1, 'k-Haren', 2],
      [2, 'k-Leek', 3],
      [3, 'k-Zuidhorn', 4],
    ]);
  });
});

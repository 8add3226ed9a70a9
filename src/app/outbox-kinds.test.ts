import { afterEach, describe, expect, it } from 'vitest';
import { signInAs } from '#test/render.tsx';
import { apiRequest, configureApiAuth } from '#src/shared/api/client.ts';
import { sessionStore } from '#src/shared/auth/session-store.ts';
import { outboxKinds } from '#src/shared/offline/kinds.ts';
import { createMemoryOutboxStore } from '#src/shared/offline/memory-store.ts';
import { makeOutbox, rawRecord } from '#src/shared/offline/test-helpers.ts';
import { profileSchema } from '#src/features/profile/schemas.ts';
import './outbox-kinds.ts';

// Records queued by the previous app version (schema 1: the client id only in the lane) must still
// be sent after an update: each kind that moved the client id into its payload migrates them.

afterEach(() => sessionStore.clear());

describe('records queued before the client id moved into the payload', () => {
  it('a queued profile change of schema 1 is migrated and sent', async () => {
    const session = await signInAs('client-anna');
    configureApiAuth(() => session.token);
    const clientId = session.user.clientId ?? '';
    const { data: before } = await apiRequest({ path: `/clients/${clientId}/profile`, schema: profileSchema });
    const store = createMemoryOutboxStore();
    const input = {
      preferredName: before.preferredName,
      phone: before.phone,
      email: before.email,
      town: 'Deventer',
      benefitApplicationDate: before.benefitApplicationDate,
      registeredWithUwv: before.registeredWithUwv,
      uwvRegistrationDate: before.uwvRegistrationDate,
    };
    await store.add(rawRecord({ id: 'old-profile', ownerId: session.user.id, lane: `profile:${clientId}`, kind: 'profile.update', schemaVersion: 1, payload: input, baseVersion: before.version }));
    const box = makeOutbox({ registry: outboxKinds, store, ownerId: session.user.id });
    await box.drain();
    expect(await box.list()).toEqual([]);
    const { data: after } = await apiRequest({ path: `/clients/${clientId}/profile`, schema: profileSchema });
    expect(after).toMatchObject({ town: 'Deventer', version: before.version + 1 });
    box.dispose();
  });

  it('the intake kinds read whose questionnaire it was from the old lane', () => {
    const old = (kind: string, lane: string, payload: unknown) => ({ ...rawRecord({ id: kind, kind, lane, payload }), seq: 1 });
    const migrate = (kind: string, lane: string, payload: unknown) => outboxKinds.get(kind)?.migrate?.(payload, 1, old(kind, lane, payload));
    const draft = { definitionVersion: 1, answers: {}, helper: null };
    expect(migrate('intake.saveDraft', 'intake-draft:participation/c-1', draft)).toEqual({ clientId: 'c-1', questionnaireId: 'participation', input: draft });
    expect(migrate('intake.submit', 'intake-draft:c-1', { submissionId: 's', submittedAt: 'x', definitionVersion: 1, answers: {} })).toMatchObject({
      clientId: 'c-1',
      questionnaireId: 'entree',
      submissionId: 's',
    });
    expect(migrate('intake.decide', 'intake-decision:c-1', { line: 'x' })).toEqual({ clientId: 'c-1', input: { line: 'x' } });
    expect(migrate('intake.requestQuestionnaire', 'intake-request:c-1', {})).toEqual({ clientId: 'c-1' });
    expect(outboxKinds.get('profile.update')?.migrate?.({ town: 'Ede' }, 1, old('profile.update', 'profile:c-1', { town: 'Ede' }))).toEqual({ clientId: 'c-1', input: { town: 'Ede' } });
  });

  it('a review queued before the rung question (schema 1 or 2) is sent with no rung', () => {
    const input = { obligations: { applications: 'met', workFolder: 'met', reachable: 'met' }, decision: 'continue', reason: 'Goed zo.' };
    const review = outboxKinds.get('coach.review');
    const record = (payload: unknown) => ({ ...rawRecord({ id: 'r', kind: 'coach.review', lane: 'coach-client:c-1', payload }), seq: 1 });
    expect(review?.migrate?.({ reviewId: 'r-1', input }, 1, record({ reviewId: 'r-1', input }))).toEqual({ clientId: 'c-1', reviewId: 'r-1', input: { ...input, rung: null } });
    const v2 = { clientId: 'c-2', reviewId: 'r-2', input };
    expect(review?.migrate?.(v2, 2, record(v2))).toEqual({ ...v2, input: { ...input, rung: null } });
  });
});

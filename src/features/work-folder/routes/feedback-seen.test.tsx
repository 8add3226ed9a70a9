import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen, startSession, endSession, signInAs } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { queryClient } from '#src/shared/api/query-client.ts';

const withNewFeedback = (clientId: string) => db.activities.list().filter((a) => a.clientId === clientId && a.feedback.some((f) => !f.seenAt));

describe('"new feedback" is kept on the server', () => {
  it('home says there is new feedback; opening the activity marks it read on the server, so another device knows', async () => {
    const user = userEvent.setup();
    const before = withNewFeedback('client-sanne').length;
    expect(before).toBeGreaterThan(1);
    const first = await openScreen('client-sanne', '/', 'Mijn zoekperiode');
    const notice = await screen.findByText('Je e-coach heeft gereageerd');
    expect(notice).toBeInTheDocument();
    expect(screen.getByText(`Er zijn nieuwe reacties op ${before} activiteiten.`, { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Bekijk je werkmap' }));
    await screen.findByRole('heading', { level: 1, name: 'Werkmap' });
    const list = (await screen.findByText('Je e-coach heeft gereageerd')).closest('div')!;
    const link = within(list).getAllByRole('link')[0]!;
    const title = link.textContent!;
    await user.click(link);
    await screen.findByRole('heading', { level: 1, name: title });
    await waitFor(() => expect(withNewFeedback('client-sanne')).toHaveLength(before - 1));
    const read = db.activities.list().find((a) => a.clientId === 'client-sanne' && a.feedback.some((f) => f.seenAt))!;
    expect(read.version).toBe(read.history.length + 1); // reading is not a new version
    first.unmount();
    await endSession();

    // another device: nothing on this one, the server knows
    queryClient.clear();
    localStorage.clear();
    await openScreen('client-sanne', '/', 'Mijn zoekperiode');
    await waitFor(() => expect(screen.getByText(`Er zijn nieuwe reacties op ${before - 1} activiteiten.`, { exact: false })).toBeInTheDocument());
  });

  it('is idempotent, and only the client reading it counts (not the coach)', async () => {
    const activity = withNewFeedback('client-sanne')[0]!;
    const coach = await startSession('coach-marieke');
    const coachTry = await fetch(`http://localhost:3000/api/clients/client-sanne/activities/${activity.id}/feedback-seen`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${coach.token}` },
      body: JSON.stringify({ feedbackIds: [activity.feedback[0]!.id] }),
    });
    expect(coachTry.status).toBe(403);
    await endSession();

    const client = await signInAs('client-sanne');
    const mark = (key: string) =>
      fetch(`http://localhost:3000/api/clients/client-sanne/activities/${activity.id}/feedback-seen`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${client.token}`, 'Idempotency-Key': key },
        body: JSON.stringify({ feedbackIds: activity.feedback.map((f) => f.id) }),
      });
    expect((await mark('11111111-1111-4111-8111-111111111111')).status).toBe(200);
    const seenAt = db.activities.get(activity.id)!.feedback[0]!.seenAt;
    expect(seenAt).toBeTruthy();
    expect((await mark('22222222-2222-4222-8222-222222222222')).status).toBe(200);
    expect(db.activities.get(activity.id)!.feedback[0]!.seenAt).toBe(seenAt);
    expect(db.activities.get(activity.id)!.version).toBe(activity.version);
  });
});

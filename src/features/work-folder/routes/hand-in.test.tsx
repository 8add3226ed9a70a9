import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startSession, renderApp } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { configureSwitches } from '#mocks/switches.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { todayIso } from '#src/shared/lib/dates.ts';
import { activityLane } from '../api/keys.ts';
import { putActivityKind } from '../api/put-activity.ts';
import { contentOf } from '../rules.ts';

afterEach(async () => {
  configureSwitches({ reset: true });
});

const NEW_ID = '3f0c2a4e-7b1d-4c5e-9a8b-0d1e2f3a4b5c';
const OTHER_DEVICE_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('handing in with activities still on the device', () => {
  it('lists them, sends them first, and the server locks exactly the activities the client saw', async () => {
    const user = userEvent.setup();
    const session = await startSession('client-anna');
    const outbox = getAppOutbox()!;
    await renderApp('/werkmap/indienen');
    await screen.findByRole('heading', { level: 1, name: 'Periode indienen' });
    await screen.findByRole('button', { name: 'Indienen' });
    configureSwitches({ unreachable: true });
    const base = contentOf(db.activities.get('act-anna-2')!);
    await outbox.enqueue({
      lane: activityLane(NEW_ID),
      kind: putActivityKind,
      payload: { clientId: 'client-anna', activityId: NEW_ID, input: { ...base, date: todayIso(), employer: 'Bakkerij Nieuw', results: [] } },
      baseVersion: 0,
      ownerId: session.user.id,
    });

    expect(await screen.findByTestId('hand-in-unsent')).toHaveTextContent('1 activiteit staat nog alleen op dit apparaat. Die wordt eerst verstuurd, daarna je indiening.');
    expect(screen.getByRole('link', { name: 'Bakkerij Nieuw' })).toBeInTheDocument();
    const seen = db.activities.list().filter((a) => a.clientId === 'client-anna' && !a.handedIn).map((a) => a.id);

    // meanwhile another device adds one to this period: the client did not see it
    db.activities.put({ ...db.activities.get('act-anna-2')!, id: OTHER_DEVICE_ID, employer: 'Ander apparaat', date: todayIso(), feedback: [], proofs: [], history: [], version: 1 });

    await user.click(screen.getByRole('button', { name: 'Indienen' }));
    await waitFor(() => expect(screen.getByText('Je hebt de periode ingediend')).toBeInTheDocument());
    // back online, but the activity's first try fails: without waiting, the hand-in would reach the server before it
    configureSwitches({ unreachable: false, failNext: { path: `/activities/${NEW_ID}`, method: 'PUT', status: 503 } });
    await vi.waitFor(
      async () => {
        await outbox.sendNow();
        expect(db.submissions.list().some((s) => s.clientId === 'client-anna')).toBe(true);
      },
      { timeout: 4_000, interval: 100 },
    );
    expect(outbox.getSnapshot().records.filter((r) => r.status === 'rejected')).toEqual([]);

    const submission = db.submissions.list().find((s) => s.clientId === 'client-anna')!;
    expect([...submission.activityIds].sort()).toEqual([...seen, NEW_ID].sort());
    expect(db.activities.get(NEW_ID)?.handedIn?.submissionId).toBe(submission.id);
    expect(db.activities.get(OTHER_DEVICE_ID)?.handedIn).toBeNull();
    const log = db.writeLog.map((w) => w.resource);
    expect(log.indexOf(`activity:${NEW_ID}`)).toBeGreaterThanOrEqual(0);
    expect(log.indexOf(`activity:${NEW_ID}`)).toBeLessThan(log.indexOf(`submission:${submission.id}`));
    await waitFor(() => expect(outbox.getSnapshot().unsent).toBe(0));
  });
});

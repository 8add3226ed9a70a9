import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { addDays, todayIso } from '#src/shared/lib/dates.ts';
import { activityLane } from '../api/keys.ts';
import { putActivityKind } from '../api/put-activity.ts';
import { contentOf } from '../rules.ts';
import type { Activity } from '../schemas.ts';
import type { Outbox } from '#src/shared/offline/outbox.ts';

/** Signed in with the activity's page open (the API client gets its token from the app). */
async function start() {
  const { session } = await openScreen('client-anna', '/werkmap/act-anna-2', 'Gemeente Groningen');
  // a question about this activity goes to the messages, about it
  expect(screen.getByRole('link', { name: 'Stel een vraag over deze activiteit' })).toHaveAttribute('href', '/berichten?over=activity:act-anna-2');
  return { session, outbox: getAppOutbox()! };
}

/** This device's change of `original` (a note), made on the version it read. */
function myNote(outbox: Outbox, ownerId: string, original: Activity) {
  return outbox.enqueue({
    lane: activityLane(original.id),
    kind: putActivityKind,
    payload: { clientId: 'client-anna', activityId: original.id, input: { ...contentOf(original), notes: 'Mijn eigen notitie' } },
    baseVersion: original.version,
    ownerId,
  });
}

describe('a change of an activity the server did not take', () => {
  it('412: changed elsewhere (the coach) — shows both versions on the activity, keeps mine on request', async () => {
    const user = userEvent.setup();
    const { session, outbox } = await start();
    const original = db.activities.get('act-anna-2')!;
    // elsewhere: another device changed it after this one read version N
    db.activities.put({ ...original, version: original.version + 1, notes: 'Op een ander apparaat', history: [] });
    const record = await myNote(outbox, session.user.id, original);
    await outbox.sendNow();
    await waitFor(async () => expect((await outbox.list()).find((r) => r.id === record.id)?.status).toBe('conflict'));

    await waitFor(() => expect(screen.getByText('Deze activiteit is ergens anders veranderd')).toBeInTheDocument());
    const table = screen.getByTestId('activity-conflict');
    const row = within(table).getByRole('row', { name: /Notitie/ });
    expect(row).toHaveTextContent('Mijn eigen notitie');
    expect(row).toHaveTextContent('Op een ander apparaat');
    expect(screen.getByTestId('activity-sync-state')).toHaveTextContent('Niet verstuurd');

    await user.click(screen.getByRole('button', { name: 'Mijn wijziging bewaren' }));
    await waitFor(() => expect(db.activities.get(original.id)?.notes).toBe('Mijn eigen notitie'));
    await waitFor(() => expect(screen.queryByText('Deze activiteit is ergens anders veranderd')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByTestId('activity-sync-state')).toHaveTextContent('Verstuurd'));
  });

  it('412: taking the other version throws mine away', async () => {
    const user = userEvent.setup();
    const { session, outbox } = await start();
    const original = db.activities.get('act-anna-2')!;
    db.activities.put({ ...original, version: original.version + 1, notes: 'Op een ander apparaat' });
    await myNote(outbox, session.user.id, original);
    await outbox.sendNow();
    await user.click(await screen.findByRole('button', { name: 'De andere versie nemen' }));
    await waitFor(() => expect(outbox.getSnapshot().unsent).toBe(0));
    await waitFor(() => expect(screen.getByText('Op een ander apparaat')).toBeInTheDocument());
    expect(db.activities.get(original.id)?.notes).toBe('Op een ander apparaat');
  });

  it('422: refused (a date in the future from another clock) — says what to fix, the edit page keeps my input with the error at the field', async () => {
    const user = userEvent.setup();
    const { session, outbox } = await start();
    const original = db.activities.get('act-anna-2')!;
    const future = addDays(todayIso(), 3);
    await outbox.enqueue({
      lane: activityLane(original.id),
      kind: putActivityKind,
      payload: { clientId: 'client-anna', activityId: original.id, input: { ...contentOf(original), date: future, notes: 'Klok liep voor' } },
      baseVersion: original.version,
      ownerId: session.user.id,
    });
    await outbox.sendNow();
    await waitFor(() => expect(screen.getByText('Je wijziging is niet opgeslagen')).toBeInTheDocument());
    expect(screen.getByTestId('activity-refused')).toHaveTextContent('Wanneer?: Deze datum ligt in de toekomst. Vul een datum in van vandaag of eerder.');

    await user.click(screen.getByRole('link', { name: 'Wijziging verbeteren' }));
    await screen.findByRole('heading', { level: 1, name: 'Activiteit wijzigen' });
    expect(await screen.findByLabelText('Notitie (niet verplicht)')).toHaveValue('Klok liep voor');
    const date = screen.getByRole('group', { name: 'Wanneer?' });
    expect(within(date).getByLabelText('Dag')).toHaveValue(String(Number(future.slice(8, 10))));
    expect(within(date).getByText('Deze datum ligt in de toekomst. Vul een datum in van vandaag of eerder.', { exact: false })).toBeInTheDocument();
    expect(db.activities.get(original.id)?.notes).toBe(original.notes);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { configureSwitches } from '#mocks/switches.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { holdReviewKind } from '../api/hold-review.ts';
import { setRungKind } from '../api/set-rung.ts';
import { coachClientLane } from '../api/keys.ts';

describe('the participatieladder on the client page', () => {
  it('shows the history as a step chart with a summary and a real table', async () => {
    await openScreen('coach-marieke', '/coach/clienten/client-jayden', 'Jayden Pieters');
    const section = await screen.findByRole('region', { name: 'Participatieladder' });
    const chart = await within(section).findByRole('img');
    expect(chart).toHaveAccessibleName('Nu trede 5: Betaald werk met ondersteuning. De grafiek en de tabel laten zien hoe de trede veranderde.');
    const table = within(section).getByRole('table', { name: 'Geschiedenis van de trede' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('5 – Betaald werk met ondersteuning');
    expect(rows[0]).toHaveTextContent('Registratie gemeente');
  });

  it('shows a rung recorded at the three-month review as "Driemaandelijks gesprek", in time order', async () => {
    db.ladderRungChanges.put({ id: 'ladder-jayden-review', clientId: 'client-jayden', rung: 4, source: 'review', reason: 'Je doet vrijwilligerswerk.', setBy: { id: 'coach-marieke', name: 'Marieke Bakker' }, setAt: new Date().toISOString() });
    await openScreen('coach-marieke', '/coach/clienten/client-jayden', 'Jayden Pieters');
    const section = await screen.findByRole('region', { name: 'Participatieladder' });
    const table = await within(section).findByRole('table', { name: 'Geschiedenis van de trede' });
    const [newest, older] = within(table).getAllByRole('row').slice(1);
    expect(newest).toHaveTextContent('4 – Onbetaald werk');
    expect(newest).toHaveTextContent('Driemaandelijks gesprek: Marieke Bakker');
    expect(newest).toHaveTextContent('Je doet vrijwilligerswerk.');
    expect(older).toHaveTextContent('Registratie gemeente');
  });

  it('sets a rung only with a reason, exactly once, and the history shows who and why', async () => {
    const user = userEvent.setup();
    await openScreen('coach-marieke', '/coach/clienten/client-jayden', 'Jayden Pieters');
    const section = await screen.findByRole('region', { name: 'Participatieladder' });
    await user.click(await within(section).findByRole('button', { name: 'Trede opslaan' }));
    expect(await within(section).findByRole('link', { name: 'Kies een trede van 1 tot en met 6.' })).toBeInTheDocument();
    const reason = within(section).getByLabelText('Reden');
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Schrijf op waarom je de trede aanpast.'));

    await user.selectOptions(within(section).getByLabelText('Nieuwe trede'), '3 – Deelname aan georganiseerde activiteiten');
    await user.type(reason, 'Eerst schulden regelen.');
    await user.click(within(section).getByRole('button', { name: 'Trede opslaan' }));
    const table = within(section).getByRole('table', { name: 'Geschiedenis van de trede' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const newest = within(table).getAllByRole('row')[1];
    expect(newest).toHaveTextContent('3 – Deelname aan georganiseerde activiteiten');
    expect(newest).toHaveTextContent('E-coach: Marieke Bakker');
    expect(newest).toHaveTextContent('Eerst schulden regelen.');
    expect(db.ladderRungChanges.list().filter((c) => c.clientId === 'client-jayden' && c.source === 'coach')).toHaveLength(1);
    expect(db.ladderRungs.get('client-jayden')?.rung).toBe(3);
    expect(within(section).getByRole('img')).toHaveAccessibleName(/^Nu trede 3: Deelname aan georganiseerde activiteiten/);
  });

  it('a review with a rung, then a rung change queued after it on the same version: both sent, no conflict of our own', async () => {
    const { session } = await openScreen('coach-marieke', '/coach/clienten/client-sanne', 'Sanne Mulder');
    const outbox = getAppOutbox()!;
    configureSwitches({ unreachable: true });
    const lane = coachClientLane('client-sanne');
    const input = { obligations: { applications: 'met', workFolder: 'met', reachable: 'met' }, decision: 'continue', reason: 'Goed zo.', rung: 5 } as const;
    await outbox.enqueue({ lane, kind: holdReviewKind, payload: { clientId: 'client-sanne', reviewId: 'review-offline-1', input }, baseVersion: 0, ownerId: session.user.id });
    await outbox.enqueue({ lane, kind: setRungKind, payload: { clientId: 'client-sanne', input: { rung: 4, reason: 'Werkt 12 uur.' } }, baseVersion: 0, ownerId: session.user.id });
    configureSwitches({ unreachable: false });
    await vi.waitFor(
      async () => {
        await outbox.sendNow();
        expect(outbox.getSnapshot().records).toEqual([]);
      },
      { timeout: 4_000, interval: 100 },
    );
    expect(db.ladderRungChanges.list().filter((c) => c.clientId === 'client-sanne').map((c) => [c.source, c.rung])).toEqual([
      ['registered', 6],
      ['review', 5],
      ['coach', 4],
    ]);
    expect(db.ladderRungs.get('client-sanne')?.rung).toBe(4);
  });
});

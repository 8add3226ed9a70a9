import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { openScreen } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { call, signIn } from '#mocks/testing.ts';

describe('Waarom word ik wel of niet voorgesteld?', () => {
  it('tells a client without consent, occupation or assessment what keeps them out — never the rung', async () => {
    await openScreen('client-anna', '/vacatures/zoekprofiel/waarom', 'Waarom word ik wel of niet voorgesteld?');
    const blockers = await screen.findByTestId('why-blockers');
    const items = within(blockers).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringContaining('Je hebt geen toestemming gegeven.'),
      expect.stringContaining('Je e-coach bepaalt of je nu al naar werk kunt.'),
      expect.stringContaining('Je hebt nog geen werk gekozen'),
    ]);
    expect(screen.getByRole('region', { name: 'Wat gebruiken we nooit?' })).toHaveTextContent('Je leeftijd.');
    expect(screen.getByRole('region', { name: 'Wat gebruiken we van jou?' })).toHaveTextContent('Je vaardigheden en cursussen op je cv.');
    expect(document.body.textContent).not.toMatch(/trede|ladder/i);
  });

  it('says nothing keeps a ready client out', async () => {
    expect(db.ladderRungs.get('client-jayden')?.rung).toBe(5);
    await openScreen('client-jayden', '/vacatures/zoekprofiel/waarom', 'Waarom word ik wel of niet voorgesteld?');
    expect(await screen.findByText(/Niets\. Je staat op de lijsten\./)).toBeInTheDocument();
  });

  it('the server tells only whether the e-coach decides, to the client, their coach or a helper', async () => {
    db.ladderRungs.put({ clientId: 'client-jayden', rung: 2, setAt: new Date().toISOString() });
    const { token } = await signIn('client-jayden');
    const answer = await call('/clients/client-jayden/matching-status', { token });
    expect(await answer.json()).toEqual({ clientId: 'client-jayden', coachDecides: true });
    expect((await call('/clients/client-anna/matching-status', { token })).status).toBe(403);
    const other = await signIn('coach-sander');
    expect((await call('/clients/client-jayden/matching-status', { token: other.token })).status).toBe(403);
  });
});

import { screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '#test/render.tsx';
import { createMemoryOutboxStore } from '#src/shared/offline/memory-store.ts';
import { setAppOutbox, type Outbox, type OutboxStore } from '#src/shared/offline/outbox.ts';
import { FakeServer, makeOutbox, testKinds } from '#src/shared/offline/test-helpers.ts';
import { SyncIndicator } from './sync-indicator.tsx';

let box: Outbox | null = null;
afterEach(() => {
  onlineManager.setOnline(true);
  setAppOutbox(null);
  box?.dispose();
  box = null;
});

/** A device store whose first read waits until `release` (IndexedDB a moment after a page load). */
function slowStore(): { store: OutboxStore; release: () => void } {
  const store = createMemoryOutboxStore();
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { store: { ...store, list: async () => gate.then(() => store.list()) }, release };
}

describe('SyncIndicator', () => {
  it('never says everything is sent before it has read what waits on the device', async () => {
    const { store, release } = slowStore();
    box = makeOutbox({ registry: testKinds(new FakeServer()).registry, store, isOnline: () => false });
    setAppOutbox(box);
    // a change saved offline waits on the device (the outbox has not read its store yet)
    const saved = box.enqueue({ lane: 'notes:1', kind: 'note.add', payload: { text: 'x' }, ownerId: 'anna' });
    await renderWithProviders(
      <MemoryRouter>
        <SyncIndicator />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('sync-status')).toHaveTextContent('Even kijken wat er wacht…');
    expect(screen.queryByText('Alles is verstuurd')).not.toBeInTheDocument();
    release();
    await saved;
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveTextContent('1 wijziging wacht op verbinding'));
  });

  it('says everything is sent once it has read an empty outbox', async () => {
    const { store, release } = slowStore();
    box = makeOutbox({ registry: testKinds(new FakeServer()).registry, store, isOnline: () => true });
    setAppOutbox(box);
    await renderWithProviders(
      <MemoryRouter>
        <SyncIndicator />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('sync-status')).toHaveTextContent('Even kijken wat er wacht…');
    release();
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveTextContent('Alles is verstuurd'));
  });

  it('is itself the link to the waiting changes, short offline, and no link once nothing waits', async () => {
    const server = new FakeServer();
    box = makeOutbox({ registry: testKinds(server).registry, isOnline: () => onlineManager.isOnline() });
    setAppOutbox(box);
    onlineManager.setOnline(false);
    await box.enqueue({ lane: 'notes:1', kind: 'note.add', payload: { text: 'x' }, ownerId: 'anna' });
    await renderWithProviders(
      <MemoryRouter>
        <SyncIndicator />
      </MemoryRouter>,
    );
    // "Geen internet ·" shows, so the count alone: two lines beside the menu button on a phone
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveTextContent(/^1 wijziging wacht$/));
    expect(screen.getByText('Geen internet ·')).toBeVisible();
    // one element: the status is the link (no second element appears in the header and moves the page)
    const link = screen.getByRole('link', { name: /^Geen internet ·\s*1 wijziging wacht\s*· Bekijk wijzigingen$/ });
    expect(link).toHaveAttribute('href', '/wijzigingen');
    expect(link).toContainElement(screen.getByTestId('sync-status'));

    onlineManager.setOnline(true);
    await box.drain();
    await waitFor(() => expect(screen.getByTestId('sync-status')).toHaveTextContent('Alles is verstuurd'));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen, reloadApp } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { configureSwitches } from '#mocks/switches.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';

/**
 * Lie-fi and the reads kept on the device (src/shared/offline/persist-queries.ts): a screen seen
 * online shows its last known data with "Je ziet de gegevens van …" after a reload while the API
 * does not answer — as a dropped connection (the browser still says online) or as a gateway's 502
 * after a failed refresh — and a profile change can be made then and is sent once it answers.
 */

const EMAIL = 'anna.devries@example.nl';
const STALE = /Je ziet de gegevens van/;
const PROFILE_PATH = '/clients/client-anna/profile';

afterEach(async () => {
  configureSwitches({ reset: true });
});

function profileWrites() {
  return db.writeLog.filter((entry) => entry.resource === 'profile:client-anna');
}

async function expectLastKnownProfile() {
  const main = screen.getByRole('main');
  expect(await within(main).findByText(EMAIL)).toBeInTheDocument();
  expect(await within(main).findByText(STALE)).toBeInTheDocument();
  expect(screen.queryByText('Dit konden we niet laden')).toBeNull();
}

describe('the last known data while the API does not answer', () => {
  it('a reload just after the data came shows it; a profile change made then is sent once when the API answers', async () => {
    const user = userEvent.setup();
    await openScreen('client-anna', '/profiel', 'Mijn gegevens');
    await screen.findByText(EMAIL);
    // at once: the data must have been kept as it came, not a second later
    configureSwitches({ unreachable: true });
    await reloadApp('/profiel');
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    await expectLastKnownProfile();

    await user.click(screen.getByRole('button', { name: 'Gegevens wijzigen' }));
    const town = await screen.findByLabelText('Woonplaats');
    await user.clear(town);
    await user.type(town, 'Haren');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Opgeslagen op dit apparaat')).toBeInTheDocument();
    const outbox = getAppOutbox()!;
    expect((await outbox.list()).map((r) => r.lane)).toEqual(['profile:client-anna']);
    expect(profileWrites()).toHaveLength(0);

    configureSwitches({ unreachable: false });
    // "Nu versturen" until the write arrived (the connection state may still be catching up)
    await vi.waitFor(
      async () => {
        await outbox.sendNow();
        expect(profileWrites()).toHaveLength(1);
      },
      { timeout: 5_000, interval: 100 },
    );
    await waitFor(async () => expect(await outbox.list()).toHaveLength(0));
    expect(profileWrites()).toHaveLength(1);
    expect(db.profiles.get('client-anna')?.town).toBe('Haren');
  });

  it('keeps the data of a screen whose refresh failed with a 502 (the browser online), also after a reload', async () => {
    await openScreen('client-anna', '/profiel', 'Mijn gegevens');
    await screen.findByText(EMAIL);
    // a gateway in front of an API that does not answer: 502 on every try
    configureSwitches({ failNext: { path: PROFILE_PATH, status: 502, times: 100 } });
    await queryClient.refetchQueries({ queryKey: ['profile'] });
    await expectLastKnownProfile();

    await reloadApp('/profiel');
    await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' });
    await expectLastKnownProfile();
    expect(screen.getByRole('button', { name: 'Gegevens wijzigen' })).toBeEnabled();
  });
});

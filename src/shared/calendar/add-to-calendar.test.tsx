import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, signInAs } from '#test/render.tsx';
import { captureDownloads } from '#test/downloads.ts';
import { AddToCalendar } from './add-to-calendar.tsx';

// the writer's chunk did not come (an old build's file gone from the server and the cache)
vi.mock('./ical.ts', () => ({
  calendarBlob: () => {
    throw new Error('chunk not loaded');
  },
}));

const event = { uid: 'task-1@werkmap.nl', sequence: 1, summary: 'Taak van je e-coach', date: '2026-12-31' };

describe('AddToCalendar', () => {
  it('says so next to the button when the file could not be made, and offers nothing', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    await signInAs('client-anna');
    await renderWithProviders(<AddToCalendar ns="tasks" event={event} fileName="taak-2026-12-31.ics" />);
    await user.click(await screen.findByRole('button', { name: 'Zet in je agenda' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Het bestand maken lukt nu niet. Probeer het opnieuw.');
    expect(files).toHaveLength(0);
  });

  it('is not there without a session or on a public computer', async () => {
    const { unmount } = await renderWithProviders(<AddToCalendar ns="tasks" event={event} fileName="x.ics" />);
    expect(screen.queryByRole('button')).toBeNull();
    unmount();
    await signInAs('client-anna', true);
    await renderWithProviders(<AddToCalendar ns="tasks" event={event} fileName="x.ics" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

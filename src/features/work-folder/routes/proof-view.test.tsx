import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openScreen, endSession } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { padded, SAMPLES } from '#test/file-samples.ts';

const created: Blob[] = [];
const revoked: string[] = [];
const fetched: { url: string; auth: string | null }[] = [];

beforeEach(() => {
  created.length = 0;
  revoked.length = 0;
  fetched.length = 0;
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    created.push(blob as Blob);
    return `blob:test/${++n}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    if (request.url.includes('/files/')) fetched.push({ url: request.url, auth: request.headers.get('Authorization') });
    return realFetch(input, init);
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
});

describe('"Bekijk bewijs"', () => {
  it('the client and the coach open a photo inline with alt text (token in the header, never in the URL) and a PDF as a link; object URLs are revoked', async () => {
    const user = userEvent.setup();
    const client = await openScreen('client-anna', '/werkmap/act-anna-1', 'Zorggroep Noorderlicht');
    const input = await screen.findByLabelText('Bewijs toevoegen');
    await user.upload(input, new File([padded(SAMPLES.png, 5000)], 'scherm.png', { type: 'image/png' }));
    await waitFor(() => expect(db.activities.get('act-anna-1')?.proofs).toHaveLength(1));
    await waitFor(() => expect(input).toBeEnabled());
    await user.upload(input, new File(['%PDF-1.4 brief'], 'brief.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(db.activities.get('act-anna-1')?.proofs).toHaveLength(2));

    await user.click(await screen.findByRole('button', { name: 'Bekijk bewijs: scherm.png' }));
    const image = await screen.findByRole('img', { name: 'Bewijs: scherm.png' });
    expect(image).toHaveAttribute('src', 'blob:test/1');
    expect(created[0]?.size).toBe(5000);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]!.auth).toBe(`Bearer ${client.session.token}`);
    expect(fetched[0]!.url).not.toContain(client.session.token);
    await user.click(screen.getByRole('button', { name: 'Sluit scherm.png' }));
    expect(screen.queryByRole('img', { name: 'Bewijs: scherm.png' })).not.toBeInTheDocument();
    expect(revoked).toEqual(['blob:test/1']);

    await user.click(screen.getByRole('button', { name: 'Bekijk bewijs: brief.pdf' }));
    const link = await screen.findByRole('link', { name: 'Open brief.pdf in een nieuw tabblad' });
    expect(link).toHaveAttribute('href', 'blob:test/2');
    expect(link).toHaveAttribute('target', '_blank');
    expect(created[1]?.type).toBe('application/pdf');
    client.unmount();
    // leaving the page lets go of the file
    expect(revoked).toContain('blob:test/2');
    await endSession();

    await openScreen('coach-marieke', '/coach/clienten/client-anna/werkmap', 'Werkmap van Anna de Vries');
    await user.selectOptions(screen.getByLabelText('Welke activiteiten wil je zien?'), 'Alle activiteiten');
    const card = (await screen.findByRole('heading', { level: 4, name: 'Zorggroep Noorderlicht' })).closest('article')!;
    await user.click(within(card).getByRole('button', { name: 'Bekijk bewijs: scherm.png' }));
    expect(await within(card).findByRole('img', { name: 'Bewijs: scherm.png' })).toBeInTheDocument();
  });

  it('says so when the file cannot be fetched', async () => {
    const user = userEvent.setup();
    const a = db.activities.get('act-anna-1')!;
    db.activities.put({
      ...a,
      proofs: [{ id: '00000000-0000-4000-8000-000000000001', name: 'weg.jpg', type: 'image/jpeg', size: 10, uploadedAt: a.createdAt, uploadedBy: { id: 'client-anna', name: 'Anna' } }],
    });
    await openScreen('client-anna', '/werkmap/act-anna-1', 'Zorggroep Noorderlicht');
    await user.click(await screen.findByRole('button', { name: 'Bekijk bewijs: weg.jpg' }));
    await waitFor(() => expect(screen.getByText('Het bewijs kan nu niet worden geopend. Probeer het opnieuw als je verbinding hebt.')).toBeInTheDocument());
    expect(created).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { openScreen } from '#test/render.tsx';
import { db } from '#mocks/db.ts';

/** Issue 13, item 7: the vacancy ("link or number") becomes a link only when it is a web address. */
describe("an activity's vacancy", () => {
  it('is a link when it is a web address, text otherwise (a number, or javascript: stored by an older server)', async () => {
    const activity = db.activities.get('act-anna-1')!;
    db.activities.put({ ...activity, vacancy: 'https://www.werk.nl/vacatures/38121' });
    const { unmount } = await openScreen('client-anna', '/werkmap/act-anna-1', 'Zorggroep Noorderlicht');
    const link = screen.getByRole('link', { name: 'https://www.werk.nl/vacatures/38121' });
    expect(link).toHaveAttribute('href', 'https://www.werk.nl/vacatures/38121');
    expect(link).toHaveAttribute('rel', 'noreferrer noopener');
    unmount();

    db.activities.put({ ...activity, vacancy: 'javascript:alert(document.cookie)' });
    await openScreen('client-anna', '/werkmap/act-anna-1', 'Zorggroep Noorderlicht');
    expect((await screen.findByText('javascript:alert(document.cookie)')).closest('a')).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });
});

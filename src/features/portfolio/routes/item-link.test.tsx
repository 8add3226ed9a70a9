import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { openScreen } from '#test/render.tsx';
import { db } from '#mocks/db.ts';
import { applyItemWrite } from '../rules.ts';

/** Issue 13, item 7: a stored link becomes a link only when it is a web address. */
function seedItem(id: string, link: string) {
  // straight into the store: what an older server could have accepted
  db.portfolioItems.put(
    applyItemWrite(
      undefined,
      { kind: 'product', subKind: null, title: `Product ${id}`, description: '', organisation: null, startDate: null, endDate: null, tags: [], link, starr: null },
      { id, clientId: 'client-anna', at: '2026-01-01T10:00:00.000Z' },
    ),
  );
}

describe("a portfolio item's link", () => {
  it('is a link (noopener noreferrer) when it is a web address', async () => {
    seedItem('pf-web', 'https://example.org/taart');
    await openScreen('client-anna', '/portfolio/pf-web', 'Product pf-web');
    const link = screen.getByRole('link', { name: 'https://example.org/taart' });
    expect(link).toHaveAttribute('href', 'https://example.org/taart');
    expect(link).toHaveAttribute('rel', 'noreferrer noopener');
  });

  it('is text when it is not (javascript:)', async () => {
    seedItem('pf-js', 'javascript:alert(document.cookie)');
    await openScreen('client-anna', '/portfolio/pf-js', 'Product pf-js');
    expect(screen.getByText('javascript:alert(document.cookie)').closest('a')).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { entryFromPortfolioItem, portfolioKindsFor } from './portfolio.ts';
import { cvEntrySchema, type PortfolioItem } from './schemas.ts';

const item = (over: Partial<PortfolioItem>): PortfolioItem => ({
  id: 'p-1',
  kind: 'experience',
  title: 'Vrijwilliger voedselbank',
  description: 'Pakketten samenstellen.',
  organisation: 'Voedselbank Groningen',
  startDate: '2022-01',
  endDate: null,
  tags: [],
  ...over,
});

describe('entryFromPortfolioItem', () => {
  it('maps an experience to work experience and remembers the item', () => {
    const entry = entryFromPortfolioItem(item({}), 'work', 'e-1');
    expect(entry).toMatchObject({ id: 'e-1', section: 'work', title: 'Vrijwilliger voedselbank', organisation: 'Voedselbank Groningen', startDate: '2022-01', endDate: null, sourcePortfolioItemId: 'p-1' });
    expect(cvEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('keeps the result valid whatever the item holds', () => {
    const entry = entryFromPortfolioItem(item({ kind: 'credential', title: 'x'.repeat(300), description: 'y'.repeat(3000), startDate: 'ooit', endDate: '2020', organisation: null }), 'education', 'e-2');
    expect(cvEntrySchema.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({ startDate: null, endDate: '2020', diploma: true, organisation: '' });
  });

  it('offers the right kinds per section', () => {
    expect(portfolioKindsFor.work).toEqual(['experience']);
    expect(portfolioKindsFor.course).toContain('learning');
    expect(portfolioKindsFor.skill).toEqual(['knowledge', 'talent']);
    expect(portfolioKindsFor.language).toBeUndefined();
  });
});

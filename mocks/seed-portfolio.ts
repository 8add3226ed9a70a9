import { applyItemWrite } from '#src/features/portfolio/rules.ts';
import { emptyItemParts, type ItemInput } from '#src/features/portfolio/schemas.ts';
import type { PortfolioAccessRecord, PortfolioItemRecord, PortfolioShareRecord } from './db.ts';
import { addDays, dateTimeDaysFromNow, todayIso } from './clock.ts';

/** A few portfolio items for Jayden (one shared with his coach); Anna starts empty. */
export function seedPortfolio(): { portfolioItems: PortfolioItemRecord[]; portfolioShares: PortfolioShareRecord[]; portfolioAccess: PortfolioAccessRecord[] } {
  const base = emptyItemParts;
  const inputs: Array<[string, ItemInput]> = [
    ['seed-pf-jayden-1', { ...base, kind: 'experience', subKind: 'work', title: 'Vakkenvuller', organisation: 'Supermarkt De Hoek', startDate: '2022-03', endDate: '2023-08', description: 'Vakken vullen, klanten helpen, kassa.', tags: ['klantvriendelijk', 'op tijd'] }],
    ['seed-pf-jayden-2', { ...base, kind: 'talent', title: 'Ik kan goed met mensen omgaan', description: 'Op het werk vroegen klanten vaak naar mij.', tags: ['contact'] }],
    ['seed-pf-jayden-3', { ...base, kind: 'credential', subKind: 'certificate', title: 'VCA basis', organisation: 'SSVV', startDate: '2024-02', tags: ['veiligheid'] }],
  ];
  const at = dateTimeDaysFromNow(-20, 10);
  const portfolioItems = inputs.map(([id, input]) => applyItemWrite(undefined, input, { id, clientId: 'client-jayden', at }));
  const portfolioShares: PortfolioShareRecord[] = [
    {
      id: 'seed-pf-share-jayden',
      clientId: 'client-jayden',
      audience: 'coach',
      name: null,
      itemIds: ['seed-pf-jayden-3'],
      endsOn: addDays(todayIso(), 60),
      createdAt: dateTimeDaysFromNow(-10, 10),
      revokedAt: null,
      token: null,
    },
  ];
  return { portfolioItems, portfolioShares, portfolioAccess: [] };
}

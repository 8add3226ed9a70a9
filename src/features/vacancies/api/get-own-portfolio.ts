import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '#src/shared/api/client.ts';
import { idSchema } from '#src/shared/lib/domain.ts';
import { persistedQuery } from '#src/shared/offline/persist-queries.ts';
import { vacancyKeys } from './keys.ts';

/** What the vacancies need of `GET /portfolio/items` (the portfolio feature owns the rest). */
const ownPortfolioSchema = z.object({ items: z.array(z.object({ id: idSchema, kind: z.string(), title: z.string(), tags: z.array(z.string()) })) });

/**
 * The client's own portfolio as "Wat past bij mij?" needs it: the item ids ("In je portfolio" for a
 * saved course) and the talents (titles and tags). Only the client reads their portfolio.
 */
export function ownPortfolioQueryOptions(clientId: string) {
  return queryOptions({
    queryKey: vacancyKeys.ownPortfolio(clientId),
    queryFn: async () => {
      const { items } = (await apiRequest({ path: '/portfolio/items', schema: ownPortfolioSchema })).data;
      return { ids: items.map((i) => i.id), talents: items.filter((i) => i.kind === 'talent').flatMap((i) => [i.title, ...i.tags]) };
    },
    ...persistedQuery,
  });
}
export const useOwnPortfolio = (clientId: string, enabled: boolean) => useQuery({ ...ownPortfolioQueryOptions(clientId), enabled: enabled && clientId !== '' });

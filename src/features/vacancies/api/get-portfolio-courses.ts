import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '#src/shared/api/client.ts';
import { idSchema } from '#src/shared/lib/domain.ts';
import { persistedQuery } from '#src/shared/offline/persist-queries.ts';
import { vacancyKeys } from './keys.ts';

/** What "In je portfolio" needs of `GET /portfolio/items`: the ids (the portfolio feature owns the rest). */
const portfolioIdsSchema = z.object({ items: z.array(z.object({ id: idSchema })) });

/** The ids of the client's own portfolio items (only the client reads their portfolio). */
export function portfolioCoursesQueryOptions(clientId: string) {
  return queryOptions({
    queryKey: vacancyKeys.portfolioCourses(clientId),
    queryFn: async () => (await apiRequest({ path: '/portfolio/items', schema: portfolioIdsSchema })).data.items.map((i) => i.id),
    ...persistedQuery,
  });
}
export const usePortfolioItemIds = (clientId: string, enabled: boolean) => useQuery({ ...portfolioCoursesQueryOptions(clientId), enabled: enabled && clientId !== '' });

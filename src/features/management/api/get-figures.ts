import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { loggedRead } from '#src/shared/api/query-client.ts';
import type { ServiceLine } from '#src/shared/lib/domain.ts';
import { managementFiguresSchema } from '../schemas.ts';

export type FiguresQuery = { period: string; coach: string | null; line: ServiceLine | null };

export const managementKeys = {
  all: ['management'] as const,
  figures: (query: FiguresQuery) => [...managementKeys.all, 'figures', query.period, query.coach ?? '', query.line ?? ''] as const,
};

/**
 * The team's figures (aggregates only). Not kept on the device: every look is logged on the
 * server and the figures change with each day, so they are read fresh. Read only when the lead
 * opens the screen or asks for other figures (`loggedRead`): each read is one look in the log.
 */
export function figuresQueryOptions(query: FiguresQuery) {
  const search = new URLSearchParams({ period: query.period });
  if (query.coach) search.set('coach', query.coach);
  if (query.line) search.set('line', query.line);
  return queryOptions({
    ...loggedRead,
    queryKey: managementKeys.figures(query),
    queryFn: async () => (await apiRequest({ path: `/management/figures?${search.toString()}`, schema: managementFiguresSchema })).data,
  });
}

export const useFigures = (query: FiguresQuery) => useQuery(figuresQueryOptions(query));

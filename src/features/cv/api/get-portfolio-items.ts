import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { portfolioItemsSchema } from '../schemas.ts';
import { cvKeys } from './keys.ts';

/**
 * The client's portfolio items, read by the CV's "Uit je portfolio" picker (contract owned by the
 * portfolio feature: GET /portfolio/items). Extra fields are stripped; a failure is shown calmly.
 */
export async function getPortfolioItems() {
  const { data } = await apiRequest({ path: '/portfolio/items', schema: portfolioItemsSchema });
  return data;
}

export function portfolioItemsQueryOptions() {
  return queryOptions({ queryKey: cvKeys.portfolio(), queryFn: getPortfolioItems, meta: { persist: true }, retry: false });
}

export function usePortfolioItems(enabled: boolean) {
  return useQuery({ ...portfolioItemsQueryOptions(), enabled });
}

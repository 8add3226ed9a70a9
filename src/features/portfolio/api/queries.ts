import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { accessLogSchema, coachPortfolioSchema, itemListSchema, shareListSchema, sharedItemSchema } from '../schemas.ts';
import { portfolioKeys } from './keys.ts';

/** The signed-in client's own items (`GET /portfolio/items`, the contract the CV builder reads too). */
export function itemsQueryOptions() {
  return queryOptions({
    queryKey: portfolioKeys.items(),
    queryFn: async () => (await apiRequest({ path: '/portfolio/items', schema: itemListSchema })).data,
    meta: { persist: true },
  });
}

export function useItems(enabled = true) {
  return useQuery({ ...itemsQueryOptions(), enabled });
}

export function useShares(enabled = true) {
  return useQuery({
    queryKey: portfolioKeys.shares(),
    queryFn: async () => (await apiRequest({ path: '/portfolio/shares', schema: shareListSchema })).data,
    meta: { persist: true },
    enabled,
  });
}

export function useAccessLog() {
  return useQuery({
    queryKey: portfolioKeys.accessLog(),
    queryFn: async () => (await apiRequest({ path: '/portfolio/access-log', schema: accessLogSchema })).data,
  });
}

/** What a client shares with the coach now (not persisted: revoking must take effect). */
export function useCoachPortfolio(clientId: string) {
  return useQuery({
    queryKey: portfolioKeys.coach(clientId),
    queryFn: async () => (await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/portfolio/items`, schema: coachPortfolioSchema })).data,
    enabled: clientId !== '',
  });
}

export function useCoachItem(clientId: string, itemId: string) {
  return useQuery({
    queryKey: portfolioKeys.coachItem(clientId, itemId),
    queryFn: async () =>
      (await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/portfolio/items/${encodeURIComponent(itemId)}`, schema: sharedItemSchema })).data,
    enabled: clientId !== '' && itemId !== '',
  });
}

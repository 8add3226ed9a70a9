import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { profileSchema } from '../schemas.ts';

export const profileKeys = {
  all: ['profile'] as const,
  detail: (clientId: string) => [...profileKeys.all, clientId] as const,
};

export async function getProfile(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/profile`, schema: profileSchema });
  return data;
}

export function profileQueryOptions(clientId: string) {
  return queryOptions({ queryKey: profileKeys.detail(clientId), queryFn: () => getProfile(clientId), meta: { persist: true } });
}

export function useProfile(clientId: string) {
  return useQuery(profileQueryOptions(clientId));
}

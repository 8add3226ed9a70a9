import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { workFolderConfigSchema } from '../schemas.ts';
import { workFolderKeys } from './keys.ts';

/** Activity types, what counts and the default norm: configuration served by the API. */
export async function getWorkFolderConfig() {
  const { data } = await apiRequest({ path: '/work-folder/config', schema: workFolderConfigSchema });
  return data;
}

export function workFolderConfigQueryOptions() {
  return queryOptions({
    queryKey: workFolderKeys.config(),
    queryFn: getWorkFolderConfig,
    staleTime: 60 * 60_000,
    meta: { persist: true },
  });
}

export function useWorkFolderConfig() {
  return useQuery(workFolderConfigQueryOptions());
}

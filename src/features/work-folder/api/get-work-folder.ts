import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { workFolderSchema } from '../schemas.ts';
import { workFolderKeys } from './keys.ts';

/** The client's norm, activities (newest first) and hand-ins. */
export async function getWorkFolder(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/work-folder`, schema: workFolderSchema });
  return data;
}

export function workFolderQueryOptions(clientId: string) {
  return queryOptions({ queryKey: workFolderKeys.folder(clientId), queryFn: () => getWorkFolder(clientId), meta: { persist: true } });
}

export function useWorkFolder(clientId: string) {
  return useQuery({ ...workFolderQueryOptions(clientId), enabled: clientId !== '' });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { readSchema } from '#src/shared/api/read-schema.ts';
import { workFolderSchema } from '../schemas.ts';
import { workFolderKeys } from './keys.ts';

/** Thousands of activities: read by their shape (the server checked the rest), issue 15. */
const workFolderReadSchema = readSchema(workFolderSchema);

/** The client's norm, activities (newest first) and hand-ins. */
export async function getWorkFolder(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/work-folder`, schema: workFolderReadSchema });
  return data;
}

export function workFolderQueryOptions(clientId: string) {
  return queryOptions({ queryKey: workFolderKeys.folder(clientId), queryFn: () => getWorkFolder(clientId), meta: { persist: true } });
}

export function useWorkFolder(clientId: string) {
  return useQuery({ ...workFolderQueryOptions(clientId), enabled: clientId !== '' });
}

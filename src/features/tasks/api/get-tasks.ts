import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { taskListSchema } from '../schemas.ts';
import { taskKeys } from './keys.ts';

export async function getTasks(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/tasks`, schema: taskListSchema });
  return data;
}

export function tasksQueryOptions(clientId: string) {
  return queryOptions({ queryKey: taskKeys.list(clientId), queryFn: () => getTasks(clientId), meta: { persist: true } });
}

export function useTasks(clientId: string) {
  return useQuery({ ...tasksQueryOptions(clientId), enabled: clientId !== '' });
}

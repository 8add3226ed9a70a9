import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { timelineSchema } from '../schemas.ts';
import { coachKeys } from './keys.ts';

/** One page of the client's timeline (newest first). */
export async function getTimeline(clientId: string, offset: number) {
  const { data } = await apiRequest({
    path: `/clients/${encodeURIComponent(clientId)}/timeline${offset > 0 ? `?offset=${offset}` : ''}`,
    schema: timelineSchema,
  });
  return data;
}

export function timelineQueryOptions(clientId: string) {
  return infiniteQueryOptions({
    queryKey: coachKeys.timeline(clientId),
    queryFn: ({ pageParam }) => getTimeline(clientId, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset ?? undefined,
    meta: { persist: true },
  });
}

export function useTimeline(clientId: string) {
  return useInfiniteQuery(timelineQueryOptions(clientId));
}

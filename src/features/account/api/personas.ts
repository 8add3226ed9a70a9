import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { personaListSchema } from '#src/shared/auth/schemas.ts';

export const accountKeys = {
  all: ['account'] as const,
  personas: () => [...accountKeys.all, 'personas'] as const,
};

export async function getPersonas() {
  const { data } = await apiRequest({ path: '/auth/personas', schema: personaListSchema, anonymous: true });
  return data;
}

export function personasQueryOptions() {
  return queryOptions({ queryKey: accountKeys.personas(), queryFn: getPersonas, staleTime: 5 * 60_000 });
}

export function usePersonas() {
  return useQuery(personasQueryOptions());
}

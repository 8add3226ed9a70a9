import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { changeListSchema } from '../schemas.ts';
import { myDataKeys } from './keys.ts';

/** Who changed what in a client's data (the client, their coach or an authorised helper may ask). */
export function changesQueryOptions(clientId: string) {
  return queryOptions({
    queryKey: myDataKeys.changes(clientId),
    queryFn: async () => (await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/changes`, schema: changeListSchema })).data,
    enabled: clientId !== '',
  });
}

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { accessListSchema } from '../schemas.ts';
import { myDataKeys } from './keys.ts';

/** Who (coach, helper) looked at the signed-in client's data. */
export function accessLogQueryOptions() {
  return queryOptions({
    queryKey: myDataKeys.accessLog(),
    queryFn: async () => (await apiRequest({ path: '/me/access-log', schema: accessListSchema })).data,
  });
}

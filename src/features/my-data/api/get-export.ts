import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { myDataExportSchema } from '../schemas.ts';
import { myDataKeys } from './keys.ts';

/** Everything stored about the signed-in client (never cached on the device: `gcTime` 0, not persisted). */
export function exportQueryOptions() {
  return queryOptions({
    queryKey: myDataKeys.export(),
    queryFn: async () => (await apiRequest({ path: '/me/export', schema: myDataExportSchema })).data,
    gcTime: 0,
  });
}

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { myAuthorisationListSchema } from '../schemas.ts';
import { myDataKeys } from './keys.ts';

/** The signed-in client's machtigingen. */
export function authorisationsQueryOptions() {
  return queryOptions({
    queryKey: myDataKeys.authorisations(),
    queryFn: async () => (await apiRequest({ path: '/me/authorisations', schema: myAuthorisationListSchema })).data,
  });
}

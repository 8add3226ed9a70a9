import { apiRequest } from '#src/shared/api/client.ts';
import { myAuthorisationSchema } from '../schemas.ts';

/**
 * Withdraws a machtiging. Online only, on purpose: the client must know the helper has lost
 * access now, so this is not queued in the outbox (offline the button says it cannot be done).
 */
export async function withdrawAuthorisation(authorisationId: string) {
  const { data } = await apiRequest({
    method: 'POST',
    path: `/me/authorisations/${encodeURIComponent(authorisationId)}/withdraw`,
    schema: myAuthorisationSchema,
  });
  return data;
}

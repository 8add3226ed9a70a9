import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { normSchema, type Norm, type NormInput, type WorkFolder } from '../schemas.ts';
import { workFolderKeys } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const WORK_FOLDER_NORM = 'workFolder.norm';

export type PutNormPayload = { clientId: string; input: NormInput };

/** One lane per client's norm: a later change goes after an earlier one. */
export function normLane(clientId: string): string {
  return `norm:${clientId}`;
}

/** The coach sets the client's norm, holidays and exemptions: through the outbox, idempotent. */
export const putNormKind = defineRequestKind<PutNormPayload, Norm, WorkFolder>({
  kind: WORK_FOLDER_NORM,
  schemaVersion: 1,
  request: ({ clientId, input }) => ({ path: apiPath`/clients/${clientId}/norm`, body: input, schema: normSchema }),
  query: ({ clientId }) => workFolderKeys.folder(clientId),
  merge: (folder, norm) => (folder ? { ...folder, norm } : folder),
  invalidates: () => [sharedQueryKeys.home],
});

/** The coach sets the client's norm (`replace` puts a correction in the place of a refused one). */
export function usePutNorm(clientId: string) {
  return useOutboxWrite(putNormKind, normLane(clientId));
}

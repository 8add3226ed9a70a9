import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { proofUploadStatusSchema, type ProofUploadStatus } from '../schemas.ts';
import type { ProofType } from '../proof.ts';
import { chunksOf } from '../proof.ts';
import { workFolderKeys } from './keys.ts';

export const ACTIVITY_PROOF = 'activity.proof';

/** The file itself (base64) lives in the outbox record on the device until the server has it all. */
export type UploadProofPayload = { clientId: string; activityId: string; proofId: string; name: string; type: ProofType; size: number; data: string };

/**
 * A proof upload, in the activity's lane (after its create). Resumable: the start call says
 * which chunks the server already has, and only the missing ones are sent.
 */
export const uploadProofKind = defineOutboxKind<UploadProofPayload, ProofUploadStatus>({
  kind: ACTIVITY_PROOF,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, activityId, proofId, name, type, size, data } = record.payload;
    const base = `/clients/${encodeURIComponent(clientId)}/activities/${encodeURIComponent(activityId)}/proofs/${encodeURIComponent(proofId)}`;
    const chunks = chunksOf(data);
    let { data: status } = await apiRequest({
      method: 'PUT',
      path: base,
      body: { name, type, size, chunks: chunks.length },
      schema: proofUploadStatusSchema,
      signal,
    });
    for (let index = 0; index < chunks.length && !status.proof; index += 1) {
      if (status.received.includes(index)) continue;
      ({ data: status } = await apiRequest({
        method: 'PUT',
        path: `${base}/chunks/${index}`,
        body: { data: chunks[index] },
        schema: proofUploadStatusSchema,
        idempotencyKey: `${record.id}-${index}`,
        signal,
      }));
    }
    return { data: status };
  },
  onSent(record) {
    void queryClient.invalidateQueries({ queryKey: workFolderKeys.folder(record.payload.clientId) });
  },
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: workFolderKeys.folder(record.payload.clientId) });
  },
});

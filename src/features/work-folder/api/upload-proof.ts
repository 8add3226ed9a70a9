import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { sendChunkedUpload, type FileToUpload } from '#src/shared/files/upload.ts';
import { proofUploadStatusSchema, type ProofUploadStatus } from '../schemas.ts';
import { activityLane, workFolderKeys } from './keys.ts';

export const ACTIVITY_PROOF = 'activity.proof';

/** The file itself (base64) lives in the outbox record on the device until the server has it all. */
export type UploadProofPayload = FileToUpload & { clientId: string; activityId: string };

/**
 * A proof upload, in the activity's lane (after its create), with the shared chunked file
 * protocol: resumable, only missing chunks are sent.
 */
export const uploadProofKind = defineOutboxKind<UploadProofPayload, ProofUploadStatus>({
  kind: ACTIVITY_PROOF,
  schemaVersion: 2,
  migrate(payload, fromVersion) {
    // version 1 called the file's id `proofId`
    if (fromVersion === 1) {
      const { proofId, ...rest } = payload as unknown as UploadProofPayload & { proofId: string };
      return { ...rest, fileId: proofId };
    }
    return payload as UploadProofPayload;
  },
  send(record, { signal }) {
    const { clientId, activityId, ...file } = record.payload;
    return sendChunkedUpload({
      path: `/clients/${encodeURIComponent(clientId)}/activities/${encodeURIComponent(activityId)}/proofs/${encodeURIComponent(file.fileId)}`,
      file,
      recordId: record.id,
      schema: proofUploadStatusSchema,
      signal,
    });
  },
  invalidates: (record) => [workFolderKeys.folder(record.payload.clientId)],
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: workFolderKeys.folder(record.payload.clientId) });
  },
});

/** A proof (file) added to an activity. */
export function useUploadProof() {
  return useOutboxWrite(uploadProofKind, (payload) => activityLane(payload.activityId));
}

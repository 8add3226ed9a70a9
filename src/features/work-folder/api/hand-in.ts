import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { submissionSchema, type Submission, type SubmissionInput } from '../schemas.ts';
import { workFolderKeys } from './keys.ts';

export const WORK_FOLDER_HAND_IN = 'workFolder.handIn';

export type HandInPayload = { clientId: string; submissionId: string; input: SubmissionInput };

/** Handing in a period ("indienen"): through the outbox, with an id made on the device. */
export const handInKind = defineOutboxKind<HandInPayload, Submission>({
  kind: WORK_FOLDER_HAND_IN,
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, submissionId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/submissions/${encodeURIComponent(submissionId)}`,
      body: input,
      schema: submissionSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { data };
  },
  onSent(record) {
    // the hand-in locks activities on the server: read them again
    void queryClient.invalidateQueries({ queryKey: workFolderKeys.folder(record.payload.clientId) });
    void queryClient.invalidateQueries({ queryKey: ['home'] });
  },
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: workFolderKeys.folder(record.payload.clientId) });
  },
});

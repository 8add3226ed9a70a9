import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText, FileField } from '#src/shared/ui/form.tsx';
import { usePendingFor } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { activityLane } from '../api/keys.ts';
import { ACTIVITY_PROOF, useUploadProof, type UploadProofPayload } from '../api/upload-proof.ts';
import { PendingFile, useAddFile } from '#src/shared/files/add-file.tsx';
import { useFileSize } from '#src/shared/lib/format.ts';
import type { Activity } from '../schemas.ts';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { ProofView } from './proof-view.tsx';


/**
 * Proof with an activity: a photo from the camera, a screenshot or a PDF. Kept on the device
 * (in the outbox) until the server has all of it; photos are scaled down first.
 */
export function Proofs({ activity }: { activity: Activity }) {
  const { t } = useTranslation(['workFolder', 'common', 'sync']);
  const errorText = useErrorText();
  const id = useId();
  const upload = useUploadProof();
  const { add, busy, saved, error } = useAddFile(upload, {
    fallbackName: 'bewijs',
    payload: (file) => ({ clientId: activity.clientId, activityId: activity.id, ...file }),
    errorText,
  });
  const pending = usePendingFor(activityLane(activity.id)).filter((r) => r.kind === ACTIVITY_PROOF) as OutboxRecord<UploadProofPayload>[];
  const size = useFileSize();

  return (
    <>
      <h2>{t('proofs.title')}</h2>
      {activity.proofs.length === 0 && pending.length === 0 ? <p>{t('proofs.none')}</p> : null}
      <ul className="proof-list">
        {activity.proofs.map((proof) => (
          <li key={proof.id} className="tag-line">
            <span dir="auto">{proof.name}</span> <span className="field__hint">({size(proof.size)})</span> <SyncTag sync="sent" />
            <ProofView clientId={activity.clientId} proof={proof} />
          </li>
        ))}
        {pending.map((record) => (
          <PendingFile key={record.id} record={record} />
        ))}
      </ul>
      <FileField id={`${id}-file`} label={t('proofs.add')} hint={t('proofs.hint')} error={error} accept="image/*,application/pdf" disabled={busy} onFile={(file) => void add(file)} />
      {saved ? (
        <p role="status" className="field__hint">
          {t('proofs.saved')}
        </p>
      ) : null}
    </>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText, FileField } from '#src/shared/ui/form.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { usePendingFor } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { activityLane } from '../api/keys.ts';
import { ACTIVITY_PROOF, useUploadProof, type UploadProofPayload } from '../api/upload-proof.ts';
import { prepareUpload } from '#src/shared/files/files.ts';
import { UploadRefusal } from '#src/shared/files/refusal.tsx';
import { useFileSize } from '#src/shared/lib/format.ts';
import type { Activity } from '../schemas.ts';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { recordSyncState } from '#src/shared/offline/sync-state.ts';
import { ProofView } from './proof-view.tsx';


/**
 * Proof with an activity: a photo from the camera, a screenshot or a PDF. Kept on the device
 * (in the outbox) until the server has all of it; photos are scaled down first.
 */
export function Proofs({ activity }: { activity: Activity }) {
  const { t } = useTranslation(['workFolder', 'common', 'sync']);
  const errorText = useErrorText();
  const { user } = useSession();
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const upload = useUploadProof();
  const [saved, setSaved] = useState(false);
  const pending = usePendingFor(activityLane(activity.id)).filter((r) => r.kind === ACTIVITY_PROOF) as OutboxRecord<UploadProofPayload>[];
  const size = useFileSize();

  const add = async (file: File) => {
    setError(undefined);
    setSaved(false);
    upload.clearError();
    if (!user) return;
    setBusy(true);
    try {
      const prepared = await prepareUpload(file, 'bewijs');
      if (!prepared.ok) return setError(errorText(prepared.message));
      const record = await upload.write({ payload: { clientId: activity.clientId, activityId: activity.id, ...prepared.file } });
      if (record) setSaved(true);
    } catch {
      setError(t('common:errors.server'));
    } finally {
      setBusy(false);
    }
  };

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
          <li key={record.id} className="tag-line">
            <span dir="auto">{record.payload.name}</span> <span className="field__hint">({size(record.payload.size)})</span>{' '}
            <SyncTag sync={recordSyncState(record)} /> <UploadRefusal record={record} />
          </li>
        ))}
      </ul>
      <FileField id={`${id}-file`} label={t('proofs.add')} hint={t('proofs.hint')} error={error ?? upload.error ?? undefined} accept="image/*,application/pdf" disabled={busy} onFile={(file) => void add(file)} />
      {saved ? (
        <p role="status" className="field__hint">
          {t('proofs.saved')}
        </p>
      ) : null}
    </>
  );
}

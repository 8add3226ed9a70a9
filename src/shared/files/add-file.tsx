import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useFileSize } from '#src/shared/lib/format.ts';
import { recordSyncState } from '#src/shared/offline/sync-state.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import type { OutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { prepareUpload } from './files.ts';
import type { FileToUpload } from './upload.ts';
import { UploadRefusal } from './refusal.tsx';

/**
 * Adding a chosen file through a feature's upload hook: checked and prepared on the device
 * (`prepareUpload`), then kept in the outbox. `error` is why it was not kept (the file, or the
 * disk), `saved` that it was.
 */
export function useAddFile<P>(upload: OutboxWrite<P>, options: { fallbackName: string; payload: (file: FileToUpload) => P; errorText: (message: string) => string | undefined }) {
  const { t } = useTranslation('common');
  const { user } = useSession();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const add = async (file: File) => {
    setError(undefined);
    setSaved(false);
    upload.clearError();
    if (!user) return;
    setBusy(true);
    try {
      const prepared = await prepareUpload(file, options.fallbackName);
      if (!prepared.ok) return setError(options.errorText(prepared.message));
      const record = await upload.write({ payload: options.payload(prepared.file) });
      if (record) setSaved(true);
    } catch {
      setError(t('errors.server'));
    } finally {
      setBusy(false);
    }
  };
  return { add, busy, saved, error: error ?? upload.error ?? undefined };
}

/** A file still on this device: its name and size, whether it is sent, and why it was refused. */
export function PendingFile({ record }: { record: OutboxRecord<{ name: string; size: number }> }) {
  const size = useFileSize();
  return (
    <li className="tag-line">
      <span dir="auto">{record.payload.name}</span> <span className="field__hint">({size(record.payload.size)})</span> <SyncTag sync={recordSyncState(record)} />{' '}
      <UploadRefusal record={record} />
    </li>
  );
}

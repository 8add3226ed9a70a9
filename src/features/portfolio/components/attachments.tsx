import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileField, useErrorText } from '#src/shared/ui/form.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { apiBlob } from '#src/shared/api/client.ts';
import { PendingFile, useAddFile } from '#src/shared/files/add-file.tsx';
import { filePath } from '#src/shared/files/upload.ts';
import { useUploadFile } from '../api/upload-file.ts';
import type { Attachment } from '../schemas.ts';
import type { ItemView } from '../use-portfolio-view.ts';
import { useFileSize } from '#src/shared/lib/format.ts';

/** Opens a stored file in a new tab (fetched with the session's token, never a token in a URL). */
export function OpenFileButton({ load, name }: { load: () => Promise<Blob>; name: string }) {
  const { t } = useTranslation('portfolio');
  const [failed, setFailed] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        onClick={async () => {
          setFailed(false);
          try {
            const url = URL.createObjectURL(await load());
            window.open(url, '_blank', 'noopener');
            setTimeout(() => URL.revokeObjectURL(url), 60_000);
          } catch {
            setFailed(true);
          }
        }}
      >
        {t('attachments.open', { name })}
      </Button>
      {failed ? <span className="field__hint"> {t('attachments.openFailed')}</span> : null}
    </>
  );
}

export function AttachmentList({ attachments, load }: { attachments: Attachment[]; load: (a: Attachment) => Promise<Blob> }) {
  const size = useFileSize();
  return (
    <ul className="proof-list">
      {attachments.map((a) => (
        <li key={a.id} className="attachment">
          <span dir="auto">{a.name}</span> <span className="field__hint">({size(a.size)})</span> <OpenFileButton load={() => load(a)} name={a.name} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Attachments of the client's own item: a photo (scaled down on the device), a screenshot or
 * a PDF. Kept in the outbox on the device until the server has all of it.
 */
export function Attachments({ item }: { item: ItemView }) {
  const { t } = useTranslation(['portfolio', 'sync', 'common']);
  const errorText = useErrorText('portfolio');
  const id = useId();
  const upload = useUploadFile();
  const { add, busy, saved, error } = useAddFile(upload, { fallbackName: 'bijlage', payload: (file) => ({ itemId: item.id, ...file }), errorText });

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('attachments.title')}</h2>
      {item.attachments.length === 0 && item.pendingFiles.length === 0 ? <p>{t('attachments.none')}</p> : null}
      <AttachmentList attachments={item.attachments} load={(a) => apiBlob(filePath(item.clientId, a.id))} />
      {item.pendingFiles.length > 0 ? (
        <ul className="proof-list">
          {item.pendingFiles.map((record) => (
            <PendingFile key={record.id} record={record} />
          ))}
        </ul>
      ) : null}
      <FileField id={`${id}-file`} label={t('attachments.add')} hint={t('attachments.hint')} error={error} accept="image/*,application/pdf" disabled={busy} onFile={(file) => void add(file)} />
      {saved ? (
        <p role="status" className="field__hint">
          {t('attachments.saved')}
        </p>
      ) : null}
    </section>
  );
}

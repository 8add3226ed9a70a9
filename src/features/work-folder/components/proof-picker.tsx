import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileField, useErrorText } from '#src/shared/ui/form.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { prepareUpload } from '#src/shared/files/files.ts';
import type { FileToUpload } from '#src/shared/files/upload.ts';
import { useFileSize } from '#src/shared/lib/format.ts';

/**
 * Proof chosen in the activity form itself, before the activity exists: checked and prepared on
 * the device at once (a refused file says so next to the field), kept in memory, and written to
 * the outbox with the activity (`useProofPicker().files`, see activity-edit.tsx). On a phone
 * "Foto maken" opens the camera; "Bestand kiezen" takes a photo or a PDF that is already there.
 */
export function useProofPicker() {
  const errorText = useErrorText();
  const [files, setFiles] = useState<FileToUpload[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const choose = async (file: File) => {
    setError(undefined);
    setBusy(true);
    try {
      const prepared = await prepareUpload(file, 'bewijs');
      if (!prepared.ok) return setError(errorText(prepared.message));
      setFiles((list) => [...list, prepared.file]);
    } finally {
      setBusy(false);
    }
  };
  const remove = (fileId: string) => setFiles((list) => list.filter((f) => f.fileId !== fileId));
  return { files, error, busy, choose, remove };
}

export function ProofPicker({ picker }: { picker: ReturnType<typeof useProofPicker> }) {
  const { t } = useTranslation('workFolder');
  const id = useId();
  const size = useFileSize();
  return (
    <fieldset className="utrecht-form-fieldset field proof-picker">
      <legend className="utrecht-form-fieldset__legend">{t('proofs.formTitle')}</legend>
      <p className="field__hint">{t('proofs.hint')}</p>
      {picker.files.length > 0 ? (
        <ul className="proof-list" aria-label={t('proofs.chosen')}>
          {picker.files.map((file) => (
            <li key={file.fileId} className="tag-line">
              <span dir="auto">{file.name}</span> <span className="field__hint">({size(file.size)})</span>{' '}
              <Button variant="subtle" onClick={() => picker.remove(file.fileId)}>
                {t('proofs.remove', { name: file.name })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <FileField id={`${id}-photo`} label={t('proofs.photo')} accept="image/*" capture="environment" disabled={picker.busy} onFile={(file) => void picker.choose(file)} />
      <FileField id={`${id}-file`} label={t('proofs.file')} error={picker.error} accept="image/*,application/pdf" disabled={picker.busy} onFile={(file) => void picker.choose(file)} />
    </fieldset>
  );
}

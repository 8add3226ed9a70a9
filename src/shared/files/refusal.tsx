import { useErrorText } from '#src/shared/ui/form.tsx';
import type { OutboxRecord } from '#src/shared/offline/types.ts';

/**
 * Why the server refused a file that waited on the device, next to the file: its first field
 * error in plain words (e.g. "Dit bestand is geen foto of pdf…" when the content is not what
 * its type says). "Wijzigingen" lists the same record with retry and discard.
 */
export function UploadRefusal({ record }: { record: Pick<OutboxRecord, 'status' | 'lastError'> }) {
  const errorText = useErrorText();
  if (record.status !== 'rejected') return null;
  const text = errorText(Object.values(record.lastError?.fieldErrors ?? {})[0]?.[0]);
  return text ? <span className="field__error upload-refusal">{text}</span> : null;
}

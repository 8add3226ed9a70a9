import { useTranslation } from 'react-i18next';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import type { SyncState } from '../use-cv-view.ts';

/** Per CV or profile: sent to the server, or waiting on this device. */
export function SyncTag({ sync }: { sync: SyncState }) {
  const { t } = useTranslation('cv');
  const tone = sync === 'sent' ? 'success' : sync === 'pending' ? 'warning' : 'error';
  return (
    <p className="sent-mark">
      <StatusTag tone={tone}>{t(`sync.${sync}`)}</StatusTag>
    </p>
  );
}

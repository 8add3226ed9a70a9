import { useTranslation } from 'react-i18next';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import type { SyncState } from '../use-portfolio-view.ts';

/** Per item: sent to the server, or waiting on this device. */
export function SyncTag({ sync }: { sync: SyncState }) {
  const { t } = useTranslation('portfolio');
  const tone = sync === 'sent' ? 'success' : sync === 'pending' ? 'warning' : 'error';
  return <StatusTag tone={tone}>{t(`sync.${sync}`)}</StatusTag>;
}

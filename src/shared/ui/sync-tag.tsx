import { useTranslation } from 'react-i18next';
import type { SyncState } from '#src/shared/offline/sync-state.ts';
import { StatusTag } from './status-tag.tsx';

const TONE = { sent: 'success', pending: 'warning', problem: 'error' } as const;

/** Per item: sent to the server, waiting on this device, or not sent (needs attention). */
export function SyncTag({ sync }: { sync: SyncState }) {
  const { t } = useTranslation('common');
  return <StatusTag tone={TONE[sync]}>{t(`sync.${sync}`)}</StatusTag>;
}

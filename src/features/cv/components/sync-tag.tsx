import type { SyncState } from '#src/shared/offline/sync-state.ts';
import { SyncTag as Tag } from '#src/shared/ui/sync-tag.tsx';

/** Per CV or profile, on a line of its own: sent to the server, or waiting on this device. */
export function SyncTag({ sync }: { sync: SyncState }) {
  return (
    <p className="sent-mark">
      <Tag sync={sync} />
    </p>
  );
}

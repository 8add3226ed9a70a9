import { useSession } from '#src/shared/auth/use-session.ts';
import { todayIso } from '#src/shared/lib/dates.ts';
import { NormHistory } from '#src/shared/ui/norm-history.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { allProgress } from '../rules.ts';
import { useWorkFolderView } from '../use-work-folder-view.ts';

/** How many periods the history shows (the newest ones). */
export const NORM_HISTORY_PERIODS = 8;

/** One client's norm per period (newest eight, oldest first), from their werkmap: for the coach's werkmap and the three-month review. */
export function NormHistoryFor({ clientId }: { clientId: string }) {
  const { user } = useSession();
  const { query, configQuery, activities } = useWorkFolderView(clientId, user);
  return (
    <QueryState query={query}>
      {(folder) =>
        configQuery.data ? (
          <NormHistory periods={allProgress(activities, folder.norm, configQuery.data, todayIso()).slice(0, NORM_HISTORY_PERIODS).reverse()} name={folder.clientName} />
        ) : null
      }
    </QueryState>
  );
}

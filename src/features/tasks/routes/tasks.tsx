import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useCanWrite } from '#src/shared/auth/use-acting-for.ts';
import { useSetDone } from '../api/set-done.ts';
import { TaskItems } from '../components/task-items.tsx';
import { useTasksView } from '../use-tasks-view.ts';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import { todayIso } from '#src/shared/lib/dates.ts';
import { TaskToCalendar } from '../calendar.tsx';

/**
 * The client's tasks and agreements (`/taken`): tick them off, offline too (not a helper who may
 * only look), and put an open task's due date in their calendar.
 */
export function Component() {
  const { t } = useTranslation('tasks');
  const { user } = useSession();
  const canWrite = useCanWrite();
  const clientId = user?.clientId ?? '';
  const { query, tasks } = useTasksView(clientId, user?.id ?? '');
  const { write, error } = useSetDone();
  const toggle = (taskId: string, done: boolean) => {
    void write({ payload: { clientId, taskId, done } });
  };
  const today = todayIso();
  return (
    <Page title={t('title')} lead={t('lead')}>
      <SaveError error={error} />
      <QueryState query={query}>{() => <TaskItems tasks={tasks} onToggle={canWrite ? (task, done) => toggle(task.id, done) : undefined} actions={(task) => <TaskToCalendar task={task} today={today} />} />}</QueryState>
    </Page>
  );
}

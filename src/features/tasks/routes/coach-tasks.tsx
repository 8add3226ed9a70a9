import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { newTaskId } from '../api/keys.ts';
import { usePutTask } from '../api/put-task.ts';
import { TaskEdit } from '../components/task-edit.tsx';
import { TaskForm } from '../components/task-form.tsx';
import { TaskItems } from '../components/task-items.tsx';
import type { TaskInput } from '../schemas.ts';
import { useTasksView } from '../use-tasks-view.ts';

/**
 * The coach's view of one client's tasks (`/coach/clienten/:clientId/taken`): the list with done
 * state, each task changeable (made on the version shown: a change made elsewhere in the meantime
 * is a conflict on the Wijzigingen page, not silently overwritten), and a new task.
 */
export function Component() {
  const { t } = useTranslation('tasks');
  const { clientId = '' } = useParams();
  const { user } = useSession();
  const { query, tasks } = useTasksView(clientId, user?.id ?? '');
  // a new task is made on nothing (version 0, no If-Match); a change on the version shown
  const { write } = usePutTask();
  const save = async (taskId: string, input: TaskInput, baseVersion: number) => {
    // not saved (the disk is full): the form keeps what was typed, as before
    if (!(await write({ payload: { clientId, taskId, input }, baseVersion }))) throw new Error('The task was not saved on this device');
  };
  return (
    <Page title={query.data ? t('coach.titleFor', { name: query.data.clientName }) : t('coach.title')} back={{ to: `/coach/clienten/${encodeURIComponent(clientId)}`, label: t('coach.back') }}>
      <QueryState query={query}>{() => <TaskItems tasks={tasks} actions={(task) => <TaskEdit task={task} onSave={(input) => save(task.id, input, task.version)} />} />}</QueryState>
      <TaskForm onSave={(input) => save(newTaskId(), input, 0)} />
    </Page>
  );
}

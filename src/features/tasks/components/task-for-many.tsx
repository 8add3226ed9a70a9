import { useTranslation } from 'react-i18next';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import { usePutTaskForMany } from '../api/put-task.ts';
import { TaskForm } from './task-form.tsx';

/** The coach sets one task for every selected client: one task each, through the outbox. */
export function TaskForMany({ clients, onSaved }: { clients: readonly { clientId: string }[]; onSaved: (text: string) => void }) {
  const { t } = useTranslation('tasks');
  const { putForMany, error } = usePutTaskForMany();
  return (
    <>
      <p className="field__hint">{t('bulk.lead', { count: clients.length })}</p>
      <TaskForm
        idPrefix="bulk-task"
        titleLevel={3}
        onSave={async (input) => {
          const saved = await putForMany(
            clients.map((c) => c.clientId),
            input,
          );
          if (saved < clients.length) throw new Error('Not every task was saved on this device');
          onSaved(t('bulk.saved', { count: saved }));
        }}
      />
      <SaveError error={error} />
    </>
  );
}

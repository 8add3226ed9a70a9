import { useTranslation } from 'react-i18next';
import { namesOf, SaveError } from '#src/shared/ui/save-error.tsx';
import { usePutTaskForMany } from '../api/put-task.ts';
import { TaskForm } from './task-form.tsx';

/** The coach sets one task for every selected client: one task each, through the outbox. */
export function TaskForMany({ clients, onSaved }: { clients: readonly { clientId: string; name: string }[]; onSaved: (text: string) => void }) {
  const { t } = useTranslation('tasks');
  const { putForMany, missing, error } = usePutTaskForMany();
  return (
    <>
      <p className="field__hint">{t('bulk.lead', { count: clients.length })}</p>
      <TaskForm
        idPrefix="bulk-task"
        titleLevel={3}
        onSave={async (input) => {
          // saved for some only (a full disk): the form keeps the task; trying again saves it for the others only
          const { saved, missing: notSaved } = await putForMany(
            clients.map((c) => c.clientId),
            input,
          );
          if (notSaved.length > 0) throw new Error('Not every task was saved on this device');
          onSaved(t('bulk.saved', { count: saved.length }));
        }}
      />
      <SaveError error={error} notSavedFor={namesOf(clients, missing)} />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { reachedAll } from '#src/shared/offline/write-for-many.ts';
import { BulkOutcome } from '#src/shared/ui/save-error.tsx';
import { usePutTaskForMany } from '../api/put-task.ts';
import { TaskForm } from './task-form.tsx';

/** The coach sets one task for every selected client: one task each, through the outbox. */
export function TaskForMany({ clients, onSaved }: { clients: readonly { clientId: string; name: string }[]; onSaved: (text: string) => void }) {
  const { t } = useTranslation('tasks');
  const { putForMany, missing, failed, error } = usePutTaskForMany();
  return (
    <>
      <p className="field__hint">{t('bulk.lead', { count: clients.length })}</p>
      <TaskForm
        idPrefix="bulk-task"
        titleLevel={3}
        onSave={async (input) => {
          // for some only (a full disk, or the server did not take it): a normal outcome, said below;
          // the form keeps the task, and trying again gives it to the others only
          const result = await putForMany(
            clients.map((c) => c.clientId),
            input,
          );
          if (!reachedAll(result)) return 'keep';
          onSaved(t('bulk.saved', { count: result.saved.length }));
        }}
      />
      <BulkOutcome clients={clients} error={error} missing={missing} failed={failed} />
    </>
  );
}

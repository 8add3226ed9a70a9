import { useTranslation } from 'react-i18next';
import { BulkFailures, namesOf, SaveError } from '#src/shared/ui/save-error.tsx';
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
          const { saved, missing: notSaved, failed: refused } = await putForMany(
            clients.map((c) => c.clientId),
            input,
          );
          if (notSaved.length > 0 || refused.length > 0) return 'keep';
          onSaved(t('bulk.saved', { count: saved.length }));
        }}
      />
      <SaveError error={error} notSavedFor={namesOf(clients, missing)} />
      <BulkFailures clients={clients} failed={failed} missing={missing} />
    </>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import type { TaskInput } from '../schemas.ts';
import type { TaskView } from '../use-tasks-view.ts';
import { TaskForm } from './task-form.tsx';

/**
 * The coach changes a task in place: "Wijzigen" opens the form under the task with its values
 * (focus in the first field); saving or cancelling closes it and returns focus to the button.
 */
export function TaskEdit({ task, onSave }: { task: TaskView; onSave: (input: TaskInput) => Promise<void> }) {
  const { t } = useTranslation('tasks');
  const [open, setOpen] = useState(false);
  const [changed, setChanged] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (open) document.getElementById(`task-${task.id}-title`)?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [open, task.id]);
  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };
  return (
    <div className="task-item__edit">
      {open ? (
        <TaskForm
          task={task}
          onCancel={close}
          onSave={async (input) => {
            await onSave(input);
            setChanged(true);
            close();
          }}
        />
      ) : (
        <Button
          ref={button}
          variant="secondary"
          onClick={() => {
            setChanged(false);
            setOpen(true);
          }}
        >
          {t('edit.open')}
          <span className="visually-hidden"> {task.title}</span>
        </Button>
      )}
      <p role="status" className="field__hint">
        {changed ? t('edit.saved') : ''}
      </p>
    </div>
  );
}

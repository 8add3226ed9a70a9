import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { FormDateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, TextField } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { datePartsSchema, isoToParts, todayIso, type DateParts } from '#src/shared/lib/dates.ts';
import { taskInputSchema, type Task, type TaskInput } from '../schemas.ts';

type Values = { title: string; description: string; dueDate: DateParts };

type Props = {
  /** Resolves with 'keep' when the form keeps what was typed (saved for some clients only: to try again). */
  onSave: (input: TaskInput) => Promise<void | 'keep'>;
  /** Editing this task (its values filled in); without it the form makes a new task. */
  task?: Pick<Task, 'id' | 'title' | 'description' | 'dueDate'>;
  /** Editing: a "Cancel" button. */
  onCancel?: () => void;
  /** A new task: the fields' id prefix (default `task`) and its heading's level (default 2). */
  idPrefix?: string;
  titleLevel?: 2 | 3;
};

/**
 * The coach sets a task with a due date, or changes one; errors next to the fields and in a
 * summary. A due date in the past is refused, except the one the task already had (changing
 * the title of an overdue task must not force a new date).
 */
export function TaskForm({ onSave, task, onCancel, idPrefix = 'task', titleLevel = 2 }: Props) {
  const { t } = useTranslation('tasks');
  const id = task ? `task-${task.id}` : idPrefix;
  const NewTitle = titleLevel === 3 ? 'h3' : 'h2';
  const headingId = `${id}-form-title`;
  const [saved, setSaved] = useState(false);
  const { control, register, submit, failed, setError, reset, summary, message, formState } = useAppForm<Values>({
    defaultValues: task ? { title: task.title, description: task.description, dueDate: isoToParts(task.dueDate) } : { title: '', description: '', dueDate: { day: '', month: '', year: '' } },
    idPrefix: id,
  });
  return (
    <form
      noValidate
      aria-labelledby={headingId}
      className={task ? 'task-form task-form--edit' : 'task-form'}
      onSubmit={submit(async (values) => {
        const due = datePartsSchema({ required: true }).safeParse(values.dueDate);
        const input = taskInputSchema.safeParse({ title: values.title, description: values.description, dueDate: due.success ? due.data : null });
        let ok = true;
        if (!due.success) {
          setError('dueDate', { message: due.error.issues[0]?.message ?? 'validation.date.invalid' });
          ok = false;
        } else if (due.data && due.data < todayIso() && due.data !== task?.dueDate) {
          setError('dueDate', { message: 'validation.task.dueDate.past' });
          ok = false;
        }
        if (!input.success) {
          for (const issue of input.error.issues) {
            const field = issue.path[0] === 'description' ? 'description' : 'title';
            setError(field, { message: issue.message });
          }
          ok = false;
        }
        if (!ok || !input.success) {
          failed();
          return;
        }
        if ((await onSave(input.data)) === 'keep' || task) return;
        reset();
        setSaved(true);
      })}
    >
      {task ? <h4 id={headingId}>{t('form.editTitle')}</h4> : <NewTitle id={headingId}>{t('form.title')}</NewTitle>}
      <ErrorSummary {...summary(['title', 'description', { name: 'dueDate', id: `${id}-due` }])} />
      <TextField id={`${id}-title`} label={t('form.taskTitle')} hint={t('form.taskTitleHint')} error={message('title')} dir="auto" {...register('title', { onChange: () => setSaved(false) })} />
      <TextField id={`${id}-description`} label={t('form.description')} error={message('description')} dir="auto" {...register('description')} />
      <FormDateField control={control} name="dueDate" id={`${id}-due`} legend={t('form.dueDate')} hint={t('form.dueDateHint')} error={message('dueDate')} />
      <div className="button-row">
        <Button type="submit" busy={formState.isSubmitting}>
          {task ? t('form.saveChange') : t('form.save')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        ) : null}
      </div>
      {task ? null : (
        <p role="status" className="field__hint">
          {saved ? t('form.saved') : ''}
        </p>
      )}
    </form>
  );
}

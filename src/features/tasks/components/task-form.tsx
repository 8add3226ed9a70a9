import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDirtyForm } from '#src/shared/lib/dirty-forms.ts';
import { Button } from '#src/shared/ui/button.tsx';
import { DateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, TextField, useErrorText } from '#src/shared/ui/form.tsx';
import { datePartsSchema, isoToParts, todayIso, type DateParts } from '#src/shared/lib/dates.ts';
import { taskInputSchema, type Task, type TaskInput } from '../schemas.ts';

type Values = { title: string; description: string; dueDate: DateParts };

type Props = {
  onSave: (input: TaskInput) => Promise<void>;
  /** Editing this task (its values filled in); without it the form makes a new task. */
  task?: Pick<Task, 'id' | 'title' | 'description' | 'dueDate'>;
  /** Editing: a "Cancel" button. */
  onCancel?: () => void;
};

/**
 * The coach sets a task with a due date, or changes one; errors next to the fields and in a
 * summary. A due date in the past is refused, except the one the task already had (changing
 * the title of an overdue task must not force a new date).
 */
export function TaskForm({ onSave, task, onCancel }: Props) {
  const { t } = useTranslation('tasks');
  const id = task ? `task-${task.id}` : 'task';
  const headingId = `${id}-form-title`;
  const errorText = useErrorText();
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const {
    control,
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<Values>({
    defaultValues: task ? { title: task.title, description: task.description, dueDate: isoToParts(task.dueDate) } : { title: '', description: '', dueDate: { day: '', month: '', year: '' } },
  });
  useDirtyForm(isDirty);
  const summary = [
    errors.title?.message ? { fieldId: `${id}-title`, message: errorText(errors.title.message) ?? '' } : null,
    errors.description?.message ? { fieldId: `${id}-description`, message: errorText(errors.description.message) ?? '' } : null,
    errors.dueDate?.message ? { fieldId: `${id}-due`, message: errorText(errors.dueDate.message) ?? '' } : null,
  ].filter((e): e is { fieldId: string; message: string } => e !== null);
  return (
    <form
      noValidate
      aria-labelledby={headingId}
      className={task ? 'task-form task-form--edit' : 'task-form'}
      onSubmit={handleSubmit(async (values) => {
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
          setAttempt((n) => n + 1);
          return;
        }
        await onSave(input.data);
        if (task) return;
        reset();
        setSaved(true);
      }, () => setAttempt((n) => n + 1))}
    >
      {task ? <h4 id={headingId}>{t('form.editTitle')}</h4> : <h2 id={headingId}>{t('form.title')}</h2>}
      <ErrorSummary errors={summary} focusKey={attempt} />
      <TextField id={`${id}-title`} label={t('form.taskTitle')} hint={t('form.taskTitleHint')} error={errorText(errors.title?.message)} dir="auto" {...register('title', { onChange: () => setSaved(false) })} />
      <TextField id={`${id}-description`} label={t('form.description')} error={errorText(errors.description?.message)} dir="auto" {...register('description')} />
      <Controller
        control={control}
        name="dueDate"
        render={({ field }) => <DateField id={`${id}-due`} legend={t('form.dueDate')} hint={t('form.dueDateHint')} error={errorText(errors.dueDate?.message)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />}
      />
      <div className="button-row">
        <Button type="submit" busy={isSubmitting}>
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

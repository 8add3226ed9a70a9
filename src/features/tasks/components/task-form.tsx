import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDirtyForm } from '#src/shared/lib/dirty-forms.ts';
import { Button } from '#src/shared/ui/button.tsx';
import { DateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, TextField, useErrorText } from '#src/shared/ui/form.tsx';
import { datePartsSchema, todayIso, type DateParts } from '#src/shared/lib/dates.ts';
import { taskInputSchema, type TaskInput } from '../schemas.ts';

type Values = { title: string; description: string; dueDate: DateParts };

/** The coach sets a task with a due date; errors next to the fields and in a summary. */
export function TaskForm({ onSave }: { onSave: (input: TaskInput) => Promise<void> }) {
  const { t } = useTranslation('tasks');
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
  } = useForm<Values>({ defaultValues: { title: '', description: '', dueDate: { day: '', month: '', year: '' } } });
  useDirtyForm(isDirty);
  const summary = [
    errors.title?.message ? { fieldId: 'task-title', message: errorText(errors.title.message) ?? '' } : null,
    errors.description?.message ? { fieldId: 'task-description', message: errorText(errors.description.message) ?? '' } : null,
    errors.dueDate?.message ? { fieldId: 'task-due', message: errorText(errors.dueDate.message) ?? '' } : null,
  ].filter((e): e is { fieldId: string; message: string } => e !== null);
  return (
    <form
      noValidate
      aria-labelledby="task-form-title"
      className="task-form"
      onSubmit={handleSubmit(async (values) => {
        const due = datePartsSchema({ required: true }).safeParse(values.dueDate);
        const input = taskInputSchema.safeParse({ title: values.title, description: values.description, dueDate: due.success ? due.data : null });
        let ok = true;
        if (!due.success) {
          setError('dueDate', { message: due.error.issues[0]?.message ?? 'validation.date.invalid' });
          ok = false;
        } else if (due.data && due.data < todayIso()) {
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
        reset();
        setSaved(true);
      }, () => setAttempt((n) => n + 1))}
    >
      <h2 id="task-form-title">{t('form.title')}</h2>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <TextField id="task-title" label={t('form.taskTitle')} hint={t('form.taskTitleHint')} error={errorText(errors.title?.message)} dir="auto" {...register('title', { onChange: () => setSaved(false) })} />
      <TextField id="task-description" label={t('form.description')} error={errorText(errors.description?.message)} dir="auto" {...register('description')} />
      <Controller
        control={control}
        name="dueDate"
        render={({ field }) => <DateField id="task-due" legend={t('form.dueDate')} hint={t('form.dueDateHint')} error={errorText(errors.dueDate?.message)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />}
      />
      <Button type="submit" busy={isSubmitting}>
        {t('form.save')}
      </Button>
      <p role="status" className="field__hint">
        {saved ? t('form.saved') : ''}
      </p>
    </form>
  );
}

import { z } from 'zod';
import { Button } from '#src/shared/ui/button.tsx';
import { ErrorSummary, TextField } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';

/**
 * A form with one name to give (a new CV, a new section of one's own): the field, its errors
 * in a summary and next to it, and a button. `onSubmit` may refuse with a message (an i18n key
 * or a text); the field is emptied after it is accepted.
 */
export function TitleForm({
  id,
  title,
  label,
  hint,
  submitText,
  onSubmit,
}: {
  id: string;
  /** The title's schema (from the API's schemas). */
  title: z.ZodType<string, string>;
  label: string;
  hint: string;
  submitText: string;
  onSubmit: (title: string) => Promise<string | void>;
}) {
  const { register, submit, failed, setError, reset, summary, message } = useAppForm<{ title: string }>({
    defaultValues: { title: '' },
    schema: z.object({ title }),
    idPrefix: id,
    ns: 'cv',
  });
  return (
    <form
      className="form"
      noValidate
      onSubmit={submit(async (values) => {
        const refused = await onSubmit(values.title);
        if (!refused) return reset();
        setError('title', { message: refused });
        failed();
      })}
    >
      <ErrorSummary {...summary(['title'])} />
      <TextField id={`${id}-title`} label={label} hint={hint} error={message('title')} {...register('title')} />
      <div className="button-row">
        <Button type="submit">{submitText}</Button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { ErrorSummary } from '#src/shared/ui/form.tsx';
import { FormTextareaField } from '#src/shared/ui/textarea-field.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { coachNoteInputSchema, NOTE_MAX, type CoachNoteInput } from '../schemas.ts';

/** A coach-only note: stored on the device first (outbox), then sent. */
export function NoteForm({ onSubmit }: { onSubmit: (input: CoachNoteInput) => Promise<void> }) {
  const { t } = useTranslation('coach');
  const [saved, setSaved] = useState(false);
  const { control, submit, reset, summary, message, formState } = useAppForm<CoachNoteInput>({
    defaultValues: { text: '' },
    schema: coachNoteInputSchema,
    idPrefix: 'note',
  });
  return (
    <form
      noValidate
      aria-label={t('notes.add')}
      onSubmit={submit(
        async (input) => {
          await onSubmit(input);
          reset({ text: '' });
          setSaved(true);
        },
        () => setSaved(false),
      )}
    >
      <ErrorSummary {...summary(['text'])} />
      <FormTextareaField
        control={control}
        name="text"
        id="note-text"
        label={t('notes.label')}
        hint={t('notes.hint')}
        error={message('text')}
        maxLength={NOTE_MAX}
        rows={3}
        onChange={() => setSaved(false)}
      />
      <Button type="submit" busy={formState.isSubmitting}>
        {t('notes.save')}
      </Button>
      {saved ? (
        <p role="status" className="field__hint">
          {t('notes.savedOnDevice')}
        </p>
      ) : null}
    </form>
  );
}

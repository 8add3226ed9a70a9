import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { ErrorSummary, useErrorText } from '#src/shared/ui/form.tsx';
import { TextareaField } from '#src/shared/ui/textarea-field.tsx';
import { coachNoteInputSchema, NOTE_MAX, type CoachNoteInput } from '../schemas.ts';

/** A coach-only note: stored on the device first (outbox), then sent. */
export function NoteForm({ onSubmit }: { onSubmit: (input: CoachNoteInput) => Promise<void> }) {
  const { t } = useTranslation('coach');
  const errorText = useErrorText();
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const {
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CoachNoteInput>({ defaultValues: { text: '' }, resolver: zodResolver(coachNoteInputSchema), mode: 'onSubmit', reValidateMode: 'onChange' });
  const error = errorText(errors.text?.message);
  return (
    <form
      noValidate
      aria-label={t('notes.add')}
      onSubmit={handleSubmit(
        async (input) => {
          await onSubmit(input);
          reset({ text: '' });
          setSaved(true);
        },
        () => {
          setSaved(false);
          setAttempt((n) => n + 1);
        },
      )}
    >
      <ErrorSummary errors={error ? [{ fieldId: 'note-text', message: error }] : []} focusKey={attempt} />
      <Controller
        control={control}
        name="text"
        render={({ field }) => (
          <TextareaField
            id="note-text"
            label={t('notes.label')}
            hint={t('notes.hint')}
            error={error}
            maxLength={NOTE_MAX}
            rows={3}
            {...field}
            onChange={(event) => {
              setSaved(false);
              field.onChange(event);
            }}
          />
        )}
      />
      <Button type="submit" busy={isSubmitting}>
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

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { FieldShell, RadioGroup, useErrorText } from '#src/shared/ui/form.tsx';
import { feedbackInputSchema, FEEDBACK_VERDICTS, type FeedbackInput } from '../schemas.ts';

type Values = { verdict: string; comment: string };

/** As typed (nothing chosen yet is '') -> the API's input. */
const feedbackFormSchema = z.object({ verdict: z.string(), comment: z.string() }).pipe(feedbackInputSchema);

/** The coach's verdict on one activity with a comment (required for "vraag" and "niet akkoord"). */
export function FeedbackForm({ activityId, onSubmit }: { activityId: string; onSubmit: (input: FeedbackInput) => Promise<void> }) {
  const { t } = useTranslation('workFolder');
  const errorText = useErrorText();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, FeedbackInput>({
    defaultValues: { verdict: '', comment: '' },
    resolver: zodResolver(feedbackFormSchema),
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
  });
  const id = `feedback-${activityId}`;
  const commentError = errorText(errors.comment?.message);
  return (
    <form
      noValidate
      className="feedback-form"
      aria-label={t('coach.giveFeedback')}
      onSubmit={handleSubmit(async (input) => {
        await onSubmit(input);
        reset();
        setSaved(true);
      })}
    >
      <RadioGroup
        id={`${id}-verdict`}
        legend={t('coach.verdict')}
        error={errorText(errors.verdict?.message)}
        choices={FEEDBACK_VERDICTS.map((v) => ({ value: v, label: t(`verdicts.${v}`) }))}
        {...register('verdict', { onChange: () => setSaved(false) })}
      />
      <FieldShell id={`${id}-comment`} label={t('coach.comment')} hint={t('coach.commentHint')} error={commentError}>
        <textarea
          id={`${id}-comment`}
          className="utrecht-textarea textarea"
          rows={2}
          dir="auto"
          aria-invalid={commentError ? true : undefined}
          aria-describedby={[`${id}-comment-hint`, commentError ? `${id}-comment-error` : null].filter(Boolean).join(' ')}
          {...register('comment')}
        />
      </FieldShell>
      <Button type="submit" variant="secondary" busy={isSubmitting}>
        {t('coach.send')}
      </Button>
      {saved ? (
        <p role="status" className="field__hint">
          {t('coach.saved')}
        </p>
      ) : null}
    </form>
  );
}

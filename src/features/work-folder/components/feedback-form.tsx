import { useState } from 'react';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { FieldShell, RadioGroup } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { feedbackInputSchema, FEEDBACK_VERDICTS, type FeedbackInput } from '../schemas.ts';

type Values = { verdict: string; comment: string };

/** As typed (nothing chosen yet is '') -> the API's input. */
const feedbackFormSchema = z.object({ verdict: z.string(), comment: z.string() }).pipe(feedbackInputSchema);

/** The coach's verdict on one activity with a comment (required for "vraag" and "niet akkoord"). */
export function FeedbackForm({ activityId, onSubmit }: { activityId: string; onSubmit: (input: FeedbackInput) => Promise<void> }) {
  const { t } = useTranslation('workFolder');
  const [saved, setSaved] = useState(false);
  const id = `feedback-${activityId}`;
  const { register, submit, reset, message, formState } = useAppForm<Values, FeedbackInput>({
    defaultValues: { verdict: '', comment: '' },
    schema: feedbackFormSchema,
    idPrefix: id,
  });
  const commentError = message('comment');
  return (
    <form
      noValidate
      className="feedback-form"
      aria-label={t('coach.giveFeedback')}
      onSubmit={submit(async (input) => {
        await onSubmit(input);
        reset();
        setSaved(true);
      })}
    >
      <RadioGroup
        id={`${id}-verdict`}
        legend={t('coach.verdict')}
        error={message('verdict')}
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
      <Button type="submit" variant="secondary" busy={formState.isSubmitting}>
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

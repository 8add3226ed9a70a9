import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { ErrorSummary } from '#src/shared/ui/form.tsx';
import { FormTextareaField } from '#src/shared/ui/textarea-field.tsx';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { publishInputSchema, REASON_MAX, type PublishInput } from '../tuning/schemas.ts';
import { usePublishRules } from '../api/publish-rule-version.ts';

/** Publishing a draft, or an earlier version again (a rollback): always with a reason, through the outbox. */
export function PublishForm({ id, label, onQueued }: { id: string; label: string; onQueued: () => void }) {
  const { t } = useTranslation('intake');
  const { write, error } = usePublishRules();
  const { control, submit, summary, message, formState } = useAppForm<PublishInput>({
    defaultValues: { reason: '' },
    schema: publishInputSchema,
    idPrefix: 'publish',
    ns: 'intake',
  });
  const publish = async (input: PublishInput) => {
    if (await write({ payload: { id, input } })) onQueued();
  };
  return (
    <section aria-labelledby="publish-heading">
      <h2 id="publish-heading">{label}</h2>
      <form noValidate className="form" onSubmit={submit(publish)}>
        <ErrorSummary {...summary(['reason'])} />
        <FormTextareaField control={control} name="reason" id="publish-reason" label={t('tuning.publish.reason')} hint={t('tuning.publish.reasonHint')} error={message('reason')} maxLength={REASON_MAX} rows={3} />
        <Button type="submit" busy={formState.isSubmitting}>
          {label}
        </Button>
        <SaveError error={error} />
      </form>
    </section>
  );
}

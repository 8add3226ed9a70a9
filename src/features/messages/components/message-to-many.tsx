import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '#src/shared/ui/button.tsx';
import { ErrorSummary } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { FormTextareaField } from '#src/shared/ui/textarea-field.tsx';
import { BulkOutcome } from '#src/shared/ui/save-error.tsx';
import { reachedAll } from '#src/shared/offline/write-for-many.ts';
import { maxChars } from '#src/shared/lib/text.ts';
import { useSendToMany } from '../api/send-message.ts';
import { MESSAGE_MAX_CHARS, type Message } from '../schemas.ts';

const schema = z.object({
  body: z.string().trim().min(1, { error: 'validation.message.empty' }).check(maxChars(MESSAGE_MAX_CHARS, 'validation.message.tooLong')),
});

/** The coach writes one message that goes to every selected client, once each (through the outbox). */
export function MessageToMany({ clients, sender, onSent }: { clients: readonly { clientId: string; name: string }[]; sender: { name: string; role: Message['senderRole'] }; onSent: (text: string) => void }) {
  const { t } = useTranslation('messages');
  const { sendToMany, missing, failed, error } = useSendToMany(sender);
  const { control, submit, summary, message, reset, formState } = useAppForm<z.input<typeof schema>, z.output<typeof schema>>({ defaultValues: { body: '' }, schema, idPrefix: 'bulk-message' });
  return (
    <form
      noValidate
      className="form"
      aria-labelledby="bulk-message-title"
      onSubmit={submit(async ({ body }) => {
        // for some only (a full disk, or the server did not take it): a normal outcome, said below;
        // the text and the selection stay, and trying again sends it to the others only
        const result = await sendToMany(
          clients.map((c) => c.clientId),
          body,
        );
        if (!reachedAll(result)) return;
        reset({ body: '' });
        onSent(t('bulk.saved', { count: result.saved.length }));
      })}
    >
      <h3 id="bulk-message-title">{t('bulk.title', { count: clients.length })}</h3>
      <ErrorSummary {...summary(['body'])} />
      <FormTextareaField control={control} name="body" id="bulk-message-body" label={t('compose.body')} hint={t('bulk.hint')} error={message('body')} maxLength={MESSAGE_MAX_CHARS} rows={3} />
      <Button type="submit" busy={formState.isSubmitting} disabled={formState.isSubmitting}>
        {t('bulk.send', { count: clients.length })}
      </Button>
      <BulkOutcome clients={clients} error={error} missing={missing} failed={failed} />
    </form>
  );
}

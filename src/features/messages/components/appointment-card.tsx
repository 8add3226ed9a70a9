import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { FieldShell, RadioGroup } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { appointmentAnswerInputSchema, type AppointmentAnswerInput } from '../schemas.ts';
import { safeWebUrl } from '#src/shared/lib/url.ts';
import { useMessageFormat } from '../labels.ts';
import type { MessageView } from '../use-conversation-view.ts';
import { AddToCalendar } from '#src/shared/calendar/add-to-calendar.tsx';
import { calendarFileName } from '#src/shared/calendar/event.ts';
import { appointmentAhead, appointmentEvent } from '../calendar.ts';

type Values = { answer: string; reason: string };

/** As typed (nothing chosen yet is '') -> the API's input; no choice is its own message. */
const answerFormSchema = z
  .object({ answer: z.enum(['coming', 'otherTime'], { error: 'validation.message.answer.required' }), reason: z.string() })
  .pipe(appointmentAnswerInputSchema);

/** "Ik kom" / "Ik heb een ander moment nodig" (with a reason, required for the second). */
function AnswerForm({ messageId, onAnswer }: { messageId: string; onAnswer: (input: AppointmentAnswerInput) => Promise<void> }) {
  const { t } = useTranslation('messages');
  const id = `answer-${messageId}`;
  const { register, submit, message, formState } = useAppForm<Values, AppointmentAnswerInput>({
    defaultValues: { answer: '', reason: '' },
    schema: answerFormSchema,
    idPrefix: id,
  });
  const reasonError = message('reason');
  return (
    <form
      noValidate
      className="appointment__answer"
      aria-label={t('appointment.answerTitle')}
      onSubmit={submit(onAnswer)}
    >
      <RadioGroup
        id={`${id}-answer`}
        legend={t('appointment.answerTitle')}
        error={message('answer')}
        choices={[
          { value: 'coming', label: t('appointment.coming') },
          { value: 'otherTime', label: t('appointment.otherTime') },
        ]}
        {...register('answer')}
      />
      <FieldShell id={`${id}-reason`} label={t('appointment.reason')} hint={t('appointment.reasonHint')} error={reasonError}>
        <textarea
          id={`${id}-reason`}
          className="utrecht-textarea textarea"
          rows={2}
          dir="auto"
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={[`${id}-reason-hint`, reasonError ? `${id}-reason-error` : null].filter(Boolean).join(' ')}
          {...register('reason')}
        />
      </FieldShell>
      <Button type="submit" variant="secondary" busy={formState.isSubmitting}>
        {t('appointment.sendAnswer')}
      </Button>
    </form>
  );
}

/** "Zet in je agenda" for an invitation still to come (or "Haal uit je agenda" after "another moment"). */
function AppointmentToCalendar({ message }: { message: MessageView }) {
  const { t } = useTranslation('messages');
  const event = appointmentEvent(message, { summary: t('calendar.summary'), online: t('appointment.online') });
  if (!event || !appointmentAhead(message)) return null;
  return <AddToCalendar ns="messages" event={event} fileName={calendarFileName('afspraak', event)} />;
}

/**
 * An invitation for a conversation, with its answer (or the form to answer, for the client) and,
 * for the client's side (`calendar`), the button to put it in their own calendar.
 */
export function AppointmentCard({ message, canAnswer, calendar, onAnswer }: { message: MessageView; canAnswer: boolean; calendar: boolean; onAnswer: (input: AppointmentAnswerInput) => Promise<void> }) {
  const { t } = useTranslation('messages');
  const format = useMessageFormat();
  const appointment = message.appointment;
  if (!appointment) return null;
  const link = safeWebUrl(appointment.onlineUrl);
  const answer = message.pendingAnswer ?? appointment.answer;
  return (
    <div className="appointment">
      <p className="appointment__title">{t('appointment.title')}</p>
      <dl className="appointment__facts">
        <dt>{t('appointment.when')}</dt>
        <dd>
          <time dateTime={appointment.startsAt}>{format.dateTime(appointment.startsAt)}</time> ({t('appointment.minutes', { count: appointment.durationMinutes })})
        </dd>
        {appointment.place ? (
          <>
            <dt>{t('appointment.place')}</dt>
            <dd dir="auto">{appointment.place}</dd>
          </>
        ) : null}
        {appointment.onlineUrl ? (
          <>
            <dt>{t('appointment.online')}</dt>
            <dd>{link ? <a href={link} rel="noopener noreferrer" target="_blank">{t('appointment.openLink')}</a> : <span dir="auto">{appointment.onlineUrl}</span>}</dd>
          </>
        ) : null}
      </dl>
      {answer ? (
        <p className="tag-line">
          <StatusTag tone={answer.answer === 'coming' ? 'success' : 'warning'}>{t(`appointment.answers.${answer.answer}`)}</StatusTag>
          {message.pendingAnswer ? <StatusTag tone="neutral">{t('state.onDevice')}</StatusTag> : null}
          {answer.reason ? (
            <span className="message__body" dir="auto">
              {answer.reason}
            </span>
          ) : null}
        </p>
      ) : canAnswer && message.state !== 'onDevice' && message.state !== 'waiting' ? (
        <AnswerForm messageId={message.id} onAnswer={onAnswer} />
      ) : (
        <p className="field__hint">{t('appointment.noAnswer')}</p>
      )}
      {calendar ? <AppointmentToCalendar message={message} /> : null}
    </div>
  );
}

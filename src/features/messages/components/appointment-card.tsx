import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDirtyForm } from '#src/shared/lib/dirty-forms.ts';
import { Button } from '#src/shared/ui/button.tsx';
import { FieldShell, RadioGroup, useErrorText } from '#src/shared/ui/form.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { appointmentAnswerInputSchema, type AppointmentAnswerInput } from '../schemas.ts';
import { safeWebUrl } from '#src/shared/lib/url.ts';
import { useMessageFormat } from '../labels.ts';
import type { MessageView } from '../use-conversation-view.ts';

type Values = { answer: string; reason: string };

/** "Ik kom" / "Ik heb een ander moment nodig" (with a reason, required for the second). */
function AnswerForm({ messageId, onAnswer }: { messageId: string; onAnswer: (input: AppointmentAnswerInput) => Promise<void> }) {
  const { t } = useTranslation('messages');
  const errorText = useErrorText();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<Values>({ defaultValues: { answer: '', reason: '' } });
  useDirtyForm(isDirty);
  const id = `answer-${messageId}`;
  const reasonError = errorText(errors.reason?.message);
  return (
    <form
      noValidate
      className="appointment__answer"
      aria-label={t('appointment.answerTitle')}
      onSubmit={handleSubmit(async (values) => {
        if (values.answer !== 'coming' && values.answer !== 'otherTime') {
          setError('answer', { message: 'validation.message.answer.required' });
          return;
        }
        const parsed = appointmentAnswerInputSchema.safeParse(values);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) setError(issue.path[0] === 'reason' ? 'reason' : 'answer', { message: issue.message });
          return;
        }
        await onAnswer(parsed.data);
      })}
    >
      <RadioGroup
        id={`${id}-answer`}
        legend={t('appointment.answerTitle')}
        error={errorText(errors.answer?.message)}
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
      <Button type="submit" variant="secondary" busy={isSubmitting}>
        {t('appointment.sendAnswer')}
      </Button>
    </form>
  );
}

/** An invitation for a conversation, with its answer (or the form to answer, for the client). */
export function AppointmentCard({ message, canAnswer, onAnswer }: { message: MessageView; canAnswer: boolean; onAnswer: (input: AppointmentAnswerInput) => Promise<void> }) {
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
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { FormDateField } from '#src/shared/ui/date-field.tsx';
import { TextField } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { datePartsSchema, todayIso, type DateParts } from '#src/shared/lib/dates.ts';
import { webUrlSchema } from '#src/shared/lib/url.ts';

export type InviteValues = { startsAt: string; durationMinutes: number; place: string | null; onlineUrl: string | null; body: string };

type FormValues = { date: DateParts; time: string; duration: string; place: string; onlineUrl: string; body: string };

/** An ISO date and a local time in the Netherlands as an instant (Amsterdam offset at that moment). */
export function amsterdamInstant(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(guess);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? '0');
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? '0');
  const [h = 0, m = 0] = time.split(':').map(Number);
  let offsetMinutes = hour * 60 + minute - (h * 60 + m);
  if (offsetMinutes < -720) offsetMinutes += 1440;
  if (offsetMinutes > 720) offsetMinutes -= 1440;
  return new Date(guess.getTime() - offsetMinutes * 60_000).toISOString();
}

/** The coach invites the client for a conversation: when, how long, where or online. */
export function InviteForm({ onInvite }: { onInvite: (values: InviteValues) => Promise<void> }) {
  const { t } = useTranslation('messages');
  const [sent, setSent] = useState(false);
  const { control, register, submit, failed, setError, reset, message, formState } = useAppForm<FormValues>({
    defaultValues: { date: { day: '', month: '', year: '' }, time: '', duration: '30', place: '', onlineUrl: '', body: '' },
    idPrefix: 'invite',
  });
  return (
    <form
      noValidate
      className="invite-form"
      aria-labelledby="invite-title"
      onSubmit={submit(async (values) => {
        let ok = true;
        const date = datePartsSchema({ required: true }).safeParse(values.date);
        if (!date.success) {
          setError('date', { message: date.error.issues[0]?.message ?? 'validation.date.invalid' });
          ok = false;
        } else if (date.data && date.data < todayIso()) {
          setError('date', { message: 'validation.message.appointment.past' });
          ok = false;
        }
        if (!/^([01]?\d|2[0-3])[:.][0-5]\d$/.test(values.time.trim())) {
          setError('time', { message: 'validation.message.appointment.time' });
          ok = false;
        }
        if (!values.place.trim() && !values.onlineUrl.trim()) {
          setError('place', { message: 'validation.message.appointment.place' });
          ok = false;
        }
        const onlineUrl = values.onlineUrl.trim() ? webUrlSchema.safeParse(values.onlineUrl) : null;
        if (onlineUrl && !onlineUrl.success) {
          setError('onlineUrl', { message: onlineUrl.error.issues[0]?.message ?? 'validation.url.web' });
          ok = false;
        }
        if (!ok || !date.success || !date.data) return failed();
        const [h = '0', m = '0'] = values.time.trim().split(/[:.]/);
        await onInvite({
          startsAt: amsterdamInstant(date.data, `${h.padStart(2, '0')}:${m}`),
          durationMinutes: Number(values.duration),
          place: values.place.trim() || null,
          onlineUrl: values.onlineUrl.trim() || null,
          body: values.body,
        });
        reset();
        setSent(true);
      })}
    >
      <h2 id="invite-title">{t('invite.title')}</h2>
      <FormDateField control={control} name="date" id="invite-date" legend={t('invite.date')} hint={t('invite.dateHint')} error={message('date')} />
      <TextField id="invite-time" label={t('invite.time')} hint={t('invite.timeHint')} width="short" inputMode="numeric" error={message('time')} {...register('time')} />
      <SelectField
        id="invite-duration"
        label={t('invite.duration')}
        options={[15, 30, 45, 60, 90].map((n) => ({ value: String(n), label: t('appointment.minutes', { count: n }) }))}
        {...register('duration')}
      />
      <TextField id="invite-place" label={t('invite.place')} hint={t('invite.placeHint')} error={message('place')} dir="auto" {...register('place')} />
      <TextField id="invite-url" label={t('invite.onlineUrl')} type="url" error={message('onlineUrl')} {...register('onlineUrl')} />
      <TextField id="invite-body" label={t('invite.body')} dir="auto" {...register('body')} />
      <Button type="submit" variant="secondary" busy={formState.isSubmitting} onClick={() => setSent(false)}>
        {t('invite.send')}
      </Button>
      <p role="status" className="field__hint">
        {sent ? t('compose.saved') : ''}
      </p>
    </form>
  );
}

import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { syncStateOf } from '#src/shared/offline/sync-state.ts';
import { CheckboxGroup } from '#src/shared/ui/choices.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { ErrorSummary, FieldsetShell } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { useNotificationSettings } from '../api/get-settings.ts';
import { settingsInput, usePutNotificationSettings } from '../api/put-settings.ts';
import { notificationKindSchema, quietHoursSchema, type NotificationKind, type NotificationSettings } from '../schemas.ts';
import { useDevicePush } from '../use-device-push.ts';

const formSchema = z.object({ kinds: z.array(notificationKindSchema), from: quietHoursSchema.shape.from, to: quietHoursSchema.shape.to });
type FormValues = z.infer<typeof formSchema>;

const HOURS = Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')}:00`);

function SettingsForm({ settings, onSaved }: { settings: NotificationSettings; onSaved: (saved: boolean) => void }) {
  const { t } = useTranslation('notifications');
  const { write, saving, error, pending } = usePutNotificationSettings();
  const values: FormValues = { kinds: settings.available.filter((kind) => settings.kinds[kind]), from: settings.quietHours.from, to: settings.quietHours.to };
  const { control, register, submit, summary, reset } = useAppForm<FormValues>({ defaultValues: values, schema: formSchema, idPrefix: 'notification-settings' });
  // a change still waiting on this device shows once the outbox is read (after a reload): in place, focus stays
  const shown = JSON.stringify(values);
  useEffect(() => reset(JSON.parse(shown) as FormValues), [shown, reset]);
  const hourOptions = HOURS.map((hour) => ({ value: hour, label: hour }));
  // a time not on the hour (set elsewhere) stays choosable
  const withCurrent = (value: string) => (HOURS.includes(value) ? hourOptions : [{ value, label: value }, ...hourOptions]);
  return (
    <form
      noValidate
      className="form"
      onSubmit={submit(async (values) => {
        onSaved(false);
        const kinds = Object.fromEntries(settings.available.map((kind) => [kind, values.kinds.includes(kind)])) as Record<NotificationKind, boolean>;
        const record = await write({ payload: { input: settingsInput(settings, { kinds, quietHours: { from: values.from, to: values.to } }) }, baseVersion: settings.version });
        onSaved(record !== null);
      })}
    >
      <ErrorSummary {...summary(['kinds', 'from', 'to'])} />
      <Controller
        control={control}
        name="kinds"
        render={({ field }) => (
          <CheckboxGroup
            id="notification-settings-kinds"
            legend={t('settings.kindsLegend')}
            choices={settings.available.map((kind) => ({ value: kind, label: t(`settings.kindLabels.${kind}`) }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      <FieldsetShell id="notification-settings-quiet" className="quiet-hours" legend={t('settings.quietLegend')} hint={t('settings.quietHint')}>
        <SelectField id="notification-settings-from" label={t('settings.quietFrom')} options={withCurrent(settings.quietHours.from)} {...register('from')} />
        <SelectField id="notification-settings-to" label={t('settings.quietTo')} options={withCurrent(settings.quietHours.to)} {...register('to')} />
      </FieldsetShell>
      <SaveError error={error} />
      <div className="button-row">
        <Button type="submit" busy={saving}>
          {t('settings.save')}
        </Button>
        {pending.length > 0 ? <SyncTag sync={syncStateOf(pending)} /> : null}
      </div>
    </form>
  );
}

/** Push on this device: on or off, or why it cannot be (blocked by the browser, a public computer, no support). */
function DevicePush({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation('notifications');
  const push = useDevicePush();
  let body;
  if (push.publicComputer) body = <p>{t('settings.device.publicComputer')}</p>;
  else if (push.permission === 'unsupported') body = <p>{t('settings.device.unsupported')}</p>;
  else if (push.permission === 'denied') body = (
      <Notice kind="warning">
        <p>{t('settings.device.denied')}</p>
      </Notice>
    );
  else if (push.subscribed) {
    body = (
      <>
        <p>{t('settings.device.on')}</p>
        <Button variant="secondary" busy={push.busy} onClick={() => void push.turnOff()}>
          {t('settings.device.turnOff')}
        </Button>
      </>
    );
  } else {
    body = (
      <>
        <p>{t('settings.device.off')}</p>
        <Button busy={push.busy} disabled={push.subscribed === null} onClick={() => void push.turnOn(settings)}>
          {t('settings.device.turnOn')}
        </Button>
      </>
    );
  }
  return (
    <section aria-labelledby="device-push-title" className="section">
      <h2 id="device-push-title">{t('settings.device.title')}</h2>
      {body}
      <SaveError error={push.error} />
    </section>
  );
}

/** Instellingen voor meldingen (`/meldingen/instellingen`): per kind on or off, quiet hours, and push on this device. */
export function Component() {
  const { t } = useTranslation('notifications');
  const query = useNotificationSettings();
  const [saved, setSaved] = useState(false);
  return (
    <Page title={t('settings.title')} lead={t('settings.lead')} back={{ to: '/meldingen', label: t('settings.back') }}>
      <QueryState query={query}>
        {(settings) => (
          <>
            <DevicePush settings={settings} />
            <SettingsForm key={settings.version} settings={settings} onSaved={setSaved} />
            {saved ? (
              <Notice kind="success" live="polite">
                <p>{query.pending.length > 0 ? t('settings.savedOnDevice') : t('settings.saved')}</p>
              </Notice>
            ) : null}
          </>
        )}
      </QueryState>
    </Page>
  );
}

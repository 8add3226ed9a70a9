import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { messageOf } from '#src/shared/ui/field-message.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { DateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, FieldMessages, TextField, useErrorText, type SummaryError } from '#src/shared/ui/form.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { useServerErrors } from '#src/shared/ui/server-errors.ts';
import { useDirtyForm } from '#src/shared/lib/dirty-forms.ts';
import { normFieldOrder, normFormSchema, type NormFormValues } from '../norm-form.ts';
import type { NormInput, WorkFolderConfig } from '../schemas.ts';

const EMPTY_DATE = { day: '', month: '', year: '' };

/**
 * The coach sets a client's norm (n activities per period, the first day), agreed holidays
 * and exemptions. Errors next to each field and in a summary; the server's refusals (too many
 * holiday days in a year) show the same way, with the coach's input kept.
 */
export function NormForm({
  config,
  defaultValues,
  serverErrors,
  onSubmit,
  submitting,
}: {
  config: WorkFolderConfig;
  defaultValues: NormFormValues;
  serverErrors?: Record<string, string[]>;
  onSubmit: (input: NormInput) => Promise<void> | void;
  submitting?: boolean;
}) {
  const { t } = useTranslation(['workFolder', 'common']);
  const errorText = useErrorText();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<NormFormValues, unknown, NormInput>({
    defaultValues,
    resolver: zodResolver(normFormSchema),
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
    shouldFocusError: false,
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isDirty },
  } = form;
  useDirtyForm(isDirty);
  useServerErrors(serverErrors, normFieldOrder, setError, () => setAttempt((n) => n + 1), { nested: true });
  const periods = useFieldArray({ control, name: 'freePeriods' });

  const message = (error: unknown) => errorText(messageOf(error));
  const summary: SummaryError[] = [
    { fieldId: 'norm-count', message: message(errors.count) ?? '' },
    { fieldId: 'norm-periodDays', message: message(errors.periodDays) ?? '' },
    { fieldId: 'norm-start', message: message(errors.start) ?? '' },
    { fieldId: periods.fields.length > 0 ? 'norm-free-0-kind' : 'norm-add-free', message: message(errors.freePeriods) ?? '' },
    ...periods.fields.flatMap((_, i) => {
      const e = errors.freePeriods?.[i];
      return [
        { fieldId: `norm-free-${i}-kind`, message: message(e?.kind) ?? '' },
        { fieldId: `norm-free-${i}-start`, message: message(e?.start) ?? '' },
        { fieldId: `norm-free-${i}-end`, message: message(e?.end) ?? '' },
      ];
    }),
  ].filter((e) => e.message);

  const submit = handleSubmit(
    async (input) => onSubmit(input),
    () => setAttempt((n) => n + 1),
  );

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form">
      <ErrorSummary errors={summary} focusKey={attempt} />
      <TextField
        id="norm-count"
        label={t('normForm.count')}
        hint={t('normForm.countHint')}
        inputMode="numeric"
        width="short"
        error={message(errors.count)}
        {...register('count')}
      />
      <TextField
        id="norm-periodDays"
        label={t('normForm.periodDays')}
        hint={t('normForm.periodDaysHint')}
        inputMode="numeric"
        width="short"
        suffix={t('normForm.days')}
        error={message(errors.periodDays)}
        {...register('periodDays')}
      />
      <Controller
        control={control}
        name="start"
        render={({ field }) => (
          <DateField
            id="norm-start"
            legend={t('normForm.start')}
            hint={t('normForm.startHint')}
            error={message(errors.start)}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      <fieldset className="utrecht-form-fieldset field" aria-describedby={errors.freePeriods?.message || errors.freePeriods?.root ? 'norm-freePeriods-error' : 'norm-freePeriods-hint'}>
        <legend className="utrecht-form-fieldset__legend">{t('normForm.freePeriods')}</legend>
        <FieldMessages
          id="norm-freePeriods"
          hint={t('normForm.freePeriodsHint', { count: config.holidayDaysPerYear })}
          error={message(errors.freePeriods)}
        />
        {periods.fields.length === 0 ? <p>{t('normForm.noFreePeriods')}</p> : null}
        {periods.fields.map((item, i) => {
          const e = errors.freePeriods?.[i];
          return (
            <div key={item.id} className="summary-card free-period" role="group" aria-label={t('normForm.freePeriod', { number: i + 1 })}>
              <h3 className="summary-card__title">{t('normForm.freePeriod', { number: i + 1 })}</h3>
              <SelectField
                id={`norm-free-${i}-kind`}
                label={t('normForm.kind')}
                error={message(e?.kind)}
                options={[
                  { value: '', label: t('fields.how.choose') },
                  { value: 'holiday', label: t('normForm.kinds.holiday') },
                  { value: 'exemption', label: t('normForm.kinds.exemption') },
                ]}
                {...register(`freePeriods.${i}.kind`)}
              />
              <Controller
                control={control}
                name={`freePeriods.${i}.start`}
                render={({ field }) => (
                  <DateField
                    id={`norm-free-${i}-start`}
                    legend={t('normForm.from')}
                    error={message(e?.start)}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                  />
                )}
              />
              <Controller
                control={control}
                name={`freePeriods.${i}.end`}
                render={({ field }) => (
                  <DateField
                    id={`norm-free-${i}-end`}
                    legend={t('normForm.until')}
                    error={message(e?.end)}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                  />
                )}
              />
              <Button variant="secondary" onClick={() => periods.remove(i)}>
                {t('normForm.remove', { number: i + 1 })}
              </Button>
            </div>
          );
        })}
        <p>
          <Button id="norm-add-free" variant="secondary" onClick={() => periods.append({ kind: '', start: { ...EMPTY_DATE }, end: { ...EMPTY_DATE } })}>
            {t('normForm.add')}
          </Button>
        </p>
      </fieldset>
      <div className="button-row">
        <Button type="submit" disabled={submitting}>
          {t('normForm.save')}
        </Button>
      </div>
    </form>
  );
}

import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { FormDateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, FieldMessages, TextField } from '#src/shared/ui/form.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { normFormSchema, type NormFormValues } from '../norm-form.ts';
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
  const { register, control, submit, summary, message } = useAppForm<NormFormValues, NormInput>({
    defaultValues,
    schema: normFormSchema,
    idPrefix: 'norm',
    serverErrors,
    nestedServerErrors: true,
  });
  const periods = useFieldArray({ control, name: 'freePeriods' });
  const periodFields = (i: number) => (['kind', 'start', 'end'] as const).map((part) => ({ name: `freePeriods.${i}.${part}`, id: `norm-free-${i}-${part}` }));

  return (
    <form noValidate onSubmit={submit(onSubmit)} className="form">
      <ErrorSummary
        {...summary(['count', 'periodDays', 'start', { name: 'freePeriods', id: periods.fields.length > 0 ? 'norm-free-0-kind' : 'norm-add-free' }, ...periods.fields.flatMap((_, i) => periodFields(i))])}
      />
      <TextField
        id="norm-count"
        label={t('normForm.count')}
        hint={t('normForm.countHint')}
        inputMode="numeric"
        width="short"
        error={message('count')}
        {...register('count')}
      />
      <TextField
        id="norm-periodDays"
        label={t('normForm.periodDays')}
        hint={t('normForm.periodDaysHint')}
        inputMode="numeric"
        width="short"
        suffix={t('normForm.days')}
        error={message('periodDays')}
        {...register('periodDays')}
      />
      <FormDateField control={control} name="start" id="norm-start" legend={t('normForm.start')} hint={t('normForm.startHint')} error={message('start')} />
      <fieldset className="utrecht-form-fieldset field" aria-describedby={message('freePeriods') ? 'norm-freePeriods-error' : 'norm-freePeriods-hint'}>
        <legend className="utrecht-form-fieldset__legend">{t('normForm.freePeriods')}</legend>
        <FieldMessages
          id="norm-freePeriods"
          hint={t('normForm.freePeriodsHint', { count: config.holidayDaysPerYear })}
          error={message('freePeriods')}
        />
        {periods.fields.length === 0 ? <p>{t('normForm.noFreePeriods')}</p> : null}
        {periods.fields.map((item, i) => {
          return (
            <div key={item.id} className="summary-card free-period" role="group" aria-label={t('normForm.freePeriod', { number: i + 1 })}>
              <h3 className="summary-card__title">{t('normForm.freePeriod', { number: i + 1 })}</h3>
              <SelectField
                id={`norm-free-${i}-kind`}
                label={t('normForm.kind')}
                error={message(`freePeriods.${i}.kind`)}
                options={[
                  { value: '', label: t('fields.how.choose') },
                  { value: 'holiday', label: t('normForm.kinds.holiday') },
                  { value: 'exemption', label: t('normForm.kinds.exemption') },
                ]}
                {...register(`freePeriods.${i}.kind`)}
              />
              <FormDateField control={control} name={`freePeriods.${i}.start`} id={`norm-free-${i}-start`} legend={t('normForm.from')} error={message(`freePeriods.${i}.start`)} />
              <FormDateField control={control} name={`freePeriods.${i}.end`} id={`norm-free-${i}-end`} legend={t('normForm.until')} error={message(`freePeriods.${i}.end`)} />
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

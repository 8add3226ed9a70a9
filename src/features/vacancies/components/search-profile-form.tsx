import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '#src/shared/ui/button.tsx';
import { CheckboxGroup } from '#src/shared/ui/choices.tsx';
import { DateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, RadioGroup, TextField, useErrorText, type SummaryError } from '#src/shared/ui/form.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { messageAt } from '#src/shared/ui/field-message.ts';
import { useServerErrors } from '#src/shared/ui/server-errors.ts';
import { useDirtyForm } from '#src/shared/lib/dirty-forms.ts';
import { datePartsSchema, isoToParts } from '#src/shared/lib/dates.ts';
import { occupationChoices } from '../occupations.ts';
import { PLACES } from '../places.ts';
import { EDUCATION_LEVELS, searchProfileInputSchema, TRANSPORT_MODES, type EmploymentType, type SearchProfileInput } from '../schemas.ts';

const CONTRACTS: EmploymentType[] = ['FULL_TIME', 'PART_TIME', 'TEMPORARY'];
const LANGUAGES = ['nl', 'en', 'de', 'ar', 'tr', 'pl', 'uk', 'ti', 'so'] as const;

/** The form's values: the date as three fields, licence as a yes/no answer. */
const formSchema = searchProfileInputSchema.extend({
  availableFrom: datePartsSchema(),
  drivingLicence: z.enum(['yes', 'no']).transform((v) => v === 'yes'),
  homePlace: z.string().transform((v) => (v === '' ? null : v)),
  educationLevel: z.string().transform((v) => (v === '' ? null : (v as SearchProfileInput['educationLevel']))),
});
type FormValues = z.input<typeof formSchema>;
const FIELDS = ['occupations', 'homePlace', 'maxDistanceKm', 'hours', 'contractTypes', 'availableFrom', 'drivingLicence', 'transport', 'educationLevel', 'languages', 'matchingConsent'] as const;

export function toFormValues(input: SearchProfileInput): FormValues {
  return {
    ...input,
    availableFrom: isoToParts(input.availableFrom),
    drivingLicence: input.drivingLicence ? 'yes' : 'no',
    homePlace: input.homePlace ?? '',
    educationLevel: input.educationLevel ?? '',
  };
}

/** The zoekprofiel form: what work, where, how much; and consent for matching (off unless switched on). */
export function SearchProfileForm({
  defaultValues,
  serverErrors,
  onSubmit,
  submitting,
}: {
  defaultValues: FormValues;
  serverErrors?: Record<string, string[]>;
  onSubmit: (input: SearchProfileInput) => Promise<void> | void;
  submitting?: boolean;
}) {
  const { t } = useTranslation('vacancies');
  const errorText = useErrorText();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<FormValues, unknown, SearchProfileInput>({
    defaultValues,
    resolver: zodResolver(formSchema) as never,
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
    shouldFocusError: false,
  });
  const { register, control, handleSubmit, setError, formState } = form;
  useDirtyForm(formState.isDirty);
  useServerErrors(serverErrors, FIELDS, setError, () => setAttempt((n) => n + 1));
  const message = (path: string) => errorText(messageAt(formState.errors, path));
  const summary: SummaryError[] = [
    ...FIELDS.map((field) => ({ fieldId: `sp-${field}`, message: message(field) ?? '' })),
    { fieldId: 'sp-hours-max', message: message('hours.max') ?? message('hours.min') ?? '' },
  ].filter((e) => e.message);

  return (
    <form noValidate className="form" onSubmit={handleSubmit(async (input) => onSubmit(input), () => setAttempt((n) => n + 1))}>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <Controller
        control={control}
        name="occupations"
        render={({ field }) => (
          <CheckboxGroup
            id="sp-occupations"
            legend={t('profile.occupations')}
            hint={t('profile.occupationsHint')}
            error={message('occupations')}
            choices={occupationChoices().map((o) => ({ value: o.isco, label: <span lang="nl">{o.name}</span> }))}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      <SelectField
        id="sp-homePlace"
        label={t('profile.homePlace')}
        hint={t('profile.homePlaceHint')}
        error={message('homePlace')}
        options={[{ value: '', label: t('profile.noPlace') }, ...PLACES.map((p) => ({ value: p.id, label: p.place }))]}
        {...register('homePlace')}
      />
      <TextField
        id="sp-maxDistanceKm"
        type="number"
        inputMode="numeric"
        width="short"
        label={t('profile.maxDistance')}
        hint={t('profile.maxDistanceHint')}
        suffix={t('profile.km')}
        error={message('maxDistanceKm')}
        {...register('maxDistanceKm', { valueAsNumber: true })}
      />
      <fieldset className="utrecht-form-fieldset field">
        <legend className="utrecht-form-fieldset__legend">{t('profile.hours')}</legend>
        <TextField id="sp-hours" type="number" inputMode="numeric" width="short" label={t('profile.hoursMin')} suffix={t('profile.perWeek')} error={message('hours.min')} {...register('hours.min', { valueAsNumber: true })} />
        <TextField id="sp-hours-max" type="number" inputMode="numeric" width="short" label={t('profile.hoursMax')} suffix={t('profile.perWeek')} error={message('hours.max')} {...register('hours.max', { valueAsNumber: true })} />
      </fieldset>
      <Controller
        control={control}
        name="contractTypes"
        render={({ field }) => (
          <CheckboxGroup id="sp-contractTypes" legend={t('profile.contracts')} choices={CONTRACTS.map((c) => ({ value: c, label: t(`contract.${c}`) }))} value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} />
        )}
      />
      <Controller
        control={control}
        name="availableFrom"
        render={({ field }) => (
          <DateField id="sp-availableFrom" legend={t('profile.availableFrom')} hint={t('profile.availableFromHint')} error={message('availableFrom')} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
        )}
      />
      <RadioGroup
        id="sp-drivingLicence"
        legend={t('profile.licence')}
        choices={[
          { value: 'yes', label: t('vacancy.yes') },
          { value: 'no', label: t('vacancy.no') },
        ]}
        error={message('drivingLicence')}
        {...register('drivingLicence')}
      />
      <Controller
        control={control}
        name="transport"
        render={({ field }) => (
          <CheckboxGroup id="sp-transport" legend={t('profile.transport')} choices={TRANSPORT_MODES.map((m) => ({ value: m, label: t(`transport.${m}`) }))} value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} />
        )}
      />
      <SelectField
        id="sp-educationLevel"
        label={t('profile.education')}
        hint={t('profile.educationHint')}
        options={[{ value: '', label: t('profile.noEducationChoice') }, ...EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`education.${level}`) }))]}
        {...register('educationLevel')}
      />
      <Controller
        control={control}
        name="languages"
        render={({ field }) => (
          <CheckboxGroup id="sp-languages" legend={t('profile.languages')} choices={LANGUAGES.map((code) => ({ value: code, label: t(`languages.${code}`) }))} value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} />
        )}
      />
      <section className="consent" aria-labelledby="sp-consent-title">
        <h2 id="sp-consent-title">{t('consent.title')}</h2>
        <p>{t('consent.what')}</p>
        <ul>
          <li>{t('consent.point1')}</li>
          <li>{t('consent.point2')}</li>
          <li>{t('consent.point3')}</li>
        </ul>
        <div className="checkbox">
          <input id="sp-matchingConsent" type="checkbox" className="checkbox__input" aria-describedby="sp-consent-hint" {...register('matchingConsent')} />
          <label className="checkbox__label" htmlFor="sp-matchingConsent">
            {t('consent.label')}
          </label>
          <div className="checkbox__hint field__hint" id="sp-consent-hint">
            {t('consent.hint')}
          </div>
        </div>
      </section>
      <Button type="submit" disabled={submitting}>
        {t('profile.save')}
      </Button>
    </form>
  );
}

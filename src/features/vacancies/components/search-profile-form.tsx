import { Link } from 'react-router';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '#src/shared/ui/button.tsx';
import { CheckboxGroup, type CheckboxChoice } from '#src/shared/ui/choices.tsx';
import { FormDateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, RadioGroup, TextField } from '#src/shared/ui/form.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
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
type ListName = 'occupations' | 'contractTypes' | 'transport' | 'languages';
const FIELDS = ['occupations', 'homePlace', 'maxDistanceKm', 'hours', 'contractTypes', 'availableFrom', 'drivingLicence', 'transport', 'educationLevel', 'languages', 'matchingConsent'] as const;

/** A checkbox group bound to one of the form's lists. */
function FormCheckboxes({ control, name, ...props }: { control: Control<FormValues, unknown, SearchProfileInput>; name: ListName; legend: string; hint?: string; error?: string; choices: CheckboxChoice[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <CheckboxGroup id={`sp-${name}`} {...props} value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} />}
    />
  );
}

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
  const { register, control, submit, message, summary } = useAppForm<FormValues, SearchProfileInput>({ defaultValues, schema: formSchema, idPrefix: 'sp', serverErrors });
  const errorSummary = summary([...FIELDS, { name: message('hours.max') ? 'hours.max' : 'hours.min', id: 'sp-hours-max' }]);

  return (
    <form noValidate className="form" onSubmit={submit(onSubmit)}>
      <ErrorSummary {...errorSummary} />
      <FormCheckboxes
        control={control}
        name="occupations"
        legend={t('profile.occupations')}
        hint={t('profile.occupationsHint')}
        error={message('occupations')}
        choices={occupationChoices().map((o) => ({ value: o.isco, label: <span lang="nl">{o.name}</span> }))}
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
      <FormCheckboxes control={control} name="contractTypes" legend={t('profile.contracts')} choices={CONTRACTS.map((c) => ({ value: c, label: t(`contract.${c}`) }))} />
      <FormDateField control={control} name="availableFrom" id="sp-availableFrom" legend={t('profile.availableFrom')} hint={t('profile.availableFromHint')} error={message('availableFrom')} />
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
      <FormCheckboxes control={control} name="transport" legend={t('profile.transport')} choices={TRANSPORT_MODES.map((m) => ({ value: m, label: t(`transport.${m}`) }))} />
      <SelectField
        id="sp-educationLevel"
        label={t('profile.education')}
        hint={t('profile.educationHint')}
        options={[{ value: '', label: t('profile.noEducationChoice') }, ...EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`education.${level}`) }))]}
        {...register('educationLevel')}
      />
      <FormCheckboxes control={control} name="languages" legend={t('profile.languages')} choices={LANGUAGES.map((code) => ({ value: code, label: t(`languages.${code}`) }))} />
      <section className="consent" aria-labelledby="sp-consent-title">
        <h2 id="sp-consent-title">{t('consent.title')}</h2>
        <p>{t('consent.what')}</p>
        <ul>
          <li>{t('consent.point1')}</li>
          <li>{t('consent.point2')}</li>
          <li>{t('consent.point3')}</li>
        </ul>
        <p>
          <Link to="/vacatures/zoekprofiel/waarom">{t('consent.why')}</Link>
        </p>
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

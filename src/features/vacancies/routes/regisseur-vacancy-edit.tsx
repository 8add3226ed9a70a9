import { Controller } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { ErrorSummary, TextField } from '#src/shared/ui/form.tsx';
import { FormTextareaField } from '#src/shared/ui/textarea-field.tsx';
import { FormDateField } from '#src/shared/ui/date-field.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { CheckboxGroup } from '#src/shared/ui/choices.tsx';
import { newId } from '#src/shared/lib/ids.ts';
import { datePartsSchema, isoToParts, todayIso, type DateParts } from '#src/shared/lib/dates.ts';
import { occupationByIsco, occupationChoices } from '../occupations.ts';
import { PLACES, placeById } from '../places.ts';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, vacancyInputSchema, type EducationLevel, type EmploymentType, type Vacancy, type VacancyInput } from '../schemas.ts';
import { useBrokerVacancy } from '../api/broker-reads.ts';
import { usePutBrokerVacancy } from '../api/put-broker-vacancy.ts';

/** The form's fields as people fill them in; `toInput` makes the vacancy of them. */
type Values = {
  title: string;
  organisation: string;
  description: string;
  place: string;
  isco: string;
  hoursMin: string;
  hoursMax: string;
  contracts: string[];
  education: EducationLevel;
  skills: string;
  licence: boolean;
  validThrough: DateParts;
  howToApply: string;
};

/** Every field in page order (the error summary's order). */
const FIELDS: Array<keyof Values> = ['title', 'organisation', 'description', 'place', 'isco', 'hoursMin', 'hoursMax', 'contracts', 'education', 'skills', 'licence', 'validThrough', 'howToApply'];
const closingDate = datePartsSchema();

const FIELD_OF: Record<string, keyof Values> = {
  title: 'title',
  'hiringOrganization.name': 'organisation',
  description: 'description',
  jobLocation: 'place',
  'occupation.isco': 'isco',
  'occupation.name': 'isco',
  'workHours.min': 'hoursMin',
  'workHours.max': 'hoursMax',
  employmentType: 'contracts',
  skills: 'skills',
  validThrough: 'validThrough',
  howToApply: 'howToApply',
  'howToApply.text': 'howToApply',
};

function valuesOf(vacancy: Vacancy | null): Values {
  return {
    title: vacancy?.title ?? '',
    organisation: vacancy?.hiringOrganization.name ?? '',
    description: vacancy?.description ?? '',
    place: PLACES.find((p) => p.place === vacancy?.jobLocation?.place)?.id ?? '',
    isco: vacancy?.occupation.isco ?? '',
    hoursMin: String(vacancy?.workHours.min ?? 24),
    hoursMax: String(vacancy?.workHours.max ?? 38),
    contracts: [...(vacancy?.employmentType ?? [])],
    education: vacancy?.educationRequirements ?? 'none',
    skills: vacancy?.skills.join(', ') ?? '',
    licence: vacancy?.drivingLicenceRequired ?? false,
    validThrough: isoToParts(vacancy?.validThrough),
    howToApply: vacancy?.howToApply.text ?? '',
  };
}

function toInput(values: Values, validThrough: string | null, current: Vacancy | null): unknown {
  const place = placeById(values.place);
  const occupation = occupationByIsco(values.isco);
  return {
    title: values.title,
    description: values.description,
    reference: current?.reference ?? '',
    hiringOrganization: { name: values.organisation },
    jobLocation: place ? { postalCode: place.postalCode, place: place.place, lat: place.lat, lon: place.lon } : null,
    remote: false,
    employmentType: values.contracts,
    workHours: { min: Number(values.hoursMin), max: Number(values.hoursMax) },
    baseSalary: current?.baseSalary ?? null,
    datePosted: current?.datePosted ?? todayIso(),
    validThrough,
    occupation: { isco: values.isco, name: occupation?.name ?? '' },
    educationRequirements: values.education,
    experienceRequirements: current?.experienceRequirements ?? { months: null, text: '' },
    skills: values.skills.split(',').map((s) => s.trim()).filter(Boolean),
    drivingLicenceRequired: values.licence,
    howToApply: { url: current?.howToApply.url ?? null, email: current?.howToApply.email ?? null, phone: current?.howToApply.phone ?? null, text: values.howToApply },
    status: current?.status ?? 'open',
  };
}

function VacancyForm({ current }: { current: Vacancy | null }) {
  const { t } = useTranslation(['matching', 'vacancies']);
  const navigate = useNavigate();
  const { write, error: saveError } = usePutBrokerVacancy();
  const { control, register, submit, setError, formState, message, summary, failed } = useAppForm<Values>({ defaultValues: valuesOf(current), idPrefix: 'vacancy' });
  const errors = formState.errors;

  const onSubmit = submit(async (values) => {
    const date = closingDate.safeParse(values.validThrough);
    if (!date.success) {
      setError('validThrough', { message: date.error.issues[0]?.message });
      failed();
      return;
    }
    const parsed = vacancyInputSchema.safeParse(toInput(values, date.data, current));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = FIELD_OF[issue.path.join('.')] ?? FIELD_OF[String(issue.path[0])] ?? 'title';
        if (!errors[field]) setError(field, { message: issue.message });
      }
      failed();
      return;
    }
    const vacancyId = current?.id ?? newId();
    const record = await write({ payload: { vacancyId, input: parsed.data as VacancyInput }, baseVersion: current?.version ?? 0 });
    if (record) await navigate(`/regisseur/vacatures/${encodeURIComponent(vacancyId)}`);
  });

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label={t('edit.formLabel')}>
      <ErrorSummary {...summary(FIELDS)} />
      <TextField id="vacancy-title" label={t('edit.title')} error={message('title')} {...register('title')} />
      <TextField id="vacancy-organisation" label={t('edit.organisation')} error={message('organisation')} {...register('organisation')} />
      <FormTextareaField control={control} name="description" id="vacancy-description" label={t('edit.description')} error={message('description')} maxLength={5000} rows={6} />
      <SelectField
        id="vacancy-place"
        label={t('edit.place')}
        error={message('place')}
        options={[{ value: '', label: t('edit.choose') }, ...PLACES.map((p) => ({ value: p.id, label: p.place }))]}
        {...register('place')}
      />
      <SelectField
        id="vacancy-isco"
        label={t('edit.occupation')}
        hint={t('edit.occupationHint')}
        error={message('isco')}
        options={[{ value: '', label: t('edit.choose') }, ...occupationChoices().map((o) => ({ value: o.isco, label: `${o.name} (${o.isco})` }))]}
        {...register('isco')}
      />
      <TextField id="vacancy-hoursMin" label={t('edit.hoursMin')} inputMode="numeric" width="short" error={message('hoursMin')} {...register('hoursMin')} />
      <TextField id="vacancy-hoursMax" label={t('edit.hoursMax')} inputMode="numeric" width="short" error={message('hoursMax')} {...register('hoursMax')} />
      <Controller
        control={control}
        name="contracts"
        render={({ field }) => (
          <CheckboxGroup
            id="vacancy-contracts"
            legend={t('edit.contracts')}
            error={message('contracts')}
            choices={EMPLOYMENT_TYPES.map((type: EmploymentType) => ({ value: type, label: t(`vacancies:contract.${type}`) }))}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <SelectField
        id="vacancy-education"
        label={t('edit.education')}
        options={EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`vacancies:education.${level}`) }))}
        {...register('education')}
      />
      <TextField id="vacancy-skills" label={t('edit.skills')} hint={t('edit.skillsHint')} error={message('skills')} {...register('skills')} />
      <div className="checkbox">
        <input id="vacancy-licence" type="checkbox" className="checkbox__input" {...register('licence')} />
        <label htmlFor="vacancy-licence" className="checkbox__label">
          {t('edit.licence')}
        </label>
      </div>
      <FormDateField control={control} name="validThrough" id="vacancy-validThrough" legend={t('edit.validThrough')} hint={t('edit.validThroughHint')} error={message('validThrough')} />
      <TextField id="vacancy-howToApply" label={t('edit.howToApply')} hint={t('edit.howToApplyHint')} error={message('howToApply')} {...register('howToApply')} />
      {saveError ? <Notice kind="error">{saveError}</Notice> : null}
      <Button type="submit" busy={formState.isSubmitting}>
        {t('edit.save')}
      </Button>
    </form>
  );
}

function EditExisting({ vacancyId }: { vacancyId: string }) {
  const query = useBrokerVacancy(vacancyId);
  return <QueryState query={query}>{(data) => <VacancyForm current={data.vacancy} />}</QueryState>;
}

/** The regisseur adds a vacancy they acquired, or changes one (through the outbox). */
export function Component() {
  const { t } = useTranslation('matching');
  const { vacancyId } = useParams();
  return (
    <Page title={vacancyId ? t('edit.titleEdit') : t('edit.titleNew')}>
      <p>
        <Link to={vacancyId ? `/regisseur/vacatures/${encodeURIComponent(vacancyId)}` : '/regisseur'} className="back-link">
          {t('vacancy.back')}
        </Link>
      </p>
      {vacancyId ? <EditExisting vacancyId={vacancyId} /> : <VacancyForm current={null} />}
    </Page>
  );
}

import { Controller } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { ErrorSummary, FieldsetShell, TextField } from '#src/shared/ui/form.tsx';
import { FormTextareaField } from '#src/shared/ui/textarea-field.tsx';
import { FormDateField } from '#src/shared/ui/date-field.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { CheckboxField, CheckboxGroup } from '#src/shared/ui/choices.tsx';
import { newId } from '#src/shared/lib/ids.ts';
import { datePartsSchema } from '#src/shared/lib/dates.ts';
import { occupationChoices } from '../occupations.ts';
import { PLACES } from '../places.ts';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, SALARY_UNITS, vacancyInputSchema, type EmploymentType, type Vacancy, type VacancyInput } from '../schemas.ts';
import { VACANCY_FORM_FIELDS, VACANCY_FORM_FIELD_OF, VACANCY_FORM_INVALID, vacancyFormValues, vacancyInputFromForm, type VacancyFormValues } from '../vacancy-form-values.ts';
import { useBrokerVacancy } from '../api/broker-reads.ts';
import { usePutBrokerVacancy } from '../api/put-broker-vacancy.ts';

const closingDate = datePartsSchema();

function VacancyForm({ current }: { current: Vacancy | null }) {
  const { t } = useTranslation(['matching', 'vacancies']);
  const navigate = useNavigate();
  const { write, error: saveError } = usePutBrokerVacancy();
  const { control, register, submit, setError, formState, message, summary, failed } = useAppForm<VacancyFormValues>({ defaultValues: vacancyFormValues(current), idPrefix: 'vacancy' });
  const errors = formState.errors;

  const onSubmit = submit(async (values) => {
    const date = closingDate.safeParse(values.validThrough);
    if (!date.success) {
      setError('validThrough', { message: date.error.issues[0]?.message });
      failed();
      return;
    }
    const parsed = vacancyInputSchema.safeParse(vacancyInputFromForm(values, date.data, current));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = VACANCY_FORM_FIELD_OF[issue.path.join('.')] ?? VACANCY_FORM_FIELD_OF[String(issue.path[0])] ?? 'title';
        const message = issue.message.startsWith('validation.') ? issue.message : (VACANCY_FORM_INVALID[field] ?? 'validation.invalid');
        if (!errors[field]) setError(field, { message });
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
      <ErrorSummary {...summary(VACANCY_FORM_FIELDS)} />
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
      <CheckboxField id="vacancy-remote" label={t('edit.remote')} {...register('remote')} />
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
      <FieldsetShell id="vacancy-salary" legend={t('edit.salary')} hint={t('edit.salaryHint')} className="salary-group">
        <TextField id="vacancy-salaryMin" label={t('edit.salaryMin')} inputMode="decimal" width="short" error={message('salaryMin')} {...register('salaryMin')} />
        <TextField id="vacancy-salaryMax" label={t('edit.salaryMax')} inputMode="decimal" width="short" error={message('salaryMax')} {...register('salaryMax')} />
        <SelectField id="vacancy-salaryUnit" label={t('edit.salaryUnit')} options={SALARY_UNITS.map((unit) => ({ value: unit, label: t(`edit.salaryUnits.${unit}`) }))} {...register('salaryUnit')} />
      </FieldsetShell>
      <SelectField
        id="vacancy-education"
        label={t('edit.education')}
        options={EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`vacancies:education.${level}`) }))}
        {...register('education')}
      />
      <TextField id="vacancy-experienceMonths" label={t('edit.experienceMonths')} hint={t('edit.experienceMonthsHint')} inputMode="numeric" width="short" error={message('experienceMonths')} {...register('experienceMonths')} />
      <FormTextareaField control={control} name="experienceText" id="vacancy-experienceText" label={t('edit.experienceText')} error={message('experienceText')} maxLength={500} rows={3} />
      <TextField id="vacancy-skills" label={t('edit.skills')} hint={t('edit.skillsHint')} error={message('skills')} {...register('skills')} />
      <CheckboxField id="vacancy-licence" label={t('edit.licence')} {...register('licence')} />
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

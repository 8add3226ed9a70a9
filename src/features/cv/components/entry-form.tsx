import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { ErrorSummary, RadioGroup, TextField } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { TextareaField } from '#src/shared/ui/textarea-field.tsx';
import { entryFieldOrder, entryFormSchema, type EntryFields, type EntryFormValues } from '../form.ts';
import { LIMITS, languageLevels, type SectionKey } from '../schemas.ts';
import { entryFields } from '../sections.ts';
import { FormPartialDateField } from './partial-date-field.tsx';

/** One entry of a section: only the fields that section has; errors next to fields and in a summary. */
export function EntryForm({
  section,
  defaultValues,
  onSubmit,
}: {
  section: SectionKey;
  defaultValues: EntryFormValues;
  onSubmit: (fields: EntryFields) => Promise<void> | void;
}) {
  const { t } = useTranslation(['cv', 'common']);
  const shape = entryFields[section];
  const { register, control, submit, summary, message, formState } = useAppForm<EntryFormValues, EntryFields>({
    defaultValues,
    schema: entryFormSchema,
    idPrefix: 'entry',
    ns: 'cv',
  });
  const [description, ...lists] = useWatch({ control, name: ['description', 'highlights', 'keywords', 'courses'] });
  const listValue = { highlights: lists[0], keywords: lists[1], courses: lists[2] };
  const label = (field: 'title' | 'organisation' | 'place' | 'description') => t(`entry.${section}.${field}` as 'entry.work.title');

  return (
    <form
      noValidate
      className="form"
      onSubmit={submit(onSubmit)}
    >
      <ErrorSummary {...summary(entryFieldOrder)} />
      <TextField id="entry-title" label={label('title')} error={message('title')} {...register('title')} />
      {shape.studyType ? <TextField id="entry-studyType" label={t('entry.more.studyType')} hint={t('entry.more.studyTypeHint')} width="medium" error={message('studyType')} {...register('studyType')} /> : null}
      {shape.organisation ? <TextField id="entry-organisation" label={label('organisation')} error={message('organisation')} {...register('organisation')} /> : null}
      {shape.place ? <TextField id="entry-place" label={label('place')} width="medium" error={message('place')} {...register('place')} /> : null}
      {shape.dates === 'range' ? (
        <>
          <FormPartialDateField control={control} name="startDate" id="entry-startDate" legend={t('entry.default.startDate')} hint={t('entry.default.dateHint')} error={message('startDate')} />
          <FormPartialDateField control={control} name="endDate" id="entry-endDate" legend={t('entry.default.endDate')} hint={t('entry.default.endHint')} error={message('endDate')} />
        </>
      ) : null}
      {shape.dates === 'single' ? (
        <FormPartialDateField control={control} name="endDate" id="entry-endDate" legend={t('entry.default.singleDate')} hint={t('entry.default.dateHint')} error={message('endDate')} />
      ) : null}
      {shape.diploma ? (
        <RadioGroup
          id="entry-diploma"
          legend={t('entry.education.diploma')}
          error={message('diploma')}
          choices={[
            { value: 'yes', label: t('common:answers.yes') },
            { value: 'no', label: t('common:answers.no') },
          ]}
          {...register('diploma')}
        />
      ) : null}
      {shape.level ? (
        <SelectField
          id="entry-level"
          label={t('entry.language.level')}
          hint={t('entry.language.levelHint')}
          error={message('level')}
          options={[{ value: '', label: t('entry.language.noLevel') }, ...languageLevels.map((l) => ({ value: l, label: t(`levels.${l}`) }))]}
          {...register('level')}
        />
      ) : null}
      {shape.level ? <TextField id="entry-fluency" label={t('entry.more.fluency')} hint={t('entry.more.fluencyHint')} width="medium" error={message('fluency')} {...register('fluency')} /> : null}
      <TextareaField
        id="entry-description"
        label={label('description')}
        hint={t(`entry.hint.${section}` as 'entry.hint.work')}
        error={message('description')}
        maxLength={LIMITS.description}
        value={description}
        {...register('description')}
      />
      {shape.lists.map((list) => (
        <TextareaField key={list} id={`entry-${list}`} label={t(`entry.more.${list}`)} hint={t('entry.more.linesHint')} error={message(list)} rows={4} maxLength={3000} value={listValue[list]} {...register(list)} />
      ))}
      {shape.url ? <TextField id="entry-url" type="url" dir="ltr" label={t('entry.url')} hint={t('entry.more.urlHint')} error={message('url')} {...register('url')} /> : null}
      <div className="button-row">
        <Button type="submit" busy={formState.isSubmitting}>
          {t('entry.save')}
        </Button>
      </div>
    </form>
  );
}

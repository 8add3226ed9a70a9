import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { FormDateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, FieldShell, RadioGroup, TextField } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { Notice } from '#src/shared/ui/notice.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { activityFieldOrder, activityFormSchema, recentValues, type ActivityFormValues } from '../form.ts';
import { findDuplicate, typeOf, type Duplicate } from '../rules.ts';
import { HOW_OPTIONS, RESULT_STATUSES, type Activity, type ActivityInput, type ResultStep, type WorkFolderConfig } from '../schemas.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useTypeLabel } from '../labels.ts';

const duplicateKey = (v: Pick<ActivityInput, 'vacancy' | 'employer' | 'jobTitle' | 'date'>) => `${v.vacancy}|${v.employer}|${v.jobTitle}|${v.date}`;

/**
 * A new or changed activity. Quick on a phone: today is the date, the type's own fields only,
 * recent employers and functions suggested. Validated on submit and when leaving a changed
 * field, never while typing; a probable duplicate is a warning the person can overrule.
 */
export function ActivityForm({
  config,
  activities,
  defaultValues,
  activityId,
  results = [],
  locked = false,
  serverErrors,
  onSubmit,
  submitting,
  children,
}: {
  config: WorkFolderConfig;
  /** The client's other activities (duplicates and suggestions). */
  activities: readonly Activity[];
  defaultValues: ActivityFormValues;
  activityId: string;
  /** The result timeline of an existing activity (kept as it is). */
  results?: ResultStep[];
  /** Handed in: a change needs a reason. */
  locked?: boolean;
  serverErrors?: Record<string, string[]>;
  onSubmit: (input: ActivityInput) => Promise<void> | void;
  submitting?: boolean;
  /** More fields before the button (proof, for a new activity). */
  children?: ReactNode;
}) {
  const { t } = useTranslation(['workFolder', 'common']);
  const typeLabel = useTypeLabel(config);
  const formatDate = useFormatDate();
  const listId = useId();
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const confirmed = useRef<string | null>(null);
  const duplicateRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => activityFormSchema(config, { locked, results }), [config, locked, results]);
  const { register, control, submit, getValues, summary, message } = useAppForm<ActivityFormValues, ActivityInput>({
    defaultValues,
    schema,
    idPrefix: 'activity',
    serverErrors,
  });

  const typeId = useWatch({ control, name: 'typeId' });
  const type = typeOf(config, typeId);
  const shows = (field: string) => Boolean(type?.fields.includes(field as never));
  const optional = (field: string) => (type?.required.includes(field as never) ? '' : ` ${t('form.optional')}`);
  const recent = useMemo(() => recentValues(activities), [activities]);

  /** On leaving employer, function or vacancy: warn early (never blocks while typing). */
  const checkDuplicate = () => {
    const v = getValues();
    const date = v.date.year && v.date.month && v.date.day ? `${v.date.year}-${v.date.month.padStart(2, '0')}-${v.date.day.padStart(2, '0')}` : '';
    setDuplicate(findDuplicate({ id: activityId, typeId: v.typeId, date: date || '1970-01-01', employer: v.employer, jobTitle: v.jobTitle, vacancy: v.vacancy }, activities, config.duplicateWindowDays));
  };
  const onBlurCheck = (field: 'employer' | 'jobTitle' | 'vacancy') => {
    const registered = register(field);
    return {
      ...registered,
      onBlur: async (event: React.FocusEvent<HTMLInputElement>) => {
        await registered.onBlur(event);
        checkDuplicate();
      },
    };
  };

  const save = submit(async (input) => {
    const found = typeOf(config, input.typeId)?.counts ? findDuplicate({ ...input, id: activityId }, activities, config.duplicateWindowDays) : null;
    if (found && confirmed.current !== duplicateKey(input)) {
      setDuplicate(found);
      confirmed.current = duplicateKey(input);
      requestAnimationFrame(() => duplicateRef.current?.focus());
      return;
    }
    await onSubmit(input);
  });

  return (
    <form noValidate className="form activity-form" onSubmit={save}>
      <ErrorSummary {...summary(activityFieldOrder)} />
      {locked ? (
        <Notice kind="info" title={t('form.lockedTitle')}>
          <p>{t('form.lockedNotice')}</p>
        </Notice>
      ) : null}
      <RadioGroup
        id="activity-typeId"
        legend={t('fields.typeId.label')}
        error={message('typeId')}
        choices={config.types.map((ty) => ({ value: ty.id, label: typeLabel(ty.id), hint: ty.counts ? undefined : t('detail.doesNotCount') }))}
        {...register('typeId')}
      />
      <FormDateField control={control} name="date" id="activity-date" legend={t('fields.date.label')} hint={t('fields.date.hint')} error={message('date')} />
      {shows('employer') ? (
        <TextField
          id="activity-employer"
          label={`${t('fields.employer.label')}${optional('employer')}`}
          autoComplete="organization"
          list={`${listId}-employers`}
          error={message('employer')}
          {...onBlurCheck('employer')}
        />
      ) : null}
      {shows('jobTitle') ? (
        <TextField
          id="activity-jobTitle"
          label={`${t('fields.jobTitle.label')}${optional('jobTitle')}`}
          autoComplete="organization-title"
          list={`${listId}-jobTitles`}
          error={message('jobTitle')}
          {...onBlurCheck('jobTitle')}
        />
      ) : null}
      <datalist id={`${listId}-employers`}>
        {recent.employers.map((value) => (
          <option key={value} value={value} />
        ))}
      </datalist>
      <datalist id={`${listId}-jobTitles`}>
        {recent.jobTitles.map((value) => (
          <option key={value} value={value} />
        ))}
      </datalist>
      {shows('eventTitle') ? (
        <TextField id="activity-eventTitle" label={`${t('fields.eventTitle.label')}${optional('eventTitle')}`} error={message('eventTitle')} {...register('eventTitle')} />
      ) : null}
      {shows('vacancy') ? (
        <TextField
          id="activity-vacancy"
          label={`${t('fields.vacancy.label')}${optional('vacancy')}`}
          hint={t('fields.vacancy.hint')}
          inputMode="url"
          spellCheck={false}
          error={message('vacancy')}
          {...onBlurCheck('vacancy')}
        />
      ) : null}
      {duplicate ? (
        <div ref={duplicateRef} tabIndex={-1} className="duplicate-warning">
          <Notice kind="warning" title={t('form.duplicate.title')} live="polite">
            <p>
              {duplicate.reason === 'vacancy'
                ? t('form.duplicate.vacancy', { date: formatDate(duplicate.activity.date), employer: duplicate.activity.employer || '—' })
                : t('form.duplicate.employerJobTitle', {
                    date: formatDate(duplicate.activity.date),
                    employer: duplicate.activity.employer,
                    jobTitle: duplicate.activity.jobTitle,
                  })}
            </p>
            <p>{t('form.duplicate.confirm')}</p>
            <p>
              <Link to={`/werkmap/${encodeURIComponent(duplicate.activity.id)}`} target="_blank">
                {t('form.duplicate.check')}
              </Link>
            </p>
          </Notice>
        </div>
      ) : null}
      {shows('how') ? (
        <SelectField
          id="activity-how"
          label={`${t('fields.how.label')}${optional('how')}`}
          error={message('how')}
          options={[{ value: '', label: t('fields.how.choose') }, ...HOW_OPTIONS.map((how) => ({ value: how, label: t(`how.${how}`) }))]}
          {...register('how')}
        />
      ) : null}
      {shows('contact') ? (
        <>
          <TextField
            id="activity-contactName"
            label={`${t('fields.contactName.label')}${optional('contact')}`}
            width="medium"
            error={message('contactName')}
            {...register('contactName')}
          />
          <TextField
            id="activity-contactDetail"
            label={`${t('fields.contactDetail.label')} ${t('form.optional')}`}
            hint={t('fields.contactDetail.hint')}
            width="medium"
            error={message('contactDetail')}
            {...register('contactDetail')}
          />
        </>
      ) : null}
      {results.length === 0 ? (
        <SelectField
          id="activity-result"
          label={t('fields.result.label')}
          error={message('result')}
          options={[{ value: '', label: t('results.none') }, ...RESULT_STATUSES.map((status) => ({ value: status, label: t(`results.${status}`) }))]}
          {...register('result')}
        />
      ) : null}
      <FieldShell id="activity-notes" label={`${t('fields.notes.label')} ${t('form.optional')}`} error={message('notes')}>
        <textarea
          id="activity-notes"
          className={`utrecht-textarea textarea${message('notes') ? ' utrecht-textarea--invalid' : ''}`}
          rows={3}
          dir="auto"
          aria-invalid={message('notes') ? true : undefined}
          aria-describedby={message('notes') ? 'activity-notes-error' : undefined}
          {...register('notes')}
        />
      </FieldShell>
      {children}
      {locked ? (
        <TextField
          id="activity-correctionReason"
          label={t('fields.correctionReason.label')}
          hint={t('fields.correctionReason.hint')}
          error={message('correctionReason')}
          {...register('correctionReason')}
        />
      ) : null}
      <div className="button-row">
        <Button type="submit" busy={submitting}>
          {duplicate && confirmed.current ? t('actions.saveAnyway') : t('actions.save')}
        </Button>
      </div>
    </form>
  );
}

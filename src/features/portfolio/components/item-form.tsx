import { useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { ErrorSummary, RadioGroup, TextField } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { FormTextareaField } from '#src/shared/ui/textarea-field.tsx';
import { fieldsOf, inputOf, itemFormSchema, type ItemFormValues } from '../form.ts';
import { DESCRIPTION_MAX, STARR_PARTS, SUB_KINDS, type ItemInput, type ItemKind } from '../schemas.ts';

type FieldName = 'subKind' | 'title' | 'description' | 'organisation' | 'startDate' | 'endDate' | 'tags' | 'link' | `starr.${(typeof STARR_PARTS)[number]}`;

/**
 * The form of one kind of item. Quick on a phone: only the kind's own fields; dates may be
 * partial ("2021" or "5-2021"); a reflection asks the five STARR questions.
 * Validated on submit and when leaving a changed field, never while typing.
 */
export function ItemForm({
  defaultValues,
  onSubmit,
  cancelTo,
  submitting,
}: {
  defaultValues: ItemFormValues;
  onSubmit: (input: ItemInput) => Promise<void> | void;
  cancelTo: string;
  submitting?: boolean;
}) {
  const { t } = useTranslation(['portfolio', 'common']);
  const { register, control, submit, summary, message } = useAppForm<ItemFormValues>({
    defaultValues,
    schema: itemFormSchema,
    idPrefix: 'item',
    ns: 'portfolio',
  });
  const kind = useWatch({ control, name: 'kind' }) as ItemKind;
  const show = fieldsOf(kind);
  const order: FieldName[] = [
    'subKind',
    'title',
    ...(show.starr ? STARR_PARTS.map((p) => `starr.${p}` as const) : []),
    'description',
    'organisation',
    'startDate',
    'endDate',
    'link',
    'tags',
  ];
  const optional = ` ${t('form.optional')}`;

  return (
    <form noValidate className="form" onSubmit={submit((values) => onSubmit(inputOf(values)))}>
      <ErrorSummary {...summary(order)} />
      {show.subKind ? (
        <RadioGroup
          id="item-subKind"
          legend={t(`form.subKind.${kind}` as 'form.subKind.experience')}
          error={message('subKind')}
          choices={((SUB_KINDS as Partial<Record<ItemKind, readonly string[]>>)[kind] ?? []).map((value) => ({
            value,
            label: t(`subKinds.${value}` as 'subKinds.work'),
          }))}
          {...register('subKind')}
        />
      ) : null}
      <TextField
        id="item-title"
        label={t(`form.title.${kind}` as 'form.title.talent')}
        hint={t(`form.titleHint.${kind}` as 'form.titleHint.talent')}
        error={message('title')}
        autoComplete="off"
        {...register('title')}
      />
      {show.starr ? (
        <fieldset className="utrecht-form-fieldset fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('starr.legend')}</legend>
          <p className="field__hint">{t('starr.intro')}</p>
          {STARR_PARTS.map((part) => (
            <FormTextareaField
              key={part}
              control={control}
              name={`starr.${part}`}
              id={`item-starr-${part}`}
              label={t(`starr.${part}.label`)}
              hint={t(`starr.${part}.hint`)}
              error={message(`starr.${part}`)}
              maxLength={2000}
              rows={3}
            />
          ))}
        </fieldset>
      ) : null}
      <FormTextareaField control={control} name="description" id="item-description" label={`${t('form.description')}${show.starr ? optional : ''}`} hint={t(`form.descriptionHint.${kind}` as 'form.descriptionHint.talent')} error={message('description')} maxLength={DESCRIPTION_MAX} />
      {show.organisation ? (
        <TextField
          id="item-organisation"
          label={`${t(`form.organisation.${kind === 'feedback' ? 'feedback' : 'other'}`)}${optional}`}
          error={message('organisation')}
          autoComplete="organization"
          {...register('organisation')}
        />
      ) : null}
      {show.dates ? (
        <>
          <TextField id="item-startDate" label={`${t('form.startDate')}${optional}`} hint={t('form.dateHint')} error={message('startDate')} width="medium" inputMode="text" autoComplete="off" {...register('startDate')} />
          <TextField id="item-endDate" label={`${t('form.endDate')}${optional}`} hint={t('form.endDateHint')} error={message('endDate')} width="medium" inputMode="text" autoComplete="off" {...register('endDate')} />
        </>
      ) : null}
      {show.link ? (
        <TextField id="item-link" label={`${t('form.link')}${optional}`} hint={t('form.linkHint')} error={message('link')} type="url" inputMode="url" autoComplete="url" {...register('link')} />
      ) : null}
      <TextField id="item-tags" label={`${t('form.tags')}${optional}`} hint={t('form.tagsHint')} error={message('tags')} autoComplete="off" {...register('tags')} />
      <div className="button-row">
        <Button type="submit" disabled={submitting}>
          {t('actions.save')}
        </Button>
        <Link to={cancelTo} className="cancel-link">
          {t('actions.cancel')}
        </Link>
      </div>
    </form>
  );
}

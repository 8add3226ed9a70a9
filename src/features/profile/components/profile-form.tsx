import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { FormDateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, RadioGroup, TextField } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { profileFieldOrder, profileFormSchema, type ProfileFormValues } from '../form.ts';
import type { ProfileInput } from '../schemas.ts';

/**
 * The profile form: validated on submit and when leaving a changed field, never while typing.
 * Server field errors (a rejected change) are shown next to the fields with the input kept.
 */
export function ProfileForm({
  defaultValues,
  serverErrors,
  onSubmit,
  submitting,
}: {
  defaultValues: ProfileFormValues;
  serverErrors?: Record<string, string[]>;
  onSubmit: (input: ProfileInput) => Promise<void> | void;
  submitting?: boolean;
}) {
  const { t } = useTranslation(['profile', 'common']);
  const { register, control, submit, summary, message } = useAppForm<ProfileFormValues, ProfileInput>({
    defaultValues,
    schema: profileFormSchema,
    idPrefix: 'profile',
    serverErrors,
  });
  const registered = useWatch({ control, name: 'registeredWithUwv' });

  return (
    <form
      noValidate
      className="form"
      onSubmit={submit(onSubmit)}
    >
      <ErrorSummary {...summary(profileFieldOrder)} />
      <TextField
        id="profile-preferredName"
        label={t('fields.preferredName.label')}
        hint={t('fields.preferredName.hint')}
        autoComplete="nickname"
        error={message('preferredName')}
        {...register('preferredName')}
      />
      <TextField
        id="profile-phone"
        type="tel"
        label={t('fields.phone.label')}
        hint={t('fields.phone.hint')}
        autoComplete="tel"
        width="medium"
        error={message('phone')}
        {...register('phone')}
      />
      <TextField
        id="profile-email"
        type="email"
        label={t('fields.email.label')}
        hint={t('fields.email.hint')}
        autoComplete="email"
        spellCheck={false}
        error={message('email')}
        {...register('email')}
      />
      <TextField
        id="profile-town"
        label={t('fields.town.label')}
        autoComplete="address-level2"
        width="medium"
        error={message('town')}
        {...register('town')}
      />
      <FormDateField control={control} name="benefitApplicationDate" id="profile-benefitApplicationDate" legend={t('fields.benefitApplicationDate.label')} hint={t('fields.benefitApplicationDate.hint')} error={message('benefitApplicationDate')} />
      <RadioGroup
        id="profile-registeredWithUwv"
        legend={t('fields.registeredWithUwv.label')}
        hint={t('fields.registeredWithUwv.hint')}
        error={message('registeredWithUwv')}
        choices={[
          { value: 'yes', label: t('common:answers.yes') },
          { value: 'no', label: t('common:answers.no') },
        ]}
        {...register('registeredWithUwv')}
      />
      {registered === 'yes' ? (
        <FormDateField control={control} name="uwvRegistrationDate" id="profile-uwvRegistrationDate" legend={t('fields.uwvRegistrationDate.label')} hint={t('fields.uwvRegistrationDate.hint')} error={message('uwvRegistrationDate')} />
      ) : null}
      <div className="button-row">
        <Button type="submit" busy={submitting}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}

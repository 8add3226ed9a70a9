import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { messageOf } from '#src/shared/ui/field-message.ts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { DateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, RadioGroup, TextField, useErrorText, type SummaryError } from '#src/shared/ui/form.tsx';
import { useServerErrors } from '#src/shared/ui/server-errors.ts';
import { useDirtyForm } from '#src/shared/lib/dirty-forms.ts';
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
  const errorText = useErrorText();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<ProfileFormValues, unknown, ProfileInput>({
    defaultValues,
    resolver: zodResolver(profileFormSchema),
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

  useServerErrors(serverErrors, profileFieldOrder, setError, () => setAttempt((n) => n + 1));

  const registered = useWatch({ control, name: 'registeredWithUwv' });
  const message = (field: keyof ProfileFormValues) => errorText(messageOf(errors[field]));
  const summary: SummaryError[] = profileFieldOrder
    .map((field) => ({ fieldId: `profile-${field}`, message: message(field) ?? '' }))
    .filter((e) => e.message);

  return (
    <form
      noValidate
      className="form"
      onSubmit={handleSubmit(
        async (input) => {
          await onSubmit(input);
        },
        () => setAttempt((n) => n + 1),
      )}
    >
      <ErrorSummary errors={summary} focusKey={attempt} />
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
      <Controller
        control={control}
        name="benefitApplicationDate"
        render={({ field }) => (
          <DateField
            id="profile-benefitApplicationDate"
            legend={t('fields.benefitApplicationDate.label')}
            hint={t('fields.benefitApplicationDate.hint')}
            error={message('benefitApplicationDate')}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
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
        <Controller
          control={control}
          name="uwvRegistrationDate"
          render={({ field }) => (
            <DateField
              id="profile-uwvRegistrationDate"
              legend={t('fields.uwvRegistrationDate.label')}
              hint={t('fields.uwvRegistrationDate.hint')}
              error={message('uwvRegistrationDate')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
      ) : null}
      <div className="button-row">
        <Button type="submit" busy={submitting}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}

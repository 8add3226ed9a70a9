import { forwardRef, useState, type ComponentProps, type ReactNode } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { CheckboxField, CheckboxGroup } from '#src/shared/ui/choices.tsx';
import { FormDateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, FieldMessages, TextField, describedBy, useErrorText } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { datePartsSchema, isoToParts, type DateParts } from '#src/shared/lib/dates.ts';
import { preparePhoto } from '../photo.ts';
import { drivingLicences, personaliaSchema, type Personalia } from '../schemas.ts';
import { useCvProfileView } from '../use-cv-view.ts';

type Values = {
  name: string;
  town: string;
  phone: string;
  email: string;
  drivingLicences: Personalia['drivingLicences'];
  showDateOfBirth: boolean;
  dateOfBirth: DateParts;
  showPhoto: boolean;
  photo: string | null;
};

const fields = personaliaSchema.shape;
const formSchema = z
  .object({
    name: fields.name,
    town: fields.town,
    phone: fields.phone,
    email: fields.email,
    drivingLicences: fields.drivingLicences,
    showDateOfBirth: z.boolean(),
    dateOfBirth: datePartsSchema({ notInFuture: true }),
    showPhoto: z.boolean(),
    photo: fields.photo,
  })
  .refine((v) => !(v.showDateOfBirth && v.dateOfBirth === null), { path: ['dateOfBirth'], message: 'validation.cv.dateOfBirthMissing', when: () => true })
  .refine((v) => !(v.showPhoto && v.photo === null), { path: ['photo'], message: 'validation.cv.photo.missing', when: () => true });

/** The summary's order; the photo (with the refusal of a chosen file) comes last. */
const order = ['name', 'town', 'phone', 'email', 'drivingLicences', 'dateOfBirth'] as const;

/** /cv/gegevens/persoonlijk — name and contact, driving licences; date of birth and photo only if the person wants. */
export function Component() {
  const { t } = useTranslation(['cv', 'common']);
  const { query, profile, save } = useCvProfileView();
  return (
    <Page title={t('sections.personal')} back={{ to: "/cv", label: t('back') }}>
      <QueryState query={query}>
        {() =>
          profile ? (
            <PersonalForm
              personalia={profile.personalia}
              onSave={(personalia) => save({ personalia })}
            />
          ) : null
        }
      </QueryState>
    </Page>
  );
}

function PersonalForm({ personalia, onSave }: { personalia: Personalia; onSave: (p: Personalia) => Promise<void> }) {
  const { t } = useTranslation(['cv', 'common']);
  const errorText = useErrorText('cv');
  const navigate = useNavigate();
  const [photoError, setPhotoError] = useState<string | undefined>();
  const { register, control, submit, setValue, summary, message, formState } = useAppForm<Values, z.output<typeof formSchema>>({
    defaultValues: { ...personalia, dateOfBirth: isoToParts(personalia.dateOfBirth) },
    schema: formSchema,
    idPrefix: 'personal',
    ns: 'cv',
  });
  const showDateOfBirth = useWatch({ control, name: 'showDateOfBirth' });
  const showPhoto = useWatch({ control, name: 'showPhoto' });
  const photo = useWatch({ control, name: 'photo' });
  const photoMessage = photoError ? errorText(photoError) : message('photo');

  return (
    <form
      noValidate
      className="form"
      onSubmit={submit(async (v) => {
        await onSave({
          ...personalia,
          name: v.name,
          town: v.town,
          phone: v.phone,
          email: v.email,
          drivingLicences: v.drivingLicences,
          dateOfBirth: v.dateOfBirth,
          showDateOfBirth: v.showDateOfBirth,
          photo: v.photo,
          showPhoto: v.showPhoto,
        });
        void navigate('/cv');
      })}
    >
      <ErrorSummary {...summary([...order, { id: 'personal-photo', message: photoMessage }])} />
      <TextField id="personal-name" label={t('personal.name')} autoComplete="name" error={message('name')} {...register('name')} />
      <TextField id="personal-town" label={t('personal.town')} hint={t('personal.townHint')} autoComplete="address-level2" width="medium" error={message('town')} {...register('town')} />
      <TextField id="personal-phone" type="tel" label={t('personal.phone')} autoComplete="tel" width="medium" error={message('phone')} {...register('phone')} />
      <TextField id="personal-email" type="email" label={t('personal.email')} autoComplete="email" spellCheck={false} error={message('email')} {...register('email')} />
      <Controller
        control={control}
        name="drivingLicences"
        render={({ field }) => (
          <CheckboxGroup
            id="personal-drivingLicences"
            legend={t('personal.drivingLicences')}
            hint={t('personal.drivingLicencesHint')}
            error={message('drivingLicences')}
            choices={drivingLicences.map((d) => ({ value: d, label: d }))}
            value={field.value}
            onChange={(value) => field.onChange(value as Personalia['drivingLicences'])}
            onBlur={field.onBlur}
          />
        )}
      />
      <ShowOnCvFieldset id="personal-showDateOfBirth" whyId="personal-dob-why" legend={t('personal.dateOfBirthLegend')} why={t('personal.dateOfBirthWhy')} label={t('personal.showDateOfBirth')} {...register('showDateOfBirth')}>
        {showDateOfBirth ? (
          <FormDateField control={control} name="dateOfBirth" id="personal-dateOfBirth" legend={t('personal.dateOfBirth')} error={message('dateOfBirth')} />
        ) : null}
      </ShowOnCvFieldset>
      <ShowOnCvFieldset id="personal-showPhoto" whyId="personal-photo-why" legend={t('personal.photoLegend')} why={t('personal.photoWhy')} label={t('personal.showPhoto')} {...register('showPhoto')}>
        {showPhoto ? (
          <div className="field">
            {photo ? <img src={photo} alt={t('personal.photoAlt')} className="cv-doc__photo" /> : null}
            <label className="utrecht-form-label" htmlFor="personal-photo">
              {photo ? t('personal.photoReplace') : t('personal.photoChoose')}
            </label>
            <FieldMessages id="personal-photo" hint={t('personal.photoHint')} error={photoMessage} />
            <input
              id="personal-photo"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              className="file-input"
              aria-describedby={describedBy('personal-photo', true, photoMessage)}
              onChange={async (event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (!file) return;
                const result = await preparePhoto(file);
                if (!result.ok) {
                  setPhotoError(result.message);
                  return;
                }
                setPhotoError(undefined);
                setValue('photo', result.dataUrl, { shouldDirty: true });
              }}
            />
            {photo ? (
              <Button variant="subtle" onClick={() => setValue('photo', null, { shouldDirty: true })}>
                {t('personal.photoRemove')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </ShowOnCvFieldset>
      <div className="button-row">
        <Button type="submit" busy={formState.isSubmitting}>
          {t('entry.save')}
        </Button>
      </div>
    </form>
  );
}

/** Something the CV shows only when the person chooses to: why we ask, the choice, and (when chosen) the field. */
const ShowOnCvFieldset = forwardRef<
  HTMLInputElement,
  Omit<ComponentProps<'input'>, 'id'> & { id: string; whyId: string; legend: string; why: string; label: string; children: ReactNode }
>(function ShowOnCvFieldset({ id, whyId, legend, why, label, children, ...checkbox }, ref) {
  return (
    <fieldset className="utrecht-form-fieldset field">
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      <p className="field__hint" id={whyId}>
        {why}
      </p>
      <CheckboxField ref={ref} id={id} label={label} aria-describedby={whyId} {...checkbox} />
      {children}
    </fieldset>
  );
});

import { forwardRef, useMemo, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { CheckboxField, CheckboxGroup } from '#src/shared/ui/choices.tsx';
import { FormDateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, FieldMessages, TextField, describedBy, useErrorText } from '#src/shared/ui/form.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { datePartsSchema, isoToParts } from '#src/shared/lib/dates.ts';
import { preparePhoto } from '../photo.ts';
import { countryOptions } from '../countries.ts';
import { drivingLicences, personaliaSchema, profileLinkSchema, type Personalia, type ProfileLink } from '../schemas.ts';
import { useCvProfileView } from '../use-cv-view.ts';

const fields = personaliaSchema.shape;
const formSchema = z
  .object({
    name: fields.name,
    label: fields.label,
    website: fields.website,
    address: fields.address,
    postalCode: fields.postalCode,
    town: fields.town,
    region: fields.region,
    countryCode: fields.countryCode,
    profiles: z.array(
      profileLinkSchema.refine((l) => l.network !== '' || (l.username === '' && l.url === ''), { path: ['network'], message: 'validation.cv.profileNetwork' }),
    ),
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

/** Every field as typed. */
type Values = z.input<typeof formSchema>;

/** The summary's order (the profile links go after the e-mail address); the photo (with the refusal of a chosen file) comes last. */
const before = ['name', 'label', 'phone', 'email', 'website'] as const;
const after = ['address', 'postalCode', 'town', 'region', 'countryCode', 'drivingLicences', 'dateOfBirth'] as const;
const linkParts = ['network', 'username', 'url'] as const;
const emptyLink = (): Values['profiles'][number] => ({ network: '', username: '', url: '', kept: {} });
const isEmptyLink = (l: ProfileLink) => l.network === '' && l.username === '' && l.url === '' && Object.keys(l.kept).length === 0;

/**
 * /cv/gegevens/persoonlijk — name, headline and contact, web address and profile links (LinkedIn
 * and others), address, driving licences; date of birth and photo only if the person wants.
 */
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
  const { t, i18n } = useTranslation(['cv', 'common']);
  const errorText = useErrorText('cv');
  const navigate = useNavigate();
  const noCountry = t('personal.countryNone');
  const countries = useMemo(() => [{ value: '', label: noCountry }, ...countryOptions(i18n.language, personalia.countryCode.toUpperCase())], [noCountry, i18n.language, personalia.countryCode]);
  const [photoError, setPhotoError] = useState<string | undefined>();
  const { register, control, submit, setValue, summary, message, formState } = useAppForm<Values, z.output<typeof formSchema>>({
    defaultValues: { ...personalia, countryCode: personalia.countryCode.toUpperCase(), dateOfBirth: isoToParts(personalia.dateOfBirth) },
    schema: formSchema,
    idPrefix: 'personal',
    ns: 'cv',
  });
  const showDateOfBirth = useWatch({ control, name: 'showDateOfBirth' });
  const showPhoto = useWatch({ control, name: 'showPhoto' });
  const photo = useWatch({ control, name: 'photo' });
  const links = useFieldArray({ control, name: 'profiles' });
  const linkValues = useWatch({ control, name: 'profiles' });
  const addLinkRef = useRef<HTMLButtonElement>(null);
  const linkName = (i: number) => {
    const network = linkValues[i]?.network.trim();
    return network ? t('personal.profileNamed', { n: i + 1, name: network }) : t('personal.profile', { n: i + 1 });
  };
  const photoMessage = photoError ? errorText(photoError) : message('photo');

  return (
    <form
      noValidate
      className="form"
      onSubmit={submit(async (v) => {
        await onSave({
          ...personalia,
          name: v.name,
          label: v.label,
          website: v.website,
          address: v.address,
          postalCode: v.postalCode,
          town: v.town,
          region: v.region,
          countryCode: v.countryCode,
          profiles: v.profiles.filter((l) => !isEmptyLink(l)),
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
      <ErrorSummary
        {...summary([
          ...before,
          ...links.fields.flatMap((_, i) => linkParts.map((part) => `profiles.${i}.${part}`)),
          ...after,
          { id: 'personal-photo', message: photoMessage },
        ])}
      />
      <TextField id="personal-name" label={t('personal.name')} autoComplete="name" error={message('name')} {...register('name')} />
      <TextField id="personal-label" label={t('personal.label')} hint={t('personal.labelHint')} error={message('label')} {...register('label')} />
      <TextField id="personal-phone" type="tel" label={t('personal.phone')} autoComplete="tel" width="medium" error={message('phone')} {...register('phone')} />
      <TextField id="personal-email" type="email" label={t('personal.email')} autoComplete="email" spellCheck={false} error={message('email')} {...register('email')} />
      <TextField id="personal-website" type="url" label={t('personal.website')} hint={t('personal.websiteHint')} autoComplete="url" spellCheck={false} error={message('website')} {...register('website')} />
      <fieldset className="utrecht-form-fieldset field" aria-describedby="personal-profiles-hint">
        <legend className="utrecht-form-fieldset__legend">{t('personal.profiles')}</legend>
        <FieldMessages id="personal-profiles" hint={t('personal.profilesHint')} />
        {links.fields.map((item, i) => (
          <fieldset key={item.id} className="utrecht-form-fieldset summary-card">
            <legend className="utrecht-form-fieldset__legend">{t('personal.profile', { n: i + 1 })}</legend>
            <TextField id={`personal-profiles-${i}-network`} label={t('personal.network')} hint={t('personal.networkHint')} width="medium" error={message(`profiles.${i}.network`)} {...register(`profiles.${i}.network`)} />
            <TextField id={`personal-profiles-${i}-username`} label={t('personal.username')} width="medium" spellCheck={false} error={message(`profiles.${i}.username`)} {...register(`profiles.${i}.username`)} />
            <TextField id={`personal-profiles-${i}-url`} type="url" label={t('personal.profileUrl')} spellCheck={false} error={message(`profiles.${i}.url`)} {...register(`profiles.${i}.url`)} />
            <Button
              variant="secondary"
              onClick={() => {
                links.remove(i);
                addLinkRef.current?.focus();
              }}
            >
              {t('personal.profileRemove', { profile: linkName(i) })}
            </Button>
          </fieldset>
        ))}
        <p>
          <Button ref={addLinkRef} variant="secondary" onClick={() => links.append(emptyLink())}>
            {t('personal.profileAdd')}
          </Button>
        </p>
      </fieldset>
      <fieldset className="utrecht-form-fieldset field" aria-describedby="personal-address-hint">
        <legend className="utrecht-form-fieldset__legend">{t('personal.addressLegend')}</legend>
        <FieldMessages id="personal-address" hint={t('personal.townHint')} />
        <TextField id="personal-address" label={t('personal.address')} autoComplete="street-address" error={message('address')} {...register('address')} />
        <TextField id="personal-postalCode" label={t('personal.postalCode')} autoComplete="postal-code" width="short" error={message('postalCode')} {...register('postalCode')} />
        <TextField id="personal-town" label={t('personal.town')} autoComplete="address-level2" width="medium" error={message('town')} {...register('town')} />
        <TextField id="personal-region" label={t('personal.region')} autoComplete="address-level1" width="medium" error={message('region')} {...register('region')} />
        <SelectField id="personal-countryCode" label={t('personal.country')} autoComplete="country" options={countries} error={message('countryCode')} {...register('countryCode')} />
      </fieldset>
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

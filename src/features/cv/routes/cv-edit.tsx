import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { CheckboxField } from '#src/shared/ui/choices.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { ErrorSummary, RadioGroup, TextField } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { TextareaField } from '#src/shared/ui/textarea-field.tsx';
import { Controller, useWatch } from 'react-hook-form';
import { CvPreview } from '../components/cv-preview.tsx';
import { EntryPicker, type EntryGroup } from '../components/entry-picker.tsx';
import { NotFoundMessage } from '../components/not-found.tsx';
import { SyncTag } from '../components/sync-tag.tsx';
import { downloadJson } from '#src/shared/files/download.ts';
import { fileNameOf, resolvedToJsonResume } from '../download.ts';
import { LIMITS, cvInputSchema, resolveCv, templateIds, type CvInput, type CvProfile } from '../schemas.ts';
import { standardSections } from '../sections.ts';
import { useCvListView, useCvProfileView, type CvView } from '../use-cv-view.ts';
import { ConfirmAction } from '#src/shared/ui/confirm.tsx';

/** /cv/:cvId — choose and order entries, tailor texts, template, language, title; live preview. */
export function Component() {
  const { t } = useTranslation(['cv', 'common']);
  const { cvId = '' } = useParams();
  const { query: profileQuery, profile } = useCvProfileView();
  const { query, cvs, saveCv, deleteCv } = useCvListView();
  const cv = cvs.find((c) => c.id === cvId);
  return (
    <Page title={cv ? cv.title : t('editor.title')} back={{ to: "/cv", label: t('back') }}>
      <QueryState query={query}>
        {() => (
          <QueryState query={profileQuery}>
            {() => (cv && profile ? <CvEditor key={cv.id} cv={cv} profile={profile} saveCv={saveCv} deleteCv={deleteCv} /> : <NotFoundMessage />)}
          </QueryState>
        )}
      </QueryState>
    </Page>
  );
}

const inputOf = (cv: CvView): CvInput => ({
  title: cv.title,
  templateId: cv.templateId,
  language: cv.language,
  sharedWithCoach: cv.sharedWithCoach,
  profileText: cv.profileText,
  items: cv.items,
});

type CvList = ReturnType<typeof useCvListView>;

function CvEditor({ cv, profile, saveCv, deleteCv }: { cv: CvView; profile: CvProfile; saveCv: CvList['saveCv']; deleteCv: CvList['deleteCv'] }) {
  const { t } = useTranslation(['cv', 'common']);
  const navigate = useNavigate();
  const [notice, setNotice] = useState<string | null>(null);
  const { register, control, submit, reset, summary, message } = useAppForm<CvInput>({
    defaultValues: inputOf(cv),
    schema: cvInputSchema,
    idPrefix: 'cv',
    ns: 'cv',
  });
  const draft = useWatch({ control }) as CvInput;
  const resolved = useMemo(() => resolveCv(profile, { ...cv, ...draft }), [profile, cv, draft]);

  const save = async (input: CvInput) => {
    await saveCv(cv.id, input, cv.version);
    reset(input);
    setNotice(t('editor.saved'));
  };
  const remove = async () => {
    await deleteCv(cv.id, cv.version);
    void navigate('/cv');
  };

  const groups: EntryGroup[] = [
    ...standardSections.map((s) => ({ key: s, title: t(`sections.${s}`), entries: profile.entries.filter((e) => e.section === s) })),
    ...profile.customSections.map((s) => ({ key: s.id, title: s.title, entries: profile.entries.filter((e) => e.customSectionId === s.id) })),
  ].filter((g) => g.entries.length > 0);
  const itemFields = draft.items.map((item, index) => ({ name: `items.${index}.text`, id: `cv-text-${item.entryId}` }));

  return (
    <>
      <SyncTag sync={cv.sync} />
      {notice ? (
        <Notice kind="success" live="polite" title={notice}>
          <p>{cv.sync === 'sent' ? t('editor.savedSent') : t('editor.savedWaiting')}</p>
        </Notice>
      ) : null}
      <form noValidate className="form" onChange={() => setNotice(null)} onSubmit={submit(save)}>
        <ErrorSummary {...summary(['title', 'templateId', 'language', 'items', ...itemFields, 'profileText'])} />
        <TextField id="cv-title" label={t('editor.cvTitle')} hint={t('editor.cvTitleHint')} error={message('title')} {...register('title')} />
        <RadioGroup
          id="cv-templateId"
          legend={t('editor.template')}
          error={message('templateId')}
          choices={templateIds.map((id) => ({ value: id, label: t(`templates.${id}`) }))}
          {...register('templateId')}
        />
        <RadioGroup
          id="cv-language"
          legend={t('editor.language')}
          hint={t('editor.languageHint')}
          error={message('language')}
          choices={[
            { value: 'nl', label: t('languages.nl') },
            { value: 'en', label: t('languages.en') },
          ]}
          {...register('language')}
        />
        <CheckboxField id="cv-shared" className="field" label={t('editor.share')} hint={t('editor.shareHint')} {...register('sharedWithCoach')} />

        <h2>{t('editor.entriesTitle')}</h2>
        <p>{t('editor.entriesLead')}</p>
        {groups.length === 0 ? (
          <p>
            {t('editor.noEntries')} <Link to="/cv">{t('editor.toProfile')}</Link>
          </p>
        ) : null}
        <Controller
          control={control}
          name="items"
          render={({ field }) => (
            <EntryPicker
              groups={groups}
              items={field.value}
              onChange={(items) => {
                setNotice(null);
                field.onChange(items);
              }}
              onBlur={field.onBlur}
              errorOf={(index) => message(`items.${index}.text`)}
            />
          )}
        />
        <Controller
          control={control}
          name="profileText"
          render={({ field }) => (
            <TextareaField
              id="cv-profileText"
              label={t('editor.profileText')}
              hint={t('editor.profileTextHint')}
              error={message('profileText')}
              rows={5}
              maxLength={LIMITS.profileText}
              placeholder={profile.profileText}
              name={field.name}
              ref={field.ref}
              value={field.value ?? ''}
              onChange={(e) => field.onChange(e.target.value === '' ? null : e.target.value)}
              onBlur={field.onBlur}
            />
          )}
        />
        <div className="button-row">
          <Button type="submit">{t('editor.save')}</Button>
        </div>
      </form>

      <CvPreview cv={resolved} />

      <div className="button-row">
        <Link className="button-link" to={`/cv/${cv.id}/afdrukken`}>
          {t('editor.print')}
        </Link>
        <Button variant="secondary" onClick={() => downloadJson(resolvedToJsonResume(resolved), fileNameOf(draft.title))}>
          {t('editor.export')}
        </Button>
      </div>
      <ConfirmAction start={t('editor.delete')} question={t('editor.confirmDelete', { title: cv.title })} onConfirm={remove} />
    </>
  );
}

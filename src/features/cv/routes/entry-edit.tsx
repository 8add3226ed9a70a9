import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { EntryForm } from '../components/entry-form.tsx';
import { NotFoundMessage } from '../components/not-found.tsx';
import { toEntryFormValues } from '../form.ts';
import { blankEntry } from '../schemas.ts';
import { insertEntry, sectionFromSlug } from '../sections.ts';
import { newId, useCvProfileView } from '../use-cv-view.ts';

/** /cv/gegevens/:section/:entryId ("nieuw" for a new one): the entry form, saved into the master profile. */
export function Component() {
  const { t } = useTranslation(['cv', 'common']);
  const { section: slug, entryId } = useParams();
  const navigate = useNavigate();
  const ref = sectionFromSlug(slug);
  const { query, profile, save } = useCvProfileView();
  const [failed, setFailed] = useState(false);
  const isNew = entryId === 'nieuw';
  const existing = isNew ? undefined : profile?.entries.find((e) => e.id === entryId);
  const sectionName = ref ? (ref.section === 'custom' ? (profile?.customSections.find((s) => s.id === ref.customSectionId)?.title ?? '') : t(`sections.${ref.section}`)) : '';

  if (!ref) return <NotFoundMessage />;
  return (
    <Page title={isNew ? t(`section.add.${ref.section}` as 'section.add.work') : t('entry.editTitle', { section: sectionName })} back={{ to: `/cv/gegevens/${slug}`, label: t('entry.back', { section: sectionName }) }}>
      {failed ? (
        <Notice kind="error" live="assertive">
          <p>{t('common:errors.server')}</p>
        </Notice>
      ) : null}
      <QueryState query={query}>
        {() => {
          if (!profile) return null;
          if (!isNew && !existing) return <NotFoundMessage />;
          return (
            <EntryForm
              section={ref.section}
              defaultValues={toEntryFormValues(existing)}
              onSubmit={async (fields) => {
                try {
                  const entry = { ...(existing ?? blankEntry(newId(), ref.section, ref.customSectionId)), ...fields };
                  const entries = existing ? profile.entries.map((e) => (e.id === entry.id ? entry : e)) : insertEntry(profile.entries, entry);
                  await save({ entries });
                  void navigate(`/cv/gegevens/${slug}`);
                } catch {
                  setFailed(true);
                }
              }}
            />
          );
        }}
      </QueryState>
    </Page>
  );
}

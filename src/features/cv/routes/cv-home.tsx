import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useCanWrite } from '#src/shared/auth/use-acting-for.ts';
import { TitleForm } from '../components/title-form.tsx';
import { SyncTag } from '../components/sync-tag.tsx';
import { cvInputSchema } from '../schemas.ts';
import { slugOf, standardSections } from '../sections.ts';
import { warmWordExport } from '../docx.ts';
import { newId, useCvListView, useCvProfileView } from '../use-cv-view.ts';

/** /cv: the client's CVs ("one per kind of job") and their master profile, section by section. */
export function Component() {
  const { t } = useTranslation(['cv', 'common']);
  const navigate = useNavigate();
  // the Word library, fetched in the background so a Word file can be made offline later
  useEffect(warmWordExport, []);
  const canWrite = useCanWrite();
  const { query: profileQuery, profile } = useCvProfileView();
  const { query, cvs, saveCv } = useCvListView();
  const create = async (title: string) => {
    const id = newId();
    // start with everything from the profile: removing is quicker than adding
    const items = (profile?.entries ?? []).map((e) => ({ entryId: e.id, text: null }));
    await saveCv(id, { title, templateId: 'klassiek', language: 'nl', sharedWithCoach: false, profileText: null, items }, 0);
    void navigate(`/cv/${id}`);
  };

  return (
    <Page title={t('title')} lead={t('lead')}>
      <section aria-labelledby="cv-list-title">
        <h2 id="cv-list-title">{t('list.title')}</h2>
        <QueryState query={query}>
          {() =>
            cvs.length === 0 ? (
              <p>{t('list.empty')}</p>
            ) : (
              <ul className="cv-list">
                {cvs.map((cv) => (
                  <li className="cv-list__item" key={cv.id}>
                    <h3 className="cv-list__title">
                      {/* a helper who may only view reads the CV itself, not its editor */}
                      <Link to={canWrite ? `/cv/${cv.id}` : `/cv/${cv.id}/afdrukken`} dir="auto">
                        {cv.title}
                      </Link>
                    </h3>
                    <p className="field__hint">
                      {t(`templates.${cv.templateId}`)} · {t(`languages.${cv.language}`)} · {t('list.entries', { n: cv.items.length })}
                      {cv.sharedWithCoach ? ` · ${t('list.shared')}` : ''}
                    </p>
                    <SyncTag sync={cv.sync} />
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
        {canWrite ? <TitleForm id="cv-new" title={cvInputSchema.shape.title} label={t('list.newLabel')} hint={t('list.newHint')} submitText={t('list.create')} onSubmit={create} /> : null}
      </section>

      <section aria-labelledby="cv-profile-title">
        <h2 id="cv-profile-title">{t('profile.title')}</h2>
        <p>{t('profile.lead')}</p>
        <QueryState query={profileQuery}>
          {() =>
            profile ? (
              <>
                <SyncTag sync={profile.sync} />
                <ul className="task-list cv-sections">
                  <li>
                    {canWrite ? <Link to="/cv/gegevens/persoonlijk">{t('sections.personal')}</Link> : t('sections.personal')}
                    <span className="field__hint"> – {profile.personalia.name}</span>
                  </li>
                  <li>
                    {canWrite ? <Link to="/cv/gegevens/profiel">{t('sections.profile')}</Link> : t('sections.profile')}
                    <span className="field__hint"> – {profile.profileText ? t('profile.written') : t('profile.notWritten')}</span>
                  </li>
                  {standardSections.map((section) => (
                    <li key={section}>
                      <Link to={`/cv/gegevens/${slugOf({ section, customSectionId: null })}`}>{t(`sections.${section}`)}</Link>
                      <span className="field__hint"> – {t('profile.count', { n: profile.entries.filter((e) => e.section === section).length })}</span>
                    </li>
                  ))}
                  {profile.customSections.map((custom) => (
                    <li key={custom.id}>
                      <Link to={`/cv/gegevens/${slugOf({ section: 'custom', customSectionId: custom.id })}`} dir="auto">
                        {custom.title}
                      </Link>
                      <span className="field__hint"> – {t('profile.count', { n: profile.entries.filter((e) => e.customSectionId === custom.id).length })}</span>
                    </li>
                  ))}
                  {canWrite ? (
                    <li>
                      <Link to="/cv/gegevens/eigen">{t('sections.custom')}</Link>
                    </li>
                  ) : null}
                </ul>
                {canWrite ? (
                  <p>
                    <Link to="/cv/uitwisselen">{t('exchange.link')}</Link>
                  </p>
                ) : null}
              </>
            ) : null
          }
        </QueryState>
      </section>
      {profile && profile.sync === 'problem' ? (
        <Notice kind="error" title={t('profile.problem')}>
          <Link to="/wijzigingen">{t('profile.review')}</Link>
        </Notice>
      ) : null}
    </Page>
  );
}

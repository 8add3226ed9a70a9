import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSectionOn } from '#src/shared/config/sections.ts';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { NotFoundMessage } from '../components/not-found.tsx';
import { PortfolioPicker } from '../components/portfolio-picker.tsx';
import { SyncTag } from '../components/sync-tag.tsx';
import { formatPeriod } from '../document-text.ts';
import { portfolioKindsFor } from '../portfolio.ts';
import { sortNewestFirst, type CvEntry } from '../schemas.ts';
import { entryFields, insertEntry, sectionFromSlug } from '../sections.ts';
import { useCvProfileView } from '../use-cv-view.ts';
import { ConfirmAction } from '#src/shared/ui/confirm.tsx';
import { useCanWrite } from '#src/shared/auth/use-acting-for.ts';

/** /cv/gegevens/:section — the entries of one section: add, change, remove, move, sort by date. */
export function Component() {
  const { t, i18n } = useTranslation(['cv', 'common']);
  const sectionOn = useSectionOn();
  const { section: slug } = useParams();
  const ref = sectionFromSlug(slug);
  const { query, profile, save } = useCvProfileView();
  // a helper who may only view sees the entries without the controls that change them
  const canWrite = useCanWrite();
  const [status, setStatus] = useState<string | null>(null);

  if (!ref) return <NotFoundMessage />;
  const custom = ref.section === 'custom' ? profile?.customSections.find((s) => s.id === ref.customSectionId) : undefined;
  const title = ref.section === 'custom' ? (custom?.title ?? t('sections.custom')) : t(`sections.${ref.section}`);
  const inSection = (e: CvEntry) => e.section === ref.section && e.customSectionId === ref.customSectionId;
  const language = i18n.language === 'en' ? 'en' : 'nl';

  const write = async (entries: CvEntry[], said: string) => {
    if (!profile) return;
    await save({ entries });
    setStatus(said);
  };
  const move = async (entry: CvEntry, by: -1 | 1) => {
    if (!profile) return;
    const list = profile.entries.filter(inSection);
    const at = list.findIndex((e) => e.id === entry.id);
    const other = list[at + by];
    if (!other) return;
    const entries = profile.entries.map((e) => (e.id === entry.id ? other : e.id === other.id ? entry : e));
    await write(entries, t('section.moved', { title: entry.title }));
  };
  const remove = async (entry: CvEntry) => {
    if (!profile) return;
    await write(
      profile.entries.filter((e) => e.id !== entry.id),
      t('section.removed', { title: entry.title }),
    );
  };
  const sortByDate = async () => {
    if (!profile) return;
    const sorted = sortNewestFirst(profile.entries.filter(inSection));
    let i = 0;
    await write(
      profile.entries.map((e) => (inSection(e) ? sorted[i++]! : e)),
      t('section.sorted'),
    );
  };

  return (
    <Page title={title} back={{ to: "/cv", label: t('back') }}>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <QueryState query={query}>
        {() => {
          if (!profile) return null;
          if (ref.section === 'custom' && !custom) return <NotFoundMessage />;
          const list = profile.entries.filter(inSection);
          const dated = entryFields[ref.section].dates !== 'none';
          return (
            <>
              <SyncTag sync={profile.sync} />
              {list.length === 0 ? <p>{t('section.empty')}</p> : null}
              <ol className="cv-entry-list">
                {list.map((entry, index) => {
                  const period = formatPeriod(entry.startDate, entry.endDate, language, entry.section === 'work');
                  return (
                    <li className="cv-entry-list__item" key={entry.id}>
                      <h2 className="cv-entry-list__title" dir="auto">
                        {entry.title || entry.organisation}
                      </h2>
                      {entry.draft ? <p className="status-tag status-tag--warning">{t('entry.draft')}</p> : null}
                      {entry.organisation || period ? (
                        <p className="field__hint" dir="auto">
                          {[entry.organisation, period].filter(Boolean).join(' · ')}
                        </p>
                      ) : null}
                      {entry.sourcePortfolioItemId ? <p className="field__hint">{t('section.fromPortfolio')}</p> : null}
                      {canWrite ? (
                        <div className="cv-entry-list__actions">
                          <Link className="cv-link-button" to={`/cv/gegevens/${slug}/${entry.id}`}>
                            {t('section.edit')}
                            <span className="visually-hidden">: {entry.title}</span>
                          </Link>
                          {index > 0 ? (
                            <Button variant="subtle" onClick={() => void move(entry, -1)}>
                              {t('section.up')}
                              <span className="visually-hidden">: {entry.title}</span>
                            </Button>
                          ) : null}
                          {index < list.length - 1 ? (
                            <Button variant="subtle" onClick={() => void move(entry, 1)}>
                              {t('section.down')}
                              <span className="visually-hidden">: {entry.title}</span>
                            </Button>
                          ) : null}
                          <ConfirmAction
                            variant="subtle"
                            start={
                              <>
                                {t('section.remove')}
                                <span className="visually-hidden">: {entry.title}</span>
                              </>
                            }
                            question={t('section.confirmRemove', { title: entry.title })}
                            onConfirm={() => remove(entry)}
                          />
                        </div>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
              {canWrite ? (
                <div className="button-row">
                  <Link className="button-link" to={`/cv/gegevens/${slug}/nieuw`}>
                    {t(`section.add.${ref.section}` as 'section.add.work')}
                  </Link>
                  {dated && list.length > 1 ? (
                    <Button variant="secondary" onClick={() => void sortByDate()}>
                      {t('section.sort')}
                    </Button>
                  ) : null}
                </div>
              ) : null}
              {canWrite && portfolioKindsFor[ref.section] && sectionOn('/portfolio') ? (
                <PortfolioPicker
                  section={ref.section}
                  used={new Set(profile.entries.map((e) => e.sourcePortfolioItemId).filter((v): v is string => v !== null))}
                  onPick={async (entry) => {
                    await write(insertEntry(profile.entries, entry), t('portfolio.added', { title: entry.title }));
                  }}
                />
              ) : null}
            </>
          );
        }}
      </QueryState>
      {profile?.sync === 'problem' ? (
        <Notice kind="error" title={t('profile.problem')}>
          <Link to="/wijzigingen">{t('profile.review')}</Link>
        </Notice>
      ) : null}
    </Page>
  );
}

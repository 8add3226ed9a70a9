import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { TitleForm } from '../components/title-form.tsx';
import { LIMITS, customSectionSchema } from '../schemas.ts';
import { slugOf } from '../sections.ts';
import { newId, useCvProfileView } from '../use-cv-view.ts';
import { ConfirmAction } from '#src/shared/ui/confirm.tsx';

/** /cv/gegevens/eigen — sections of the client's own (e.g. "Vrijwilligerswerk", "Mantelzorg"). */
export function Component() {
  const { t } = useTranslation(['cv', 'common']);
  const { query, profile, save } = useCvProfileView();
  const [status, setStatus] = useState('');

  const add = async (title: string) => {
    if (!profile) return;
    if (profile.customSections.length >= LIMITS.customSections) return t('custom.tooMany', { count: LIMITS.customSections });
    await save({ customSections: [...profile.customSections, { id: newId(), title }] });
    setStatus(t('custom.added', { title }));
  };
  const remove = async (id: string, name: string) => {
    if (!profile) return;
    await save({
      entries: profile.entries.filter((e) => e.customSectionId !== id),
      customSections: profile.customSections.filter((s) => s.id !== id),
    });
    setStatus(t('section.removed', { title: name }));
  };

  return (
    <Page title={t('sections.custom')} lead={t('custom.lead')} back={{ to: "/cv", label: t('back') }}>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <QueryState query={query}>
        {() =>
          profile ? (
            <>
              {profile.customSections.length === 0 ? <p>{t('custom.empty')}</p> : null}
              <ul className="cv-entry-list">
                {profile.customSections.map((s) => (
                  <li className="cv-entry-list__item" key={s.id}>
                    <h2 className="cv-entry-list__title">
                      <Link to={`/cv/gegevens/${slugOf({ section: 'custom', customSectionId: s.id })}`} dir="auto">
                        {s.title}
                      </Link>
                    </h2>
                    <p className="field__hint">{t('profile.count', { n: profile.entries.filter((e) => e.customSectionId === s.id).length })}</p>
                    <ConfirmAction
                      variant="subtle"
                      start={
                        <>
                          {t('section.remove')}
                          <span className="visually-hidden">: {s.title}</span>
                        </>
                      }
                      question={t('custom.confirmRemove', { title: s.title })}
                      onConfirm={() => remove(s.id, s.title)}
                    />
                  </li>
                ))}
              </ul>
              <TitleForm id="custom" title={customSectionSchema.shape.title} label={t('custom.newLabel')} hint={t('custom.newHint')} submitText={t('custom.add')} onSubmit={add} />
            </>
          ) : null
        }
      </QueryState>
    </Page>
  );
}

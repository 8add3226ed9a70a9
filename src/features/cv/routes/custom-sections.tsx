import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { ErrorSummary, TextField } from '#src/shared/ui/form.tsx';
import { useCvErrorText } from '../components/error-text.ts';
import { LIMITS, customSectionSchema } from '../schemas.ts';
import { slugOf } from '../sections.ts';
import { newId, useCvProfileView } from '../use-cv-view.ts';
import { ConfirmAction } from '#src/shared/ui/confirm.tsx';

/** /cv/gegevens/eigen — sections of the client's own (e.g. "Vrijwilligerswerk", "Mantelzorg"). */
export function Component() {
  const { t } = useTranslation(['cv', 'common']);
  const errorText = useCvErrorText();
  const { query, profile, save } = useCvProfileView();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState('');

  const add = async () => {
    if (!profile) return;
    const parsed = customSectionSchema.safeParse({ id: newId(), title });
    const tooMany = profile.customSections.length >= LIMITS.customSections;
    if (!parsed.success || tooMany) {
      setError(tooMany ? t('custom.tooMany', { n: LIMITS.customSections }) : errorText(parsed.error?.issues[0]?.message));
      setAttempt((n) => n + 1);
      return;
    }
    await save({ personalia: profile.personalia, profileText: profile.profileText, entries: profile.entries, customSections: [...profile.customSections, parsed.data] });
    setTitle('');
    setError(undefined);
    setStatus(t('custom.added', { title: parsed.data.title }));
  };
  const remove = async (id: string, name: string) => {
    if (!profile) return;
    await save({
      personalia: profile.personalia,
      profileText: profile.profileText,
      entries: profile.entries.filter((e) => e.customSectionId !== id),
      customSections: profile.customSections.filter((s) => s.id !== id),
    });
    setStatus(t('section.removed', { title: name }));
  };

  return (
    <Page title={t('sections.custom')} lead={t('custom.lead')}>
      <p>
        <Link to="/cv" className="back-link">
          {t('back')}
        </Link>
      </p>
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
              <form
                className="form"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  void add();
                }}
              >
                <ErrorSummary errors={error ? [{ fieldId: 'custom-title', message: error }] : []} focusKey={attempt} />
                <TextField id="custom-title" label={t('custom.newLabel')} hint={t('custom.newHint')} value={title} error={error} onChange={(e) => setTitle(e.target.value)} />
                <div className="button-row">
                  <Button type="submit">{t('custom.add')}</Button>
                </div>
              </form>
            </>
          ) : null
        }
      </QueryState>
    </Page>
  );
}

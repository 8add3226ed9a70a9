import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { FieldMessages, useErrorText } from '#src/shared/ui/form.tsx';
import { downloadJson } from '#src/shared/files/download.ts';
import { MAX_IMPORT_BYTES, readJsonResumeFile, toJsonResume, type ImportProblem } from '../json-resume.ts';
import { sectionKeys, type CvProfileInput } from '../schemas.ts';
import { newId, useCvProfileView } from '../use-cv-view.ts';

/**
 * /cv/uitwisselen — export "Mijn gegevens voor je cv" as JSON Resume, or import one: the file is
 * checked whole first; on any problem nothing is imported and the message says what is wrong.
 */
export function Component() {
  const { t } = useTranslation(['cv', 'common']);
  const errorText = useErrorText('cv');
  const navigate = useNavigate();
  const { query, profile, save } = useCvProfileView();
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);
  const [ready, setReady] = useState<CvProfileInput | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const choose = async (file: File | undefined) => {
    setProblems(null);
    setReady(null);
    if (!file) return;
    const result = await readJsonResumeFile(file, newId);
    if (result.ok) {
      setReady(result.profile);
    } else {
      setProblems(result.problems);
      requestAnimationFrame(() => problemRef.current?.focus());
    }
  };

  return (
    <Page title={t('exchange.title')} lead={t('exchange.lead')} back={{ to: "/cv", label: t('back') }}>
      <QueryState query={query}>
        {() =>
          profile ? (
            <>
              <h2>{t('exchange.exportTitle')}</h2>
              <p>{t('exchange.exportLead')}</p>
              <Button
                variant="secondary"
                onClick={() =>
                  downloadJson(toJsonResume(profile, { lastModified: profile.updatedAt ?? undefined }), 'mijn-cv-gegevens.json')
                }
              >
                {t('exchange.export')}
              </Button>

              <h2>{t('exchange.importTitle')}</h2>
              <p>{t('exchange.importLead')}</p>
              <div className="field">
                <label className="utrecht-form-label" htmlFor="cv-import-file">
                  {t('exchange.file')}
                </label>
                <FieldMessages id="cv-import-file" hint={t('exchange.fileHint', { size: Math.round(MAX_IMPORT_BYTES / 1024 / 1024) })} />
                <input
                  id="cv-import-file"
                  type="file"
                  accept=".json,application/json"
                  className="file-input"
                  aria-describedby="cv-import-file-hint"
                  onChange={(event) => {
                    void choose(event.target.files?.[0]);
                    event.target.value = '';
                  }}
                />
              </div>
              {problems ? (
                <div className="error-summary" role="alert" tabIndex={-1} ref={problemRef} aria-labelledby="cv-import-problem-title">
                  <h3 className="error-summary__title" id="cv-import-problem-title">
                    {t('exchange.problemTitle')}
                  </h3>
                  <p>{t('exchange.nothingImported')}</p>
                  <ul className="cv-problems">
                    {problems.map((p) => (
                      <li key={`${p.path}:${p.message}`}>
                        {p.path ? (
                          <>
                            <code dir="ltr">{p.path}</code>:{' '}
                          </>
                        ) : null}
                        {errorText(p.message)}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {ready ? (
                <Notice kind="info" title={t('exchange.readyTitle')}>
                  <p dir="auto">{t('exchange.readyName', { name: ready.personalia.name })}</p>
                  <ul>
                    {sectionKeys
                      .map((s) => [s, ready.entries.filter((e) => e.section === s).length] as const)
                      .filter(([, n]) => n > 0)
                      .map(([s, n]) => (
                        <li key={s}>
                          {t(`sections.${s}`)}: {n}
                        </li>
                      ))}
                  </ul>
                  <p>{t('exchange.replaces')}</p>
                  <div className="button-row">
                    <Button
                      onClick={async () => {
                        await save(ready);
                        void navigate('/cv');
                      }}
                    >
                      {t('exchange.import')}
                    </Button>
                    <Button variant="subtle" onClick={() => setReady(null)}>
                      {t('common:actions.cancel')}
                    </Button>
                  </div>
                </Notice>
              ) : null}
            </>
          ) : null
        }
      </QueryState>
    </Page>
  );
}

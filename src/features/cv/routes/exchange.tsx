import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { FieldMessages, RadioGroup } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { downloadJson } from '#src/shared/files/download.ts';
import { MAX_IMPORT_BYTES, combineProfiles, readJsonResumeFile, toJsonResume, type ImportProblem, type ImportReport } from '../json-resume.ts';
import { useImportText } from '../import-text.ts';
import type { CvProfileInput } from '../schemas.ts';
import { newId, useCvProfileView } from '../use-cv-view.ts';

const modeSchema = z.object({ mode: z.enum(['add', 'replace']) });
type Mode = z.infer<typeof modeSchema>;

/**
 * /cv/uitwisselen — export "Mijn gegevens voor je cv" as JSON Resume, or import one. Every problem
 * of a file is listed at once, naming the entry; nothing changes until the person has seen what
 * comes in, what is kept without being shown, and chose to add or to replace.
 */
export function Component() {
  const { t } = useTranslation(['cvExchange', 'cv', 'common']);
  const text = useImportText();
  const navigate = useNavigate();
  const { query, profile, save } = useCvProfileView();
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);
  const [ready, setReady] = useState<{ profile: CvProfileInput; report: ImportReport } | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const readyRef = useRef<HTMLHeadingElement>(null);

  const choose = async (file: File | undefined) => {
    setProblems(null);
    setReady(null);
    if (!file) return;
    const result = await readJsonResumeFile(file, newId);
    if (result.ok) {
      setReady(result);
      requestAnimationFrame(() => readyRef.current?.focus());
    } else {
      setProblems(result.problems);
      requestAnimationFrame(() => problemRef.current?.focus());
    }
  };

  return (
    <Page title={t('exchange.title')} lead={t('exchange.lead')} back={{ to: '/cv', label: t('cv:back') }}>
      <QueryState query={query}>
        {() =>
          profile ? (
            <>
              <h2>{t('exchange.exportTitle')}</h2>
              <p>{t('exchange.exportLead')}</p>
              <Button variant="secondary" onClick={() => downloadJson(toJsonResume(profile, { lastModified: profile.updatedAt ?? undefined }), 'mijn-cv-gegevens.json')}>
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
                    {problems.map((p, i) => (
                      <li key={i} dir="auto">
                        {text.problem(p)}
                      </li>
                    ))}
                  </ul>
                  <p>{t('exchange.fixAndRetry')}</p>
                </div>
              ) : null}
              {ready ? (
                <ImportChoice
                  report={ready.report}
                  headingRef={readyRef}
                  onCancel={() => setReady(null)}
                  onImport={async ({ mode }) => {
                    await save(combineProfiles(profile, ready.profile, mode, newId));
                    void navigate('/cv');
                  }}
                />
              ) : null}
            </>
          ) : null
        }
      </QueryState>
    </Page>
  );
}

/** The report of a file that is in order, and the choice: add or replace. */
function ImportChoice({ report, headingRef, onImport, onCancel }: { report: ImportReport; headingRef: React.Ref<HTMLHeadingElement>; onImport: (v: Mode) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation(['cvExchange', 'cv', 'common']);
  const text = useImportText();
  const { register, submit, formState } = useAppForm<Mode, Mode>({ defaultValues: { mode: 'add' }, schema: modeSchema, idPrefix: 'cv-import', ns: 'cv' });
  return (
    <section className="cv-import-report" aria-labelledby="cv-import-report-title">
      <h3 id="cv-import-report-title" tabIndex={-1} ref={headingRef}>
        {t('exchange.reportTitle')}
      </h3>
      <ul>
        {report.counts.map(({ section, count }) => (
          <li key={section}>{t(`exchange.count.${section}`, { count })}</li>
        ))}
      </ul>
      {report.drafts.length > 0 ? (
        <Notice kind="warning" title={t('exchange.draftsTitle')}>
          <ul>
            {report.drafts.map((d, i) => (
              <li key={i} dir="auto">
                {t('exchange.draftItem', { entry: text.place(d.place), field: text.field(d.field) })}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {report.kept.length > 0 ? (
        <>
          <h3>{t('exchange.keptTitle')}</h3>
          <p>{t('exchange.keptLead')}</p>
          <ul>
            {report.kept.flatMap((k, i) =>
              k.fields.map((name) => (
                <li key={`${i}-${name}`} dir="auto">
                  {text.kept(k.place, name)}
                </li>
              )),
            )}
          </ul>
        </>
      ) : null}
      <form noValidate className="form" onSubmit={submit(onImport)}>
        <RadioGroup
          id="cv-import-mode"
          legend={t('exchange.modeLegend')}
          choices={[
            { value: 'add', label: <>{t('exchange.modeAdd')}<span className="field__hint">{t('exchange.modeAddHint')}</span></> },
            { value: 'replace', label: <>{t('exchange.modeReplace')}<span className="field__hint">{t('exchange.modeReplaceHint')}</span></> },
          ]}
          {...register('mode')}
        />
        <div className="button-row">
          <Button type="submit" busy={formState.isSubmitting}>
            {t('exchange.start')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

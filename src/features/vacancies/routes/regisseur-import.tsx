import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { FileField } from '#src/shared/ui/form.tsx';
import { newId } from '#src/shared/lib/ids.ts';
import { useRecordSync } from '#src/shared/offline/react.ts';
import { jsonLdEntries } from '../jsonld.ts';
import { importReportKey, useImportVacancies } from '../api/import-vacancies.ts';
import type { VacancyImportReport } from '../matching/schemas.ts';
import { MAX_IMPORT_ENTRIES } from '../matching/schemas.ts';

const MAX_FILE_BYTES = 900 * 1024;

function Report({ report }: { report: VacancyImportReport }) {
  const { t } = useTranslation(['matching', 'common']);
  const problems = report.entries.filter((e) => e.status !== 'imported');
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">{t('import.reportTitle')}</h2>
      <Notice kind={report.counts.invalid > 0 ? 'warning' : 'success'} live="polite">
        <p>{t('import.imported', { count: report.counts.imported })}</p>
        {report.counts.duplicate > 0 ? <p>{t('import.duplicates', { count: report.counts.duplicate })}</p> : null}
        {report.counts.invalid > 0 ? <p>{t('import.invalid', { count: report.counts.invalid })}</p> : null}
      </Notice>
      {problems.length > 0 ? (
        <ul className="card-list">
          {problems.map((entry) => (
            <li key={entry.entry} className="card-list__item" data-testid="import-problem">
              <p className="card-list__title">
                {t('import.entry', { n: entry.entry })}
                {entry.title ? (
                  <>
                    {' – '}
                    <span lang="nl">{entry.title}</span>
                  </>
                ) : null}
              </p>
              {entry.status === 'duplicate' ? (
                <p>{t('import.isDuplicate')}</p>
              ) : (
                <ul>
                  {entry.errors.map((error) => (
                    <li key={`${error.field}:${error.message}`}>
                      {t('import.field', { field: error.field })} {t(error.message as 'common:validation.invalid', { ns: 'common', defaultValue: t('import.unknownProblem') })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/regisseur">{t('import.toList')}</Link>
      </p>
    </section>
  );
}

/**
 * The regisseur imports a JSON-LD file of schema.org JobPostings: read on the device, sent as one
 * write through the outbox; the server checks each entry, stores all valid ones at once and
 * answers a report per entry.
 */
export function Component() {
  const { t } = useTranslation('matching');
  const [importId, setImportId] = useState<string | null>(null);
  const [recordId, setRecordId] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const { write, error } = useImportVacancies();
  const sync = useRecordSync(recordId);
  const report = useQuery<VacancyImportReport>({ queryKey: importReportKey(importId ?? ''), queryFn: () => Promise.reject(new Error('not read')), enabled: false });

  const onFile = async (file: File) => {
    setFileError(undefined);
    if (file.size > MAX_FILE_BYTES) return setFileError(t('import.tooLarge'));
    let entries: unknown[];
    try {
      entries = jsonLdEntries(JSON.parse(await file.text()) as unknown);
    } catch {
      return setFileError(t('import.notJson'));
    }
    if (entries.length === 0) return setFileError(t('import.empty'));
    if (entries.length > MAX_IMPORT_ENTRIES) return setFileError(t('import.tooMany', { max: MAX_IMPORT_ENTRIES }));
    const id = newId();
    const record = await write({ payload: { importId: id, input: { fileName: file.name.slice(0, 200), entries } } });
    if (record) {
      setImportId(id);
      setRecordId(record.id);
    }
  };

  return (
    <Page title={t('import.title')} lead={t('import.lead')}>
      <p>
        <Link to="/regisseur" className="back-link">
          {t('vacancy.back')}
        </Link>
      </p>
      <FileField id="import-file" label={t('import.file')} hint={t('import.fileHint')} error={fileError} accept=".jsonld,.json,application/ld+json,application/json" onFile={(file) => void onFile(file)} />
      {error ? <Notice kind="error">{error}</Notice> : null}
      {report.data ? (
        <Report report={report.data} />
      ) : importId ? (
        <p role="status">{sync === 'sent' ? t('import.sent') : t('import.saved')}</p>
      ) : null}
    </Page>
  );
}

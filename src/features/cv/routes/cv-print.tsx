import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { downloadBlob } from '#src/shared/files/download.ts';
import { cvToDocx, warmWordExport } from '../docx.ts';
import { fileNameOf } from '../download.ts';
import { cvOutline } from '../outline.ts';
import { CvPreview } from '../components/cv-preview.tsx';
import { NotFoundMessage } from '../components/not-found.tsx';
import { resolveCv, type ResolvedCv } from '../schemas.ts';
import { useCvListView, useCvProfileView } from '../use-cv-view.ts';

/**
 * /cv/:cvId/afdrukken — the CV alone, for "Afdrukken" or "Opslaan als PDF" (window.print; A4
 * print stylesheet). The CV carries its own `lang`; while printing, the document takes it too.
 */
export function Component() {
  const { t } = useTranslation(['cv', 'common']);
  const { cvId = '' } = useParams();
  // the Word library, fetched in the background so a Word file can be made offline later
  useEffect(warmWordExport, []);
  const { query: profileQuery, profile } = useCvProfileView();
  const { query, cvs } = useCvListView();
  const cv = cvs.find((c) => c.id === cvId);
  return (
    <div className="cv-print">
      <Page title={cv ? cv.title : t('print.title')}>
        <div className="no-print">
          <p>
            <Link to={`/cv/${cvId}`} className="back-link">
              {t('print.back')}
            </Link>
          </p>
          <p>{t('print.lead')}</p>
          <ul>
            <li>{t('print.tipPhone')}</li>
            <li>{t('print.tipComputer')}</li>
          </ul>
        </div>
        <QueryState query={query}>
          {() => (
            <QueryState query={profileQuery}>
              {() => (cv && profile ? <PrintedCv cv={resolveCv(profile, cv)} /> : <NotFoundMessage />)}
            </QueryState>
          )}
        </QueryState>
      </Page>
    </div>
  );
}

function PrintedCv({ cv }: { cv: ResolvedCv }) {
  const { t } = useTranslation('cv');
  // The CV itself carries lang; while printing (the PDF) the whole document speaks its language.
  useEffect(() => {
    const html = document.documentElement;
    let before = html.lang;
    const set = () => {
      before = html.lang;
      html.lang = cv.language;
    };
    const reset = () => {
      html.lang = before;
    };
    window.addEventListener('beforeprint', set);
    window.addEventListener('afterprint', reset);
    return () => {
      window.removeEventListener('beforeprint', set);
      window.removeEventListener('afterprint', reset);
    };
  }, [cv.language]);
  return (
    <>
      <div className="no-print">
        <div className="button-row">
          <Button onClick={() => window.print()}>{t('print.now')}</Button>
        </div>
        <WordDownload cv={cv} />
      </div>
      <CvPreview cv={cv} showTitle={false} />
    </>
  );
}

/** The same CV as a Word file, made on this device (the library loads on the first click; precached, so offline too). */
function WordDownload({ cv }: { cv: ResolvedCv }) {
  const { t } = useTranslation('cv');
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      downloadBlob(await cvToDocx(cvOutline(cv)), fileNameOf(cv.title, 'docx'));
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <p>{t('print.wordHint')}</p>
      <div className="button-row">
        <Button variant="secondary" busy={state === 'busy'} onClick={() => void download()}>
          {t('print.word')}
        </Button>
      </div>
      {state === 'failed' ? (
        <p className="field__error" role="alert">
          {t('print.wordFailed')}
        </p>
      ) : null}
    </>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '#src/shared/ui/notice.tsx';
import { countPages, measureBlocks } from '../pages.ts';
import type { ResolvedCv } from '../schemas.ts';
import { CvDocument } from './cv-document.tsx';

/**
 * The live preview: the CV as a sheet, plus an invisible copy at the printed width (A4 minus
 * margins) to estimate the number of pages; past two pages a warning says so.
 */
export function CvPreview({ cv, showTitle = true }: { cv: ResolvedCv; showTitle?: boolean }) {
  const { t } = useTranslation('cv');
  const measure = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(1);
  useEffect(() => {
    const root = measure.current;
    if (!root) return;
    const update = () => setPages(countPages(measureBlocks(root)));
    update();
    // fonts can change the heights once loaded
    void document.fonts?.ready.then(update);
  }, [cv]);
  return (
    <section aria-labelledby="cv-preview-title">
      <h2 id="cv-preview-title" className={showTitle ? 'cv-preview-title' : 'cv-preview-title visually-hidden'}>
        {t('preview.title')}
      </h2>
      <p className="field__hint no-print" data-testid="cv-page-count">
        {t('preview.pages', { n: pages })}
      </p>
      {pages > 2 ? (
        <div className="no-print">
          <Notice kind="warning" title={t('preview.tooLong')}>
            <p>{t('preview.tooLongBody')}</p>
          </Notice>
        </div>
      ) : null}
      <div className="cv-preview">
        <CvDocument cv={cv} />
      </div>
      <div className="cv-measure" aria-hidden="true" ref={measure} inert>
        <CvDocument cv={cv} />
      </div>
    </section>
  );
}

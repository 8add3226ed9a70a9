import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { FileField } from '#src/shared/ui/form.tsx';
import { apiBlob } from '#src/shared/api/client.ts';
import { useSession } from '#src/shared/auth/use-session.ts';
import { downloadBlob } from '#src/shared/files/download.ts';
import { filePath } from '#src/shared/files/upload.ts';
import { newId } from '../api/keys.ts';
import { usePutItem } from '../api/put-item.ts';
import { useUploadFile } from '../api/upload-file.ts';
import { usePortfolioView } from '../use-portfolio-view.ts';
import { usePartialDate } from '../labels.ts';
import type { PortfolioFile, ReadError } from '../zip.ts';
import { readZipOffPage, type ZipRead } from '../read-zip.ts';

const loadZip = () => import('../zip.ts');
// this screen is not precached but cached at runtime and warmed after the sign-in (issue 15,
// src/app/router.tsx `onDemand`): its zip reader comes with it, so an import works offline too
void loadZip().catch(() => undefined);

const MB = 1024 * 1024;
/** A name from a zip, fit to show in a sentence: no control or direction characters, not too long. */
function shown(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

function download(bytes: Uint8Array, name: string) {
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name);
}

/** Export the whole portfolio as one zip, and import such a zip back (checked completely first). */
export function Component() {
  const { t, i18n } = useTranslation(['portfolioKeep', 'portfolio', 'sync', 'common']);
  const id = useId();
  const { user } = useSession();
  const { items, clientId } = usePortfolioView();
  const putItem = usePutItem();
  const uploadFile = useUploadFile();
  const partial = usePartialDate();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | undefined>();
  const [importError, setImportError] = useState<string | undefined>();
  const [ready, setReady] = useState<{ portfolio: PortfolioFile; files: Map<string, Uint8Array> } | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  /** While a zip is being checked: how far (0–1). */
  const [checking, setChecking] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const job = useRef<ZipRead | null>(null);
  // leaving the page stops a check that is still running
  useEffect(() => () => job.current?.cancel(), []);

  const exportZip = async () => {
    setExporting(true);
    setExportError(undefined);
    try {
      const zip = await loadZip();
      const files = new Map<string, Uint8Array>();
      for (const item of items) {
        for (const a of item.attachments) files.set(a.id, new Uint8Array(await (await apiBlob(filePath(clientId, a.id))).arrayBuffer()));
      }
      const portfolio: PortfolioFile = {
        format: zip.PORTFOLIO_FORMAT,
        version: zip.PORTFOLIO_FORMAT_VERSION,
        exportedAt: new Date().toISOString(),
        items: items.filter((i) => i.version > 0).map(zip.toExportItem),
      };
      const bytes = zip.buildPortfolioZip(portfolio, files, {
        title: t('keep.indexTitle', { name: user?.name ?? '' }),
        exportedAt: t('keep.indexExported', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()) }),
        kind: (item) => (item.subKind ? t(`portfolio:subKinds.${item.subKind}` as 'portfolio:subKinds.work') : t(`portfolio:kinds.${item.kind}.label`)),
        period: (item) => [partial(item.startDate), partial(item.endDate)].filter(Boolean).join(' – '),
        files: t('portfolio:attachments.title'),
        lang: i18n.language,
        dir: i18n.dir(i18n.language),
      });
      download(bytes, `e-portfolio-${new Date().toISOString().slice(0, 10)}.zip`);
    } catch {
      setExportError(t('keep.exportFailed'));
    } finally {
      setExporting(false);
    }
  };

  const explain = (error: ReadError | { code: 'failed' }): string => {
    switch (error.code) {
      case 'unpackedTooBig':
        return t('keep.errors.unpackedTooBig', { mb: Math.round(error.limit / MB) });
      case 'entryTooBig':
        return t('keep.errors.entryTooBig', { name: shown(error.name), mb: Math.round(error.limit / MB) });
      case 'damaged':
      case 'unsafePath':
      case 'duplicateName':
        return t(`keep.errors.${error.code}`, { name: shown(error.name) });
      case 'newerVersion':
        return t('keep.errors.newerVersion', { version: error.version });
      case 'invalid':
      case 'duplicateId':
        return t(`keep.errors.${error.code}`, { where: error.where });
      case 'missingFile':
      case 'fileSize':
        return t(`keep.errors.${error.code}`, { name: shown(error.name) });
      default:
        return t(`keep.errors.${error.code}`);
    }
  };

  const choose = async (file: File) => {
    job.current?.cancel();
    setImportError(undefined);
    putItem.clearError();
    uploadFile.clearError();
    setReady(null);
    setImported(null);
    setStatus('');
    const zip = await loadZip();
    if (file.size > zip.ZIP_MAX_BYTES) return setImportError(explain({ code: 'tooBig' }));
    // checked off the page (a Web Worker): the page only gets progress and the result
    const current: ZipRead = readZipOffPage(file, (done) => {
      // progress only ever arrives later (a message, or after a pause)
      if (job.current === current) setChecking(done);
    });
    job.current = current;
    setChecking(0);
    const result = await current.result;
    if (job.current !== current) return;
    job.current = null;
    setChecking(null);
    if ('cancelled' in result) return setStatus(t('keep.stopped'));
    if (!result.ok) {
      setStatus(t('keep.refused'));
      return setImportError(explain(result.error));
    }
    setReady({ portfolio: result.portfolio, files: result.files });
  };

  const stop = () => {
    job.current?.cancel();
  };

  const importAll = async () => {
    if (!ready) return;
    setImportError(undefined);
    const zip = await loadZip();
    const taken = new Set(items.map((i) => i.id));
    // a write that is not saved (full disk: the hook's error is shown) stops the import
    for (const item of ready.portfolio.items) {
      const itemId = taken.has(item.id) ? newId() : item.id;
      const { id: _id, createdAt: _c, updatedAt: _u, attachments, comments: _comments, ...input } = item;
      if (!(await putItem.write({ payload: { itemId, input }, baseVersion: 0 }))) return;
      for (const a of attachments) {
        const content = ready.files.get(a.id);
        if (!content) continue;
        const payload = { itemId, fileId: newId(), name: a.name, type: a.type, size: a.size, data: zip.bytesToBase64(content) };
        if (!(await uploadFile.write({ payload }))) return;
      }
    }
    setImported(ready.portfolio.items.length);
    setReady(null);
  };

  const fileCount = ready ? ready.portfolio.items.reduce((n, i) => n + i.attachments.length, 0) : 0;

  return (
    <Page title={t('keep.title')} lead={t('keep.lead')} back={{ to: '/portfolio', label: t('portfolio:actions.backToList') }}>
      <section aria-labelledby={`${id}-export`}>
        <h2 id={`${id}-export`}>{t('keep.exportTitle')}</h2>
        <p>{t('keep.exportBody')}</p>
        <Button onClick={() => void exportZip()} disabled={exporting || items.length === 0}>
          {t('keep.export')}
        </Button>
        {exportError ? (
          <p role="alert" className="utrecht-form-field-error-message">
            {exportError}
          </p>
        ) : null}
      </section>
      <section aria-labelledby={`${id}-import`}>
        <h2 id={`${id}-import`}>{t('keep.importTitle')}</h2>
        <p>{t('keep.importBody')}</p>
        <FileField id={`${id}-file`} label={t('keep.chooseZip')} hint={t('keep.chooseHint')} error={importError ?? putItem.error ?? uploadFile.error ?? undefined} accept=".zip,application/zip" onFile={(file) => void choose(file)} />
        {checking !== null ? (
          <div className="zip-check">
            <label htmlFor={`${id}-progress`}>{t('keep.checking')}</label>
            <progress id={`${id}-progress`} max={100} value={Math.round(checking * 100)} />
            <Button variant="secondary" onClick={stop}>
              {t('keep.stop')}
            </Button>
          </div>
        ) : null}
        {/* polite, and in steps of 10%, so a screen reader is not flooded */}
        <p role="status" className="field__hint">
          {checking !== null ? t('keep.checkingStatus', { percent: Math.floor(checking * 10) * 10 }) : status}
        </p>
        {ready ? (
          <Notice kind="info" live="polite" title={t('keep.checked')}>
            <p>{t('keep.summary', { items: ready.portfolio.items.length, files: fileCount })}</p>
            <Button onClick={() => void importAll()}>{t('keep.import')}</Button>
          </Notice>
        ) : null}
        {imported !== null ? (
          <Notice kind="success" live="polite" title={t('keep.imported', { count: imported })}>
            <p>{t('keep.importedBody')}</p>
          </Notice>
        ) : null}
      </section>
    </Page>
  );
}

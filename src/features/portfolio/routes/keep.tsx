import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { FileField } from '#src/shared/ui/form.tsx';
import { apiBlob } from '#src/shared/api/client.ts';
import { useSession } from '#src/shared/auth/use-session.ts';
import { getAppOutbox, isStorageFullError } from '#src/shared/offline/outbox.ts';
import { filePath } from '#src/shared/files/upload.ts';
import { itemLane, newId } from '../api/keys.ts';
import { putItemKind } from '../api/put-item.ts';
import { uploadFileKind } from '../api/upload-file.ts';
import { usePortfolioView } from '../use-portfolio-view.ts';
import { usePartialDate } from '../labels.ts';
import type { PortfolioFile, ReadError } from '../zip.ts';

const loadZip = () => import('../zip.ts');

function download(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Export the whole portfolio as one zip, and import such a zip back (checked completely first). */
export function Component() {
  const { t, i18n } = useTranslation(['portfolio', 'sync', 'common']);
  const id = useId();
  const { user } = useSession();
  const { items, clientId } = usePortfolioView();
  const partial = usePartialDate();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | undefined>();
  const [importError, setImportError] = useState<string | undefined>();
  const [ready, setReady] = useState<{ portfolio: PortfolioFile; files: Map<string, Uint8Array> } | null>(null);
  const [imported, setImported] = useState<number | null>(null);

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
        kind: (item) => (item.subKind ? t(`subKinds.${item.subKind}` as 'subKinds.work') : t(`kinds.${item.kind}.label`)),
        period: (item) => [partial(item.startDate), partial(item.endDate)].filter(Boolean).join(' – '),
        files: t('attachments.title'),
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

  const explain = (error: ReadError): string => {
    switch (error.code) {
      case 'newerVersion':
        return t('keep.errors.newerVersion', { version: error.version });
      case 'invalid':
      case 'duplicateId':
        return t(`keep.errors.${error.code}`, { where: error.where });
      case 'missingFile':
      case 'fileSize':
        return t(`keep.errors.${error.code}`, { name: error.name });
      default:
        return t(`keep.errors.${error.code}`);
    }
  };

  const choose = async (file: File) => {
    setImportError(undefined);
    setReady(null);
    setImported(null);
    const zip = await loadZip();
    if (file.size > zip.ZIP_MAX_BYTES) return setImportError(explain({ code: 'tooBig' }));
    const result = zip.readPortfolioZip(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) return setImportError(explain(result.error));
    setReady({ portfolio: result.portfolio, files: result.files });
  };

  const importAll = async () => {
    const outbox = getAppOutbox();
    if (!ready || !outbox || !user) return;
    const zip = await loadZip();
    const taken = new Set(items.map((i) => i.id));
    try {
      for (const item of ready.portfolio.items) {
        const itemId = taken.has(item.id) ? newId() : item.id;
        const { id: _id, createdAt: _c, updatedAt: _u, attachments, comments: _comments, ...input } = item;
        await outbox.enqueue({ lane: itemLane(itemId), kind: putItemKind, payload: { itemId, input }, ownerId: user.id, baseVersion: 0 });
        for (const a of attachments) {
          const content = ready.files.get(a.id);
          if (!content) continue;
          await outbox.enqueue({
            lane: itemLane(itemId),
            kind: uploadFileKind,
            payload: { itemId, fileId: newId(), name: a.name, type: a.type, size: a.size, data: zip.bytesToBase64(content) },
            ownerId: user.id,
          });
        }
      }
      setImported(ready.portfolio.items.length);
      setReady(null);
    } catch (e) {
      setImportError(isStorageFullError(e) ? t('sync:page.fullDisk') : t('common:errors.server'));
    }
  };

  const fileCount = ready ? ready.portfolio.items.reduce((n, i) => n + i.attachments.length, 0) : 0;

  return (
    <Page title={t('keep.title')} lead={t('keep.lead')}>
      <p>
        <Link to="/portfolio" className="back-link">
          {t('actions.backToList')}
        </Link>
      </p>
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
        <FileField id={`${id}-file`} label={t('keep.chooseZip')} hint={t('keep.chooseHint')} error={importError} accept=".zip,application/zip" onFile={(file) => void choose(file)} />
        {ready ? (
          <Notice kind="info" title={t('keep.checked')}>
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

import { strFromU8, strToU8, zipSync } from 'fflate';
import { z } from 'zod';
import { FILE_MAX_BYTES } from '#src/shared/files/limits.ts';
import { fileTypeSchema } from '#src/shared/files/schemas.ts';
import { idSchema, isoDateTimeSchema } from '#src/shared/lib/domain.ts';
import { commentSchema, itemInputSchema, type Item } from './schemas.ts';
import { unpackPortfolioZip, type UnpackResult } from './unpack.ts';
import type { UnzipError, UnzipOptions } from './unzip.ts';

export { UNZIPPED_MAX_BYTES, ZIP_MAX_BYTES } from './unpack.ts';

/**
 * The portable portfolio: one zip with `portfolio.json` (machine-readable, versioned), the
 * files under `files/`, and a readable `index.html` (static, no scripts, all text escaped).
 * Pure functions: building and reading never touch the network or the outbox. This module is
 * imported lazily (it pulls in fflate), so it is not in the first download.
 */

export const PORTFOLIO_FORMAT = 'werkmap-portfolio';
export const PORTFOLIO_FORMAT_VERSION = 1;
export const ITEMS_MAX = 1000;

const exportAttachmentSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  type: fileTypeSchema,
  size: z.number().int().positive().max(FILE_MAX_BYTES),
  path: z.string().regex(/^files\/[A-Za-z0-9_-]+\/[^/\\]+$/),
});

export const exportItemSchema = itemInputSchema.safeExtend({
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  attachments: z.array(exportAttachmentSchema).max(50),
  comments: z.array(commentSchema).max(500),
});
export type ExportItem = z.infer<typeof exportItemSchema>;

export const portfolioFileSchema = z.object({
  format: z.literal(PORTFOLIO_FORMAT),
  version: z.literal(PORTFOLIO_FORMAT_VERSION),
  exportedAt: isoDateTimeSchema,
  items: z.array(exportItemSchema).max(ITEMS_MAX),
});
export type PortfolioFile = z.infer<typeof portfolioFileSchema>;

export type ReadError =
  | UnzipError
  | { code: 'tooBig' }
  | { code: 'noJson' }
  | { code: 'badJson' }
  | { code: 'wrongFormat' }
  | { code: 'newerVersion'; version: number }
  | { code: 'invalid'; where: string }
  | { code: 'missingFile'; name: string }
  | { code: 'fileSize'; name: string }
  | { code: 'duplicateId'; where: string };

export type ReadResult = { ok: true; portfolio: PortfolioFile; files: Map<string, Uint8Array> } | { ok: false; error: ReadError };

/** The file's place in the zip: its own folder (by id) keeps equal names apart. */
export function filePathOf(attachment: { id: string; name: string }): string {
  const safe = [...attachment.name].map((c) => (c.charCodeAt(0) < 32 || '/\\:*?"<>|'.includes(c) ? '_' : c)).join('').slice(0, 150) || 'bestand';
  return `files/${attachment.id}/${safe}`;
}

export function toExportItem(item: Item): ExportItem {
  return {
    id: item.id,
    kind: item.kind,
    subKind: item.subKind,
    title: item.title,
    description: item.description,
    organisation: item.organisation,
    startDate: item.startDate,
    endDate: item.endDate,
    tags: item.tags,
    link: item.link,
    starr: item.starr,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    attachments: item.attachments.map((a) => ({ id: a.id, name: a.name, type: a.type, size: a.size, path: filePathOf(a) })),
    comments: item.comments,
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

export type IndexTexts = { title: string; exportedAt: string; kind: (item: ExportItem) => string; period: (item: ExportItem) => string; files: string; lang: string; dir: 'ltr' | 'rtl' };

/** A readable page of the whole portfolio: static, no scripts, every text escaped; links only to the files in the zip. */
export function renderIndexHtml(portfolio: PortfolioFile, texts: IndexTexts): string {
  const e = escapeHtml;
  const items = portfolio.items
    .map((item) => {
      const meta = [texts.kind(item), item.organisation ?? '', texts.period(item)].filter(Boolean).map(e).join(' · ');
      const starr = item.starr
        ? `<dl>${Object.values(item.starr)
            .map((v, i) => `<dt>${['S', 'T', 'A', 'R', 'R'][i]}</dt><dd dir="auto">${e(v)}</dd>`)
            .join('')}</dl>`
        : '';
      const files = item.attachments.length
        ? `<p>${e(texts.files)}</p><ul>${item.attachments.map((a) => `<li><a href="${e(a.path.split('/').map(encodeURIComponent).join('/'))}">${e(a.name)}</a></li>`).join('')}</ul>`
        : '';
      const link = item.link ? `<p dir="ltr">${e(item.link)}</p>` : '';
      const tags = item.tags.length ? `<p dir="auto">${item.tags.map(e).join(', ')}</p>` : '';
      return `<article><h2 dir="auto">${e(item.title)}</h2><p>${meta}</p>${item.description ? `<p dir="auto" style="white-space:pre-wrap">${e(item.description)}</p>` : ''}${starr}${link}${tags}${files}</article>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${e(texts.lang)}" dir="${texts.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">
<title>${e(texts.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-inline-size:48rem;margin:auto;padding:1rem;line-height:1.5}article{border-block-end:1px solid #ccc;padding-block:1rem}</style>
</head>
<body>
<h1>${e(texts.title)}</h1>
<p>${e(texts.exportedAt)}</p>
${items}
</body>
</html>
`;
}

/** The zip: portfolio.json, index.html and every file. */
export function buildPortfolioZip(portfolio: PortfolioFile, files: ReadonlyMap<string, Uint8Array>, texts: IndexTexts): Uint8Array {
  const entries: Record<string, Uint8Array> = {
    'portfolio.json': strToU8(JSON.stringify(portfolio, null, 2)),
    'index.html': strToU8(renderIndexHtml(portfolio, texts)),
  };
  for (const item of portfolio.items) {
    for (const a of item.attachments) {
      const content = files.get(a.id);
      if (content) entries[a.path] = content;
    }
  }
  return zipSync(entries, { level: 6 });
}

/**
 * Reads and checks a zip completely before anything is done with it: the size, the zip itself
 * (names, bytes really unpacked, CRCs: see unzip.ts), the JSON, its format and version, every
 * item (with zod), and that every file is there with its size. The first problem found is
 * returned, with where it is. Pure: the import unpacks in a Web Worker (zip.worker.ts) and
 * checks on the page, or does both on the page where there are no workers (read-zip.ts).
 */
export async function readPortfolioZip(bytes: Uint8Array, options: Pick<UnzipOptions, 'onProgress' | 'pause'> = {}): Promise<ReadResult> {
  return checkPortfolio(await unpackPortfolioZip(bytes, options));
}

/** The second half (after `unpackPortfolioZip`): the JSON, its format and version, every item, every file. */
export function checkPortfolio(zip: UnpackResult): ReadResult {
  if (!zip.ok) return zip;
  const unpacked = zip.entries;
  const json = unpacked.get('portfolio.json');
  if (!json) return { ok: false, error: { code: 'noJson' } };
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(json));
  } catch {
    return { ok: false, error: { code: 'badJson' } };
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== PORTFOLIO_FORMAT) return { ok: false, error: { code: 'wrongFormat' } };
  if (typeof head.version === 'number' && head.version > PORTFOLIO_FORMAT_VERSION) return { ok: false, error: { code: 'newerVersion', version: head.version } };
  const parsed = portfolioFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { code: 'invalid', where: describePath(raw, issue?.path ?? []) } };
  }
  const portfolio = parsed.data;
  const files = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  for (const [index, item] of portfolio.items.entries()) {
    if (seen.has(item.id)) return { ok: false, error: { code: 'duplicateId', where: `${index + 1}` } };
    seen.add(item.id);
    for (const a of item.attachments) {
      if (seen.has(a.id)) return { ok: false, error: { code: 'duplicateId', where: `${index + 1}` } };
      seen.add(a.id);
      const content = unpacked.get(a.path);
      if (!content) return { ok: false, error: { code: 'missingFile', name: a.name } };
      if (content.byteLength !== a.size) return { ok: false, error: { code: 'fileSize', name: a.name } };
      files.set(a.id, content);
    }
  }
  return { ok: true, portfolio, files };
}

/** "item 3 (title), field startDate" from a zod path like ['items', 2, 'startDate']. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  if (path[0] === 'items' && typeof path[1] === 'number') {
    const items = (raw as { items?: Array<{ title?: unknown }> }).items;
    const title = typeof items?.[path[1]]?.title === 'string' ? ` "${String(items[path[1]]?.title).slice(0, 60)}"` : '';
    const rest = path.slice(2).map(String).join('.');
    return `${path[1] + 1}${title}${rest ? `: ${rest}` : ''}`;
  }
  return path.map(String).join('.') || '(portfolio.json)';
}

export function base64ToBytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

import type { CvOutline } from './outline.ts';

/**
 * The Word file (.docx) of a CV, made on the device: the same outline as the print version (the
 * same words, order, headings and language), drawn with `docx`. The library is its own chunk, not in
 * the precache (67 KiB gzip that most people never need, issue 15's budget): it is fetched when
 * someone opens their CV online (`warmWordExport`) and kept by the service worker's runtime cache,
 * so the Word file can be made offline afterwards: see docs/decisions/013-word-file-on-the-device.md.
 */

/** Fetches the Word library in the background when online under the service worker (then it is cached). */
export function warmWordExport(): void {
  if (typeof navigator === 'undefined' || !navigator.onLine || !navigator.serviceWorker?.controller) return;
  void import('docx').catch(() => undefined);
}

const LOCALE = { nl: 'nl-NL', en: 'en-GB' } as const;
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Width and height of a JPEG or PNG from its bytes (the photo keeps its shape). */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  for (let i = 2; i + 9 < bytes.length; ) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]! };
    }
    i += 2 + length;
  }
  return null;
}

function photoOf(dataUrl: string): { type: 'jpg' | 'png'; data: Uint8Array; width: number; height: number } | null {
  const match = /^data:image\/(jpeg|png);base64,(.+)$/.exec(dataUrl);
  if (!match) return null;
  const data = Uint8Array.from(atob(match[2]!), (c) => c.charCodeAt(0));
  const size = imageSize(data);
  if (!size || size.width === 0 || size.height === 0) return null;
  const width = 96;
  return { type: match[1] === 'png' ? 'png' : 'jpg', data, width, height: Math.round((size.height / size.width) * width) };
}

/** The .docx as a Blob. */
export async function cvToDocx(doc: CvOutline): Promise<Blob> {
  const { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } = await import('docx');
  const children: InstanceType<typeof Paragraph>[] = [];
  const photo = doc.photo ? photoOf(doc.photo) : null;
  if (photo) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.END,
        children: [new ImageRun({ type: photo.type, data: photo.data, transformation: { width: photo.width, height: photo.height }, altText: { name: doc.photoAlt, description: doc.photoAlt, title: doc.photoAlt } })],
      }),
    );
  }
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, text: doc.name }));
  if (doc.label) children.push(new Paragraph({ children: [new TextRun({ text: doc.label, bold: true })] }));
  if (doc.contact.length > 0) children.push(new Paragraph({ text: doc.contact.join(' · ') }));
  for (const fact of doc.facts) children.push(new Paragraph({ children: [new TextRun({ text: `${fact.term}: `, bold: true }), new TextRun(fact.value)] }));
  for (const section of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: section.title, keepNext: true }));
    for (const entry of section.entries) {
      const last = entry.bullets.length === 0;
      if (entry.period) children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: entry.period, italics: true })] }));
      if (entry.title) {
        children.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            keepNext: true,
            children: [new TextRun(entry.title), ...(entry.level ? [new TextRun({ text: ` – ${entry.level}`, bold: false })] : [])],
          }),
        );
      }
      for (const line of entry.lines) children.push(new Paragraph({ keepNext: true, text: line }));
      if (entry.text) {
        const lines = entry.text.split('\n');
        children.push(new Paragraph({ keepNext: !last, children: lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0 })) }));
      }
      for (const bullet of entry.bullets) children.push(new Paragraph({ bullet: { level: 0 }, text: bullet }));
      children.push(new Paragraph({ text: '' }));
    }
  }
  const document = new Document({
    creator: 'Werkmap',
    title: doc.name,
    styles: { default: { document: { run: { language: { value: LOCALE[doc.language] }, font: 'Calibri', size: 21 } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1020, bottom: 1020, left: 1020, right: 1020 } } }, children }],
  });
  return Packer.toBlob(document);
}

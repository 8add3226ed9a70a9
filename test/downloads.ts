import { vi } from 'vitest';

/**
 * Catches the files the app offers for download in a component test: each blob given to
 * `URL.createObjectURL`, in order, and the link click that would save it (jsdom saves nothing).
 */
export function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return { blobs, click };
}

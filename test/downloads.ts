import { vi } from 'vitest';
import ICAL from 'ical.js';

export type Download = { name: string; blob: Blob };

/**
 * Catches what the app offers as a download (`downloadBlob` in src/shared/files/download.ts): the
 * file name and the Blob, without a browser download. Spies are restored after each test.
 */
export function captureDownloads(): Download[] {
  const files: Download[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test-${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}

/** An `.ics` text parsed by ical.js (its time zones registered): the calendar and its one event. */
export function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

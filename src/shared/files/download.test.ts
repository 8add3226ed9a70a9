import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob, downloadJson } from './download.ts';

describe('downloadBlob', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('clicks a link with the file name and lets the object URL go later', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    downloadJson({ a: 1 }, 'data.json');
    expect(clicked[0]?.download).toBe('data.json');
    expect(clicked[0]?.href).toBe('blob:test');
    expect(clicked[0]?.isConnected).toBe(false);
    expect(await blobs[0]?.text()).toBe('{\n  "a": 1\n}\n');
    expect(blobs[0]?.type).toBe('application/json');
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith('blob:test');
    downloadBlob(new Blob(['x']), 'x.bin');
    expect(clicked[1]?.download).toBe('x.bin');
  });
});

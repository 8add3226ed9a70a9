import { describe, expect, it } from 'vitest';
import { dateFormatter, formatFileSize } from './format.ts';

describe('dateFormatter', () => {
  it('shows a date as that day, long by default', () => {
    expect(dateFormatter('nl')('2026-03-03')).toBe('3 maart 2026');
    expect(dateFormatter('nl', { dateStyle: 'medium' })('2026-03-03')).toBe('3 mrt 2026');
    expect(dateFormatter('en-GB')('2026-01-01')).toBe('1 January 2026');
  });

  it('shows a date-time with the time when asked', () => {
    const iso = new Date(2026, 2, 3, 14, 5).toISOString();
    expect(dateFormatter('nl')(iso)).toBe('3 maart 2026');
    expect(dateFormatter('nl', { time: true })(iso)).toBe('3 maart 2026 om 14:05');
  });
});

describe('formatFileSize', () => {
  it('says kB below a MB, MB with one decimal above', () => {
    expect(formatFileSize(10, 'nl')).toBe('1 kB');
    expect(formatFileSize(850 * 1024, 'nl')).toBe('850 kB');
    expect(formatFileSize(2.45 * 1024 * 1024, 'nl')).toBe('2,5 MB');
    expect(formatFileSize(2.45 * 1024 * 1024, 'en')).toBe('2.5 MB');
  });
});

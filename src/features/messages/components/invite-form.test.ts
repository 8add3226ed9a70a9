import { describe, expect, it } from 'vitest';
import { amsterdamInstant } from './invite-form.tsx';

describe('amsterdamInstant', () => {
  it('reads the time as Dutch local time, in winter and in summer', () => {
    expect(amsterdamInstant('2027-01-12', '14:30')).toBe('2027-01-12T13:30:00.000Z');
    expect(amsterdamInstant('2027-07-12', '14:30')).toBe('2027-07-12T12:30:00.000Z');
    expect(amsterdamInstant('2027-07-12', '00:15')).toBe('2027-07-11T22:15:00.000Z');
  });
});

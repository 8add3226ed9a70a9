import { describe, expect, it, vi } from 'vitest';
import { applyServerErrors } from './server-errors.ts';

describe('applyServerErrors', () => {
  it('puts the first message of each known top-level field on the form, and skips others', () => {
    const setError = vi.fn();
    const applied = applyServerErrors(
      { date: ['validation.date.future', 'second'], 'contact.phone': ['validation.phone'], unknown: ['x'], employer: [] },
      ['date', 'contact', 'employer'],
      setError,
    );
    expect(applied).toBe(2);
    expect(setError.mock.calls).toEqual([
      ['date', { type: 'server', message: 'validation.date.future' }],
      ['contact', { type: 'server', message: 'validation.phone' }],
    ]);
  });

  it('puts nested paths on the nested field when asked (field arrays)', () => {
    const setError = vi.fn();
    applyServerErrors({ 'freePeriods.1.end': ['validation.norm.freePeriod.endBeforeStart'] }, ['freePeriods'], setError, { nested: true });
    expect(setError).toHaveBeenCalledWith('freePeriods.1.end', { type: 'server', message: 'validation.norm.freePeriod.endBeforeStart' });
  });

  it('does nothing without errors', () => {
    const setError = vi.fn();
    expect(applyServerErrors(undefined, ['date'], setError)).toBe(0);
    expect(setError).not.toHaveBeenCalled();
  });
});

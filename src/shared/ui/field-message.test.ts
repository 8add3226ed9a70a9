import { describe, expect, it } from 'vitest';
import { messageAt, messageOf } from './field-message.ts';

describe('messageOf', () => {
  it('takes the field message, else the root message of an object field', () => {
    expect(messageOf({ type: 'custom', message: 'validation.required' })).toBe('validation.required');
    expect(messageOf({ day: { message: 'x' }, root: { type: 'custom', message: 'validation.date.invalid' } })).toBe('validation.date.invalid');
    expect(messageOf(undefined)).toBeUndefined();
    expect(messageOf({ message: '' })).toBeUndefined();
  });

  it('finds an error by a dotted path', () => {
    const errors = { title: { message: 'a' }, starr: { task: { message: 'b' } } };
    expect(messageAt(errors, 'title')).toBe('a');
    expect(messageAt(errors, 'starr.task')).toBe('b');
    expect(messageAt(errors, 'starr.action')).toBeUndefined();
    expect(messageAt(errors, 'link')).toBeUndefined();
  });
});

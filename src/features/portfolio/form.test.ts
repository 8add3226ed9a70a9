import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '#src/shared/lib/partial-date.ts';
import { emptyForm, formOf, inputOf, itemFormSchema, partialDateText } from './form.ts';
import { applyItemWrite } from './rules.ts';
import { itemInputSchema, starrSchema } from './schemas.ts';

describe('partial dates typed the Dutch way', () => {
  it.each([
    ['2021', '2021'],
    ['5-2021', '2021-05'],
    ['05/2021', '2021-05'],
    ['12-5-2021', '2021-05-12'],
    ['2021-05-12', '2021-05-12'],
    ['', null],
    ['31-2-2021', undefined],
    ['13-2021', undefined],
    ['mei 2021', undefined],
    ['1850', undefined],
  ])('%s → %s', (text, iso) => {
    expect(parsePartialDate(text)).toBe(iso);
  });

  it('shows a stored date as typed', () => {
    expect(partialDateText('2021-05')).toBe('5-2021');
    expect(partialDateText('2021-05-02')).toBe('2-5-2021');
    expect(partialDateText(null)).toBe('');
  });
});

describe('STARR reflection form', () => {
  it('asks all five parts, each with its own error', () => {
    const values = { ...emptyForm('reflection'), title: 'Eerste week', starr: { situation: 'Drukte', task: '', action: 'Hulp gevraagd', result: '', reflection: ' ' } };
    const result = itemFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['starr.reflection', 'starr.result', 'starr.task']);
    expect(result.error?.issues.every((i) => i.message === 'validation.required')).toBe(true);
  });

  it('a complete reflection becomes a valid API input; other kinds drop STARR', () => {
    const starr = { situation: 'S', task: 'T', action: 'A', result: 'R', reflection: 'R2' };
    const values = { ...emptyForm('reflection'), title: 'Eerste week', starr };
    expect(itemFormSchema.safeParse(values).success).toBe(true);
    const input = inputOf(values);
    expect(input.starr).toEqual(starr);
    expect(starrSchema.safeParse(input.starr).success).toBe(true);
    expect(itemInputSchema.safeParse(input).success).toBe(true);
    expect(inputOf({ ...emptyForm('talent'), title: 'X', starr }).starr).toBeNull();
  });

  it('errors on title, dates in the wrong order and a link that is not http(s)', () => {
    const result = itemFormSchema.safeParse({ ...emptyForm('product'), title: ' ', startDate: '2022', endDate: '3-2021', link: 'javascript:alert(1)' });
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
      title: 'validation.required',
      endDate: 'validation.portfolio.endBeforeStart',
      link: 'validation.url.web',
    });
  });

  it('form → input → item → form gives the same values', () => {
    const values = { ...emptyForm('experience'), subKind: 'care', title: 'Zorg voor mijn moeder', organisation: 'Thuis', startDate: '3-2019', endDate: '', tags: 'plannen, geduld' };
    const item = applyItemWrite(undefined, inputOf(values), { id: 'i', clientId: 'c', at: '2026-01-01T00:00:00Z' });
    expect(item.startDate).toBe('2019-03');
    expect(formOf(item)).toEqual({ ...values, tags: 'plannen, geduld' });
  });
});

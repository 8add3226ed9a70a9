import { describe, expect, it } from 'vitest';
import { filterActivities, groupByWeek, isoWeek, weekStart, NO_FILTERS } from './list.ts';
import { applyActivityWrite } from './rules.ts';
import { emptyActivityParts, type Activity, type ActivityInput } from './schemas.ts';

function activity(id: string, overrides: Partial<ActivityInput>): Activity {
  const input: ActivityInput = { ...emptyActivityParts, typeId: 'vacancy', date: '2026-03-02', how: 'email', ...overrides };
  const r = applyActivityWrite(undefined, input, { id, clientId: 'c', actor: { id: 'c', name: 'C' }, at: '2026-03-02T10:00:00Z' });
  if (!r.ok) throw new Error('x');
  return r.activity;
}

const norm = { start: '2026-03-01', periodDays: 28 };
const list = [
  activity('a', { date: '2026-04-01', employer: 'Café De Molen', jobTitle: 'Kok', results: [{ status: 'sent', date: '2026-04-01' }] }),
  activity('b', { date: '2026-03-29', employer: 'Gasunie', typeId: 'openApplication' }),
  activity('c', { date: '2026-03-23', employer: 'UMCG', jobTitle: 'Secretaresse', results: [{ status: 'sent', date: '2026-03-23' }, { status: 'invited', date: '2026-03-25' }] }),
  activity('d', { date: '2026-03-22', employer: 'UMCG', notes: 'Gebeld met de molen' }),
];

describe('weeks', () => {
  it.each([
    ['2026-03-02', '2026-03-02', 10],
    ['2026-03-08', '2026-03-02', 10],
    ['2026-01-01', '2025-12-29', 1],
    ['2027-01-01', '2026-12-28', 53],
  ])('%s is in the week of %s (week %i)', (date, monday, week) => {
    expect(weekStart(date)).toBe(monday);
    expect(isoWeek(date)).toBe(week);
  });

  it('groups newest first per week', () => {
    expect(groupByWeek(list).map((g) => [g.start, g.activities.map((a) => a.id).join('')])).toEqual([
      ['2026-03-30', 'a'],
      ['2026-03-23', 'bc'],
      ['2026-03-16', 'd'],
    ]);
  });
});

describe('filters', () => {
  it.each([
    ['all', NO_FILTERS, 'abcd'],
    ['type', { ...NO_FILTERS, typeId: 'openApplication' }, 'b'],
    ['latest result', { ...NO_FILTERS, result: 'invited' as const }, 'c'],
    ['no result yet', { ...NO_FILTERS, result: 'none' as const }, 'bd'],
    ['period', { ...NO_FILTERS, period: '1' }, 'ab'],
    ['search, any case and accents, in notes too', { ...NO_FILTERS, query: 'molen' }, 'ad'],
    ['search with two words', { ...NO_FILTERS, query: 'umcg secretaresse' }, 'c'],
  ])('%s', (_name, filters, ids) => {
    expect(filterActivities(list, filters, norm).map((a) => a.id).join('')).toBe(ids);
  });
});

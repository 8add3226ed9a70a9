import { describe, expect, it } from 'vitest';
import { filterCaseload, nextSort, NO_CASELOAD_FILTERS, sortCaseload } from './caseload-view.ts';
import type { CaseloadEntry } from './schemas.ts';
import { entry } from './test-entry.ts';

const list = [
  entry('Émile Bakker', { serviceLine: 'selfReliant', unreadMessages: 2, lastActivityAt: '2026-11-10T10:00:00Z', signals: ['noActivity'] }),
  entry('anna de Vries', { serviceLine: 'guidedSupport', progress: { count: 4, required: 4, periodEnd: '2026-12-01' }, lastActivityAt: '2026-11-17T10:00:00Z' }),
  entry('Kees Mulder', { unreadMessages: 5, openTasks: 1, overdueTasks: 1, signals: ['messageUnanswered', 'normNotMet'] }),
  entry('Bram Smit', { serviceLine: 'selfReliant', progress: { count: 1, required: 0, periodEnd: '2026-12-01' } }),
];
const names = (entries: CaseloadEntry[]) => entries.map((e) => e.name);

describe('sortCaseload', () => {
  it('sorts names by the language, accents and case ignored', () => {
    expect(names(sortCaseload(list, { key: 'name', direction: 'ascending' }))).toEqual(['anna de Vries', 'Bram Smit', 'Émile Bakker', 'Kees Mulder']);
    expect(names(sortCaseload(list, { key: 'name', direction: 'descending' }))).toEqual(['Kees Mulder', 'Émile Bakker', 'Bram Smit', 'anna de Vries']);
  });

  it('keeps empty values last in both directions, then by name', () => {
    expect(names(sortCaseload(list, { key: 'lastActivityAt', direction: 'ascending' }))).toEqual(['Émile Bakker', 'anna de Vries', 'Bram Smit', 'Kees Mulder']);
    expect(names(sortCaseload(list, { key: 'lastActivityAt', direction: 'descending' }))).toEqual(['anna de Vries', 'Émile Bakker', 'Bram Smit', 'Kees Mulder']);
  });

  it('sorts progress as a share of the norm (no norm last), counts and signals by number', () => {
    expect(names(sortCaseload(list, { key: 'progress', direction: 'descending' }))).toEqual(['anna de Vries', 'Émile Bakker', 'Kees Mulder', 'Bram Smit']);
    expect(names(sortCaseload(list, { key: 'unreadMessages', direction: 'descending' }))).toEqual(['Kees Mulder', 'Émile Bakker', 'anna de Vries', 'Bram Smit']);
    expect(names(sortCaseload(list, { key: 'signals', direction: 'descending' }))[0]).toBe('Kees Mulder');
    expect(names(sortCaseload(list, { key: 'openTasks', direction: 'descending' }))[0]).toBe('Kees Mulder');
  });

  it('does not change the list it was given', () => {
    const copy = [...list];
    sortCaseload(list, { key: 'name', direction: 'descending' });
    expect(list).toEqual(copy);
  });
});

describe('filterCaseload', () => {
  it('filters by service line, "none", signal and name words', () => {
    expect(names(filterCaseload(list, { ...NO_CASELOAD_FILTERS, serviceLine: 'selfReliant' }))).toEqual(['Émile Bakker', 'Bram Smit']);
    expect(names(filterCaseload(list, { ...NO_CASELOAD_FILTERS, serviceLine: 'none' }))).toEqual(['Kees Mulder']);
    expect(names(filterCaseload(list, { ...NO_CASELOAD_FILTERS, signal: 'normNotMet' }))).toEqual(['Kees Mulder']);
    expect(names(filterCaseload(list, { ...NO_CASELOAD_FILTERS, query: ' emile  bak ' }))).toEqual(['Émile Bakker']);
    expect(names(filterCaseload(list, { serviceLine: 'selfReliant', signal: 'noActivity', query: 'bram' }))).toEqual([]);
    expect(filterCaseload(list, NO_CASELOAD_FILTERS)).toHaveLength(4);
  });
});

describe('nextSort', () => {
  it('starts a new column in its natural direction, and toggles the same column', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'unreadMessages')).toEqual({ key: 'unreadMessages', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'lastContactAt')).toEqual({ key: 'lastContactAt', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
  });
});

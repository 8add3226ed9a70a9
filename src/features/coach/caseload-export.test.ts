import { describe, expect, it } from 'vitest';
import { CASELOAD_COLUMNS, caseloadCells, caseloadCsv, type CellTexts } from './caseload-export.ts';
import { toCsv } from '#src/shared/files/csv.ts';
import { readCaseloadPrefs, writeCaseloadPrefs } from './caseload-prefs.ts';
import { entry } from './test-entry.ts';

const texts: CellTexts = {
  serviceLine: (e) => e.serviceLine ?? 'Nog niet bepaald',
  searchPeriod: (e) => e.searchPeriodStatus,
  progress: (e) => `${e.progress.count} activiteiten, norm ${e.progress.required}`,
  date: (iso) => iso ?? 'Nog niets',
  tasks: (e) => String(e.openTasks),
  signal: (s) => `Hoog: ${s}`,
  noSignals: 'Geen signalen',
};
const headers = Object.fromEntries(CASELOAD_COLUMNS.map((k) => [k, k.toUpperCase()])) as Record<(typeof CASELOAD_COLUMNS)[number], string>;

/** A small RFC 4180 reader (semicolons), to read back what was written. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('the caseload CSV', () => {
  it('holds exactly the rows shown, in their order, with the columns as shown', () => {
    const rows = [
      entry('Kees "de Kok" Mulder', { unreadMessages: 3, signals: ['messageUnanswered', 'noActivity'] }),
      entry('Anna; de Vries', { serviceLine: 'selfReliant', lastContactAt: '2026-12-01T10:00:00Z' }),
      entry('=SOM(A1)'),
    ];
    const csv = caseloadCsv(headers, rows, texts);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const table = parse(csv);
    expect(table[0]).toEqual(CASELOAD_COLUMNS.map((k) => k.toUpperCase()));
    expect(table.slice(1)).toEqual(rows.map((row) => CASELOAD_COLUMNS.map((k) => (k === 'name' && row.name.startsWith('=') ? `'${row.name}` : caseloadCells(row, texts)[k]))));
    expect(table[1]?.[8]).toBe('Hoog: messageUnanswered; Hoog: noActivity');
    expect(table).toHaveLength(4);
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(toCsv(['a'], [['x;y'], ['say "hi"'], ['two\nlines']])).toBe('\uFEFFa\r\n"x;y"\r\n"say ""hi"""\r\n"two\nlines"\r\n');
  });
});

describe('the caseload preferences', () => {
  it('are kept per coach, and anything odd is ignored', () => {
    writeCaseloadPrefs('coach-a', { sort: { key: 'name', direction: 'descending' }, serviceLine: 'selfReliant', signal: 'noActivity' });
    expect(readCaseloadPrefs('coach-a')).toEqual({ sort: { key: 'name', direction: 'descending' }, serviceLine: 'selfReliant', signal: 'noActivity' });
    expect(readCaseloadPrefs('coach-b')).toBeNull();
    localStorage.setItem('werkmap.coach.caseload:coach-c', JSON.stringify({ sort: { key: 'bsn', direction: 'up' } }));
    expect(readCaseloadPrefs('coach-c')).toBeNull();
  });
});

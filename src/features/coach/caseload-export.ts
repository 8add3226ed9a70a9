import type { CaseloadEntry, Signal } from './schemas.ts';
import { SORT_KEYS, type SortKey } from './caseload-view.ts';
import { toCsv } from '#src/shared/files/csv.ts';

/**
 * The caseload's columns as text: the same function fills the table's cells and the CSV export,
 * so the file holds exactly what the coach sees (the rows shown, in their order, the columns as
 * shown). Made on the device; nothing is sent anywhere.
 */

/** How urgent a signal is: said in words, with an icon and a colour (never colour alone). */
export type Severity = 'high' | 'medium' | 'low';
export const SIGNAL_SEVERITY: Record<Signal, Severity> = {
  messageUnanswered: 'high',
  noActivity: 'high',
  intakeNotDecided: 'high',
  normNotMet: 'medium',
  proofMissing: 'medium',
  reviewDue: 'medium',
  intakeNotFilledIn: 'low',
};

/** What the columns need from the screen: its texts, in the coach's language. */
export type CellTexts = {
  serviceLine: (entry: CaseloadEntry) => string;
  searchPeriod: (entry: CaseloadEntry) => string;
  progress: (entry: CaseloadEntry) => string;
  date: (iso: string | null) => string;
  tasks: (entry: CaseloadEntry) => string;
  signal: (signal: Signal) => string;
  noSignals: string;
};

/** The columns, in the order shown: the sort keys. */
export const CASELOAD_COLUMNS: readonly SortKey[] = SORT_KEYS;

/** One row's cells as text, in the order of `CASELOAD_COLUMNS`. */
export function caseloadCells(entry: CaseloadEntry, texts: CellTexts): Record<SortKey, string> {
  return {
    name: entry.name,
    serviceLine: texts.serviceLine(entry),
    searchPeriodEnd: texts.searchPeriod(entry),
    progress: texts.progress(entry),
    lastActivityAt: texts.date(entry.lastActivityAt),
    lastContactAt: texts.date(entry.lastContactAt),
    unreadMessages: String(entry.unreadMessages),
    openTasks: texts.tasks(entry),
    signals: entry.signals.length === 0 ? texts.noSignals : entry.signals.map(texts.signal).join('; '),
  };
}

/** The CSV of the rows shown. */
export function caseloadCsv(headers: Record<SortKey, string>, rows: readonly CaseloadEntry[], texts: CellTexts): string {
  return toCsv(
    CASELOAD_COLUMNS.map((key) => headers[key]),
    rows.map((entry) => {
      const cells = caseloadCells(entry, texts);
      return CASELOAD_COLUMNS.map((key) => cells[key]);
    }),
  );
}

import type { AccessLogRecord, ChangeLogRecord } from './db.ts';

/** The history of changes and reads starts empty: every entry comes from a real request. */
export function seedA11y(): { changeLog: ChangeLogRecord[]; accessLog: AccessLogRecord[] } {
  return { changeLog: [], accessLog: [] };
}

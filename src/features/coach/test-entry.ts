import type { CaseloadEntry } from './schemas.ts';

/** A caseload row for tests: nothing special unless said. */
export function entry(name: string, over: Partial<CaseloadEntry> = {}): CaseloadEntry {
  return {
    clientId: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    serviceLine: null,
    searchPeriodEnd: null,
    searchPeriodStatus: 'notApplied',
    progress: { count: 0, required: 4, periodEnd: '2026-12-01' },
    lastActivityAt: null,
    lastContactAt: null,
    unreadMessages: 0,
    openTasks: 0,
    overdueTasks: 0,
    signals: [],
    ...over,
  };
}

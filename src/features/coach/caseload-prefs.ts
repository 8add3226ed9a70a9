import { SORT_KEYS, type CaseloadFilters, type CaseloadSort } from './caseload-view.ts';
import { SIGNALS } from './schemas.ts';

/**
 * The coach's sort and filters, kept per coach on this device so the caseload opens as they
 * left it. Not the name search (it may hold a client's name). Nothing is kept on a public
 * computer; like every `werkmap…` key it is wiped at sign-out.
 */

export type CaseloadPrefs = { sort: CaseloadSort; serviceLine: CaseloadFilters['serviceLine']; signal: CaseloadFilters['signal'] };

const PREFIX = 'werkmap.coach.caseload:';
const LINES = ['', 'none', 'selfReliant', 'guidedSupport', 'socialParticipation'];

export function readCaseloadPrefs(userId: string, storage: Storage | undefined = globalThis.localStorage): CaseloadPrefs | null {
  try {
    const raw = storage?.getItem(`${PREFIX}${userId}`);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<CaseloadPrefs>;
    const sort = value.sort;
    if (!sort || !SORT_KEYS.includes(sort.key) || (sort.direction !== 'ascending' && sort.direction !== 'descending')) return null;
    const serviceLine = LINES.includes(value.serviceLine ?? '') ? (value.serviceLine ?? '') : '';
    const signal = (SIGNALS as readonly string[]).includes(value.signal ?? '') ? (value.signal ?? '') : '';
    return { sort: { key: sort.key, direction: sort.direction }, serviceLine, signal };
  } catch {
    return null;
  }
}

export function writeCaseloadPrefs(userId: string, prefs: CaseloadPrefs, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(`${PREFIX}${userId}`, JSON.stringify(prefs));
  } catch {
    // a full or blocked storage: the caseload still works, it only forgets
  }
}

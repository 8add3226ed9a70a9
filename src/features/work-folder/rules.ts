import { addDays, daysBetween } from '#src/shared/lib/dates.ts';
import { lastDayOf } from '#src/shared/lib/search-period.ts';
import type {
  Activity,
  ActivityContent,
  ActivityField,
  ActivityInput,
  ActivityType,
  FreePeriod,
  Norm,
  WorkFolderConfig,
} from './schemas.ts';

/**
 * The werkmap's rules as pure functions, shared by the screens and the mock backend:
 * required fields per type, duplicates, counting against the norm per period (with
 * holidays and exemptions), and locking/versioning of handed-in activities.
 */

export function typeOf(config: Pick<WorkFolderConfig, 'types'>, typeId: string): ActivityType | undefined {
  return config.types.find((type) => type.id === typeId);
}

/** The form field a required type field is checked on (contact has two inputs: the name is required). */
const CHECKED_INPUT: Record<ActivityField, keyof ActivityContent> = {
  employer: 'employer',
  jobTitle: 'jobTitle',
  vacancy: 'vacancy',
  how: 'how',
  contact: 'contactName',
  eventTitle: 'eventTitle',
};

/**
 * Field errors (i18n keys, keyed by field) that depend on the configuration: an unknown type,
 * the type's required fields, and result steps dated before the activity.
 */
export function activityFieldErrors(input: ActivityContent, config: Pick<WorkFolderConfig, 'types'>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const type = typeOf(config, input.typeId);
  if (!type) return { typeId: ['validation.activity.typeId.required'] };
  for (const field of type.required) {
    const name = CHECKED_INPUT[field];
    if (String(input[name] ?? '').trim() === '') errors[name] = [`validation.activity.${name}.required`];
  }
  if (input.results.some((step) => step.date < input.date)) errors.results = ['validation.activity.results.beforeDate'];
  return errors;
}

/** Leaves only the fields the type asks for (a type change must not keep hidden values). */
export function pruneToType(input: ActivityContent, type: ActivityType | undefined): ActivityContent {
  if (!type) return input;
  const keep = new Set(type.fields);
  return {
    ...input,
    employer: keep.has('employer') ? input.employer : '',
    jobTitle: keep.has('jobTitle') ? input.jobTitle : '',
    vacancy: keep.has('vacancy') ? input.vacancy : '',
    how: keep.has('how') ? input.how : '',
    contactName: keep.has('contact') ? input.contactName : '',
    contactDetail: keep.has('contact') ? input.contactDetail : '',
    eventTitle: keep.has('eventTitle') ? input.eventTitle : '',
  };
}

// ---------------------------------------------------------------------------
// Duplicates
// ---------------------------------------------------------------------------

/** Words only: lower case, no accents, punctuation or extra spaces ("Zorggroep  Noorderlicht B.V." ~ "zorggroep noorderlicht bv"). */
export function normaliseText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A vacancy link or number without scheme, "www.", fragment, tracking parameters or trailing slash. */
export function normaliseVacancy(value: string): string {
  let v = value.trim().toLowerCase();
  if (!v) return '';
  v = v.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/#.*$/, '');
  const [path = '', query] = v.split('?', 2);
  const params = (query ?? '')
    .split('&')
    .filter((p) => p && !/^utm_|^ref=|^source=/.test(p))
    .sort();
  v = path.replace(/\/+$/, '') + (params.length ? `?${params.join('&')}` : '');
  return v.replace(/\s+/g, '');
}

export type Duplicate = { activity: Pick<Activity, 'id' | 'date' | 'employer' | 'jobTitle'>; reason: 'vacancy' | 'employerJobTitle' };

/**
 * The activity this one probably repeats: the same vacancy link or number (any date), or the
 * same employer and function within `windowDays`. Activities of types that do not count are ignored.
 */
export function findDuplicate(
  candidate: Pick<ActivityContent, 'typeId' | 'date' | 'employer' | 'jobTitle' | 'vacancy'> & { id?: string },
  activities: readonly Pick<Activity, 'id' | 'typeId' | 'date' | 'employer' | 'jobTitle' | 'vacancy'>[],
  windowDays: number,
): Duplicate | null {
  const vacancy = normaliseVacancy(candidate.vacancy);
  const employer = normaliseText(candidate.employer);
  const jobTitle = normaliseText(candidate.jobTitle);
  let byName: Duplicate | null = null;
  for (const other of activities) {
    if (other.id === candidate.id) continue;
    if (vacancy && normaliseVacancy(other.vacancy) === vacancy) return { activity: other, reason: 'vacancy' };
    if (
      !byName &&
      employer &&
      jobTitle &&
      normaliseText(other.employer) === employer &&
      normaliseText(other.jobTitle) === jobTitle &&
      Math.abs(daysBetween(other.date, candidate.date)) <= windowDays
    ) {
      byName = { activity: other, reason: 'employerJobTitle' };
    }
  }
  return byName;
}

// ---------------------------------------------------------------------------
// The norm, per period
// ---------------------------------------------------------------------------

export type Period = { index: number; start: string; end: string };

/** The period a date falls in: periods of `periodDays` back to back from the norm's start (index may be negative). */
export function periodOf(norm: Pick<Norm, 'start' | 'periodDays'>, date: string): Period {
  const index = Math.floor(daysBetween(norm.start, date) / norm.periodDays);
  return periodAt(norm, index);
}

export function periodAt(norm: Pick<Norm, 'start' | 'periodDays'>, index: number): Period {
  const start = addDays(norm.start, index * norm.periodDays);
  return { index, start, end: lastDayOf(start, norm.periodDays) };
}

/** Days of [start, end] covered by at least one holiday or exemption (overlaps counted once). */
export function freeDaysIn(period: Pick<Period, 'start' | 'end'>, freePeriods: readonly FreePeriod[]): number {
  const covered = new Set<string>();
  for (const free of freePeriods) {
    const from = free.start > period.start ? free.start : period.start;
    const to = free.end < period.end ? free.end : period.end;
    for (let day = from; day <= to; day = addDays(day, 1)) covered.add(day);
  }
  return covered.size;
}

/** How many activities a period asks for: the norm, in proportion to the days without a holiday or exemption (rounded up). */
export function requiredIn(norm: Pick<Norm, 'count' | 'periodDays' | 'freePeriods'>, period: Period): number {
  const free = freeDaysIn(period, norm.freePeriods);
  const open = Math.max(0, norm.periodDays - free);
  return Math.ceil((norm.count * open) / norm.periodDays);
}

/** An activity counts when its type counts and the coach did not judge it "niet akkoord". */
export function counts(activity: Pick<Activity, 'typeId' | 'feedback'>, config: Pick<WorkFolderConfig, 'types'>): boolean {
  if (!typeOf(config, activity.typeId)?.counts) return false;
  return activity.feedback.at(-1)?.verdict !== 'rejected';
}

export type PeriodProgress = Period & {
  count: number;
  required: number;
  met: boolean;
  freeDays: number;
  /** Days left including today (0 when the period is over). */
  daysLeft: number;
};

export function progressIn(
  activities: readonly Pick<Activity, 'typeId' | 'feedback' | 'date'>[],
  norm: Norm,
  config: Pick<WorkFolderConfig, 'types'>,
  period: Period,
  today: string,
): PeriodProgress {
  let count = 0;
  for (const activity of activities) {
    if (activity.date >= period.start && activity.date <= period.end && counts(activity, config)) count += 1;
  }
  return progressWith(count, norm, period, today);
}

function progressWith(count: number, norm: Norm, period: Period, today: string): PeriodProgress {
  const required = requiredIn(norm, period);
  return {
    ...period,
    count,
    required,
    met: count >= required,
    freeDays: freeDaysIn(period, norm.freePeriods),
    daysLeft: today > period.end ? 0 : daysBetween(today < period.start ? period.start : today, period.end) + 1,
  };
}

/** "3 van 4 — nog 9 dagen": the period that holds today (or the first one, before the start). */
export function currentProgress(
  activities: readonly Pick<Activity, 'typeId' | 'feedback' | 'date'>[],
  norm: Norm,
  config: Pick<WorkFolderConfig, 'types'>,
  today: string,
): PeriodProgress {
  const period = periodOf(norm, today < norm.start ? norm.start : today);
  return progressIn(activities, norm, config, period, today);
}

/** Every period from the norm's start up to the one holding today, newest first. */
export function allProgress(
  activities: readonly Pick<Activity, 'typeId' | 'feedback' | 'date'>[],
  norm: Norm,
  config: Pick<WorkFolderConfig, 'types'>,
  today: string,
): PeriodProgress[] {
  const last = periodOf(norm, today < norm.start ? norm.start : today).index;
  // one pass over the activities (thousands), not one per period, and the date math once per date (issue 15)
  const counted = new Array<number>(last + 1).fill(0);
  const periodOfDate = new Map<string, number>();
  for (const activity of activities) {
    if (!counts(activity, config)) continue;
    let index = periodOfDate.get(activity.date);
    if (index === undefined) {
      index = activity.date < norm.start ? -1 : periodOf(norm, activity.date).index;
      periodOfDate.set(activity.date, index);
    }
    if (index >= 0 && index <= last) counted[index] = (counted[index] ?? 0) + 1;
  }
  const out: PeriodProgress[] = [];
  for (let index = last; index >= 0; index--) out.push(progressWith(counted[index] ?? 0, norm, periodAt(norm, index), today));
  return out;
}

/** Holiday days taken (agreed) in a calendar year, to check against the yearly maximum. */
export function holidayDaysInYear(freePeriods: readonly FreePeriod[], year: number): number {
  return freeDaysIn(
    { start: `${year}-01-01`, end: `${year}-12-31` },
    freePeriods.filter((p) => p.kind === 'holiday'),
  );
}

// ---------------------------------------------------------------------------
// Locking and versions
// ---------------------------------------------------------------------------

export type Actor = { id: string; name: string };

export type WriteResult =
  | { ok: true; activity: Activity; created: boolean }
  | { ok: false; fieldErrors: Record<string, string[]> };

export function contentOf(activity: ActivityContent): ActivityContent {
  return {
    typeId: activity.typeId,
    date: activity.date,
    employer: activity.employer,
    jobTitle: activity.jobTitle,
    vacancy: activity.vacancy,
    how: activity.how,
    contactName: activity.contactName,
    contactDetail: activity.contactDetail,
    eventTitle: activity.eventTitle,
    notes: activity.notes,
    results: activity.results,
  };
}

/**
 * A create (no current record) or an edit. Every edit makes a new version and keeps the
 * previous content in the history; once handed in, an edit needs a reason (a correction).
 * Version checks (If-Match) are the caller's; this only decides what the next record is.
 */
export function applyActivityWrite(
  current: Activity | undefined,
  input: ActivityInput,
  meta: { id: string; clientId: string; actor: Actor; at: string },
): WriteResult {
  const { correctionReason, ...content } = input;
  if (!current) {
    return {
      ok: true,
      created: true,
      activity: {
        ...contentOf(content),
        id: meta.id,
        clientId: meta.clientId,
        version: 1,
        createdAt: meta.at,
        updatedAt: meta.at,
        createdBy: meta.actor,
        handedIn: null,
        history: [],
        feedback: [],
        proofs: [],
      },
    };
  }
  const reason = correctionReason?.trim() ?? '';
  if (current.handedIn && !reason && !onlyResultsAdded(current, content)) return { ok: false, fieldErrors: { correctionReason: ['validation.activity.correctionReason.required'] } };
  return {
    ok: true,
    created: false,
    activity: {
      ...current,
      ...contentOf(content),
      version: current.version + 1,
      updatedAt: meta.at,
      history: [
        ...current.history,
        { version: current.version, changedAt: meta.at, changedBy: meta.actor, reason: current.handedIn && reason ? reason : null, previous: contentOf(current) },
      ],
    },
  };
}

/** A later result step (uitgenodigd, afgewezen ...) added to a handed-in activity is no correction: it needs no reason. */
export function onlyResultsAdded(current: ActivityContent, next: ActivityContent): boolean {
  const a = contentOf(current);
  const b = contentOf(next);
  const same = (Object.keys(a) as (keyof ActivityContent)[]).every((key) => key === 'results' || a[key] === b[key]);
  return same && b.results.length > a.results.length && a.results.every((step, i) => step.status === b.results[i]?.status && step.date === b.results[i]?.date);
}

/** Which activities a hand-in of [start, end] locks: those in the period not handed in before. */
export function toHandIn<A extends Pick<Activity, 'date' | 'handedIn'>>(activities: readonly A[], start: string, end: string): A[] {
  return activities.filter((a) => a.date >= start && a.date <= end && !a.handedIn);
}

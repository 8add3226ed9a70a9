import { describe, expect, it } from 'vitest';
import config from './config/werkmap-v1.json' with { type: 'json' };
import {
  activityFieldErrors,
  allProgress,
  applyActivityWrite,
  currentProgress,
  findDuplicate,
  freeDaysIn,
  holidayDaysInYear,
  normaliseText,
  normaliseVacancy,
  periodAt,
  periodOf,
  progressIn,
  requiredIn,
  toHandIn,
} from './rules.ts';
import { addDays } from '#src/shared/lib/dates.ts';
import { emptyActivityParts, workFolderConfigSchema, type Activity, type ActivityInput, type Norm } from './schemas.ts';

const cfg = workFolderConfigSchema.parse(config);
const anna = { id: 'client-anna', name: 'Anna de Vries' };

function content(overrides: Partial<ActivityInput> = {}): ActivityInput {
  return { ...emptyActivityParts, typeId: 'vacancy', date: '2026-03-02', employer: 'Zorggroep Noorderlicht', jobTitle: 'Administratief medewerker', how: 'website', ...overrides };
}

function activity(overrides: Partial<Activity> = {}): Activity {
  const created = applyActivityWrite(undefined, content(), { id: 'a1', clientId: 'client-anna', actor: anna, at: '2026-03-02T10:00:00Z' });
  if (!created.ok) throw new Error('create failed');
  return { ...created.activity, ...overrides };
}

const norm: Norm = { count: 4, periodDays: 28, start: '2026-03-01', freePeriods: [], setBy: null };

describe('the configuration', () => {
  it('is valid, and only browsing vacancies does not count', () => {
    expect(cfg.types.filter((t) => !t.counts).map((t) => t.id)).toEqual(['browsing']);
    for (const type of cfg.types) for (const field of type.required) expect(type.fields).toContain(field);
  });
});

describe('required fields per type', () => {
  it.each([
    ['vacancy', { employer: '' }, { employer: ['validation.activity.employer.required'] }],
    ['vacancy', { how: '' as const }, { how: ['validation.activity.how.required'] }],
    ['workshop', { eventTitle: '' }, { eventTitle: ['validation.activity.eventTitle.required'] }],
    ['network', { contactName: ' ' }, { contactName: ['validation.activity.contactName.required'] }],
    ['browsing', { employer: '', jobTitle: '', how: '' as const }, {}],
    ['nonsense', {}, { typeId: ['validation.activity.typeId.required'] }],
    ['vacancy', { results: [{ status: 'sent' as const, date: '2026-03-01' }] }, { results: ['validation.activity.results.beforeDate'] }],
  ])('%s with %o', (typeId, overrides, expected) => {
    expect(activityFieldErrors(content({ typeId, ...overrides }), cfg)).toEqual(expected);
  });
});

describe('duplicates', () => {
  const others = [
    activity({ id: 'x1', date: '2026-03-02', employer: 'Zorggroep Noorderlicht B.V.', jobTitle: 'Administratief medewerker', vacancy: '' }),
    activity({ id: 'x2', date: '2026-01-10', employer: 'Gemeente Groningen', jobTitle: 'Baliemedewerker', vacancy: 'https://www.werk.nl/vacature/12345/?utm_source=mail' }),
  ];
  it.each([
    ['the same link written differently, months later', { vacancy: 'werk.nl/vacature/12345', employer: 'Iets anders', date: '2026-06-01' }, 'x2', 'vacancy'],
    ['the same employer and function within 30 days', { employer: 'zorggroep  noorderlicht bv', jobTitle: 'administratief Medewerker', date: '2026-03-30' }, 'x1', 'employerJobTitle'],
    ['the same employer and function after 31 days', { employer: 'Zorggroep Noorderlicht', date: '2026-04-02' }, null, null],
    ['another function at the same employer', { jobTitle: 'Receptionist' }, null, null],
    ['no vacancy, no function', { vacancy: '', jobTitle: '', employer: 'Zorggroep Noorderlicht' }, null, null],
  ])('%s', (_name, overrides, id, reason) => {
    const found = findDuplicate({ ...content(), ...overrides }, others, cfg.duplicateWindowDays);
    expect(found?.activity.id ?? null).toBe(id);
    expect(found?.reason ?? null).toBe(reason);
  });
  it('does not find the activity itself', () => {
    expect(findDuplicate({ ...content(), id: 'x1' }, others, 30)).toBeNull();
  });
  it('normalises', () => {
    expect(normaliseText(' Café  De Molen, B.V. ')).toBe('cafe de molen bv');
    expect(normaliseVacancy('HTTPS://www.Example.nl/jobs/7/#apply')).toBe('example.nl/jobs/7');
    expect(normaliseVacancy(' VAC-2026-001 ')).toBe('vac-2026-001');
  });
});

describe('counting against the norm', () => {
  it.each([
    ['the first day', '2026-03-01', 0, '2026-03-01', '2026-03-28'],
    ['the last day of the first period', '2026-03-28', 0, '2026-03-01', '2026-03-28'],
    ['the first day of the second period', '2026-03-29', 1, '2026-03-29', '2026-04-25'],
    ['before the start', '2026-02-28', -1, '2026-02-01', '2026-02-28'],
  ])('period of %s', (_name, date, index, start, end) => {
    expect(periodOf(norm, date)).toEqual({ index, start, end });
  });

  it.each([
    ['no holidays', [], 4],
    ['one week of holiday', [{ start: '2026-03-09', end: '2026-03-15', kind: 'holiday' as const }], 3],
    ['a day of holiday rounds up', [{ start: '2026-03-09', end: '2026-03-09', kind: 'holiday' as const }], 4],
    ['overlapping holiday and exemption count once', [
      { start: '2026-03-01', end: '2026-03-14', kind: 'holiday' as const },
      { start: '2026-03-08', end: '2026-03-21', kind: 'exemption' as const },
    ], 1],
    ['an exemption for the whole period', [{ start: '2026-02-01', end: '2026-05-01', kind: 'exemption' as const }], 0],
    ['a holiday outside the period', [{ start: '2026-04-01', end: '2026-04-10', kind: 'holiday' as const }], 4],
  ])('required with %s', (_name, freePeriods, required) => {
    expect(requiredIn({ ...norm, freePeriods }, periodOf(norm, '2026-03-10'))).toBe(required);
  });

  it('counts activities per period: types that count, not judged "niet akkoord", inside the dates', () => {
    const list = [
      activity({ id: 'a', date: '2026-03-01' }),
      activity({ id: 'b', date: '2026-03-28' }),
      activity({ id: 'c', date: '2026-03-29' }), // next period
      activity({ id: 'd', date: '2026-03-05', typeId: 'browsing' }), // does not count
      activity({
        id: 'e',
        date: '2026-03-06',
        feedback: [{ id: 'f', verdict: 'rejected', comment: 'Geen echte sollicitatie', at: '2026-03-07T10:00:00Z', by: anna, activityVersion: 1 }],
      }),
      activity({
        id: 'g',
        date: '2026-03-07',
        feedback: [
          { id: 'f1', verdict: 'rejected', comment: 'Wie?', at: '2026-03-07T10:00:00Z', by: anna, activityVersion: 1 },
          { id: 'f2', verdict: 'approved', comment: '', at: '2026-03-08T10:00:00Z', by: anna, activityVersion: 2 },
        ],
      }),
    ];
    const progress = currentProgress(list, norm, cfg, '2026-03-20');
    expect(progress).toMatchObject({ index: 0, count: 3, required: 4, met: false, daysLeft: 9 });
    expect(currentProgress(list, norm, cfg, '2026-03-29')).toMatchObject({ index: 1, count: 1, daysLeft: 28 });
    expect(allProgress(list, norm, cfg, '2026-04-01').map((p) => [p.index, p.count])).toEqual([
      [1, 1],
      [0, 3],
    ]);
  });

  it('allProgress counts each period as progressIn does, in one pass (a year of activities, some before the start)', () => {
    const types = ['vacancy', 'browsing', 'openApplication', 'network'];
    const list = Array.from({ length: 400 }, (_, i) =>
      activity({
        id: `p${i}`,
        date: addDays('2026-02-20', i % 380),
        typeId: types[i % types.length],
        feedback: i % 7 === 0 ? [{ id: `f${i}`, verdict: 'rejected', comment: 'Nee', at: '2026-03-07T10:00:00Z', by: anna, activityVersion: 1 }] : [],
      }),
    );
    const today = '2027-02-01';
    const all = allProgress(list, norm, cfg, today);
    expect(all.map((p) => p.index)).toEqual(Array.from({ length: all.length }, (_, i) => all.length - 1 - i));
    for (const period of all) expect(period).toEqual(progressIn(list, norm, cfg, periodAt(norm, period.index), today));
  });

  it('before the start the first period shows, with all its days left', () => {
    expect(currentProgress([], norm, cfg, '2026-02-20')).toMatchObject({ index: 0, count: 0, daysLeft: 28 });
  });

  it('counts holiday days per calendar year and free days once', () => {
    const free = [
      { start: '2025-12-29', end: '2026-01-04', kind: 'holiday' as const },
      { start: '2026-07-01', end: '2026-07-14', kind: 'holiday' as const },
      { start: '2026-08-01', end: '2026-08-31', kind: 'exemption' as const },
    ];
    expect(holidayDaysInYear(free, 2026)).toBe(18);
    expect(freeDaysIn({ start: '2026-07-10', end: '2026-08-02' }, free)).toBe(7);
  });
});

describe('locking and versions', () => {
  const meta = { id: 'a1', clientId: 'client-anna', actor: anna, at: '2026-03-05T10:00:00Z' };

  it('an edit before handing in makes a new version and keeps the old content', () => {
    const result = applyActivityWrite(activity(), content({ employer: 'Noorderlicht' }), meta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.activity.version).toBe(2);
    expect(result.activity.employer).toBe('Noorderlicht');
    expect(result.activity.history).toEqual([
      expect.objectContaining({ version: 1, reason: null, previous: expect.objectContaining({ employer: 'Zorggroep Noorderlicht' }) }),
    ]);
  });

  it('a handed-in activity is locked: a change needs a reason, and becomes a new version with the reason', () => {
    const locked = activity({ handedIn: { submissionId: 's1', at: '2026-03-04T10:00:00Z' } });
    expect(applyActivityWrite(locked, content({ employer: 'X' }), meta)).toEqual({
      ok: false,
      fieldErrors: { correctionReason: ['validation.activity.correctionReason.required'] },
    });
    const corrected = applyActivityWrite(locked, content({ employer: 'X', correctionReason: 'Verkeerde werkgever' }), meta);
    expect(corrected.ok && corrected.activity).toMatchObject({
      version: 2,
      employer: 'X',
      handedIn: { submissionId: 's1' },
      history: [{ version: 1, reason: 'Verkeerde werkgever', previous: { employer: 'Zorggroep Noorderlicht' } }],
    });
  });

  it('a later result on a handed-in activity needs no reason', () => {
    const locked = activity({ handedIn: { submissionId: 's1', at: '2026-03-04T10:00:00Z' }, results: [{ status: 'sent', date: '2026-03-02' }] });
    const later = applyActivityWrite(locked, content({ results: [{ status: 'sent', date: '2026-03-02' }, { status: 'invited', date: '2026-03-05' }] }), meta);
    expect(later.ok && later.activity).toMatchObject({ version: 2, history: [{ reason: null }] });
    const replaced = applyActivityWrite(locked, content({ results: [{ status: 'hired', date: '2026-03-05' }] }), meta);
    expect(replaced.ok).toBe(false);
  });

  it('a hand-in takes the activities of the period that were not handed in yet', () => {
    const list = [
      activity({ id: 'a', date: '2026-02-28' }),
      activity({ id: 'b', date: '2026-03-01' }),
      activity({ id: 'c', date: '2026-03-28', handedIn: { submissionId: 's0', at: '2026-03-28T10:00:00Z' } }),
      activity({ id: 'd', date: '2026-03-28' }),
    ];
    expect(toHandIn(list, '2026-03-01', '2026-03-28').map((a) => a.id)).toEqual(['b', 'd']);
  });
});

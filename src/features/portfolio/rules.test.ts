import { describe, expect, it } from 'vitest';
import {
  activeSharesOf,
  addMonths,
  applyItemWrite,
  defaultShareEnd,
  filterItems,
  groupByKind,
  isShareActive,
  latestShareEnd,
  newLinkToken,
  parseTags,
  shareEndErrors,
  shareState,
  sharedUntil,
} from './rules.ts';
import { emptyItemParts, itemInputSchema, type ItemInput, type Share } from './schemas.ts';

const share = (over: Partial<Share>): Share => ({
  id: 's1',
  clientId: 'c1',
  audience: 'coach',
  name: null,
  itemIds: ['i1'],
  endsOn: '2026-03-01',
  createdAt: '2026-01-01T10:00:00Z',
  revokedAt: null,
  token: null,
  ...over,
});

const input = (over: Partial<ItemInput> = {}): ItemInput => ({ ...emptyItemParts, kind: 'experience', subKind: 'work', title: 'Kok', ...over });

describe('share end dates', () => {
  it('proposes three months and allows at most a year', () => {
    expect(defaultShareEnd('2026-11-23')).toBe('2027-02-23');
    expect(defaultShareEnd('2026-11-30')).toBe('2027-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(latestShareEnd('2026-11-23')).toBe('2027-11-23');
  });

  it('refuses a date in the past or later than a year', () => {
    expect(shareEndErrors('2026-11-22', '2026-11-23')).toEqual(['validation.portfolio.endsInPast']);
    expect(shareEndErrors('2026-11-23', '2026-11-23')).toEqual([]);
    expect(shareEndErrors('2027-11-23', '2026-11-23')).toEqual([]);
    expect(shareEndErrors('2027-11-24', '2026-11-23')).toEqual(['validation.portfolio.endsTooLate']);
  });

  it('a share is active through its last day, and not once revoked', () => {
    const s = share({ endsOn: '2026-03-01' });
    expect(isShareActive(s, '2026-03-01')).toBe(true);
    expect(isShareActive(s, '2026-03-02')).toBe(false);
    expect(shareState(s, '2026-03-02')).toBe('expired');
    const revoked = share({ revokedAt: '2026-02-01T08:00:00Z' });
    expect(isShareActive(revoked, '2026-02-01')).toBe(false);
    expect(shareState(revoked, '2026-01-01')).toBe('revoked');
  });

  it('revoking one share leaves another share of the same item in force', () => {
    const shares = [share({ id: 'a', endsOn: '2026-05-01', revokedAt: '2026-01-02T00:00:00Z' }), share({ id: 'b', endsOn: '2026-04-01' }), share({ id: 'c', audience: 'link', endsOn: '2026-09-01' })];
    expect(activeSharesOf('i1', shares, '2026-01-03').map((s) => s.id)).toEqual(['b', 'c']);
    expect(sharedUntil('i1', shares, '2026-01-03', 'coach')).toBe('2026-04-01');
    expect(sharedUntil('i1', shares, '2026-01-03', 'link')).toBe('2026-09-01');
    expect(sharedUntil('i2', shares, '2026-01-03', 'coach')).toBeNull();
    expect(sharedUntil('i1', [shares[0]!], '2026-01-03', 'coach')).toBeNull();
  });

  it('link tokens are long, url-safe and different each time', () => {
    const a = newLinkToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newLinkToken()).not.toBe(a);
  });
});

describe('items', () => {
  it('a write keeps attachments, comments and createdAt and bumps the version', () => {
    const first = applyItemWrite(undefined, input({ tags: ['koken', ' koken', 'plannen'] }), { id: 'i1', clientId: 'c1', at: '2026-01-01T00:00:00Z' });
    expect(first.version).toBe(1);
    expect(first.tags).toEqual(['koken', 'plannen']);
    const withFile = { ...first, attachments: [{ id: 'f1', name: 'a.jpg', type: 'image/jpeg' as const, size: 3, uploadedAt: '2026-01-01T00:00:00Z' }] };
    const second = applyItemWrite(withFile, input({ title: 'Chef' }), { id: 'i1', clientId: 'c1', at: '2026-02-01T00:00:00Z' });
    expect(second).toMatchObject({ version: 2, title: 'Chef', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z' });
    expect(second.attachments).toHaveLength(1);
  });

  it('groups by kind in a fixed order, newest first; ongoing before ended', () => {
    const mk = (id: string, kind: ItemInput['kind'], startDate: string | null, endDate: string | null) =>
      applyItemWrite(undefined, input({ kind, subKind: null, startDate, endDate, title: id }), { id, clientId: 'c1', at: '2026-01-01T00:00:00Z' });
    const items = [mk('old', 'experience', '2018', '2019-06'), mk('talent', 'talent', null, null), mk('now', 'experience', '2024-02', null), mk('mid', 'experience', '2020', '2022')];
    const groups = groupByKind(items);
    expect(groups.map((g) => g.kind)).toEqual(['talent', 'experience']);
    expect(groups[1]!.items.map((i) => i.id)).toEqual(['now', 'mid', 'old']);
  });

  it('filters on kind and on words in title, organisation and tags', () => {
    const a = applyItemWrite(undefined, input({ title: 'Kok', organisation: 'Hotel Zon', tags: ['HACCP'] }), { id: 'a', clientId: 'c', at: '2026-01-01T00:00:00Z' });
    const b = applyItemWrite(undefined, input({ kind: 'talent', subKind: null, title: 'Luisteren' }), { id: 'b', clientId: 'c', at: '2026-01-01T00:00:00Z' });
    expect(filterItems([a, b], '', 'haccp').map((i) => i.id)).toEqual(['a']);
    expect(filterItems([a, b], 'talent', '').map((i) => i.id)).toEqual(['b']);
    expect(filterItems([a, b], '', 'hotel kok').map((i) => i.id)).toEqual(['a']);
  });

  it('tags typed with commas or semicolons, duplicates (any case) left out', () => {
    expect(parseTags('koken, Plannen; plannen,\nExcel ,')).toEqual(['koken', 'Plannen', 'Excel']);
  });

  it('the API schema refuses an end before the start, a wrong sub-kind and a reflection without STARR', () => {
    expect(itemInputSchema.safeParse(input({ startDate: '2021-05', endDate: '2021' })).success).toBe(true);
    const end = itemInputSchema.safeParse(input({ startDate: '2021-05', endDate: '2020-12' }));
    expect(end.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['endDate', 'validation.portfolio.endBeforeStart']]);
    expect(itemInputSchema.safeParse(input({ subKind: 'badge' })).error?.issues[0]?.path).toEqual(['subKind']);
    expect(itemInputSchema.safeParse(input({ kind: 'reflection', subKind: null })).error?.issues[0]?.path).toEqual(['starr']);
    expect(itemInputSchema.safeParse(input({ startDate: '2021-13' })).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '#src/shared/lib/domain.ts';
import { readSchema } from './read-schema.ts';

const row = z.object({
  id: idSchema,
  date: isoDateSchema,
  at: isoDateTimeSchema,
  notes: z.string().trim().check(maxChars(5, 'validation.tooLong')),
  count: z.number().int().min(0),
  done: z.boolean(),
  kind: z.enum(['a', 'b']),
  by: z.object({ id: idSchema, name: z.string() }).nullable(),
  seenAt: isoDateTimeSchema.nullable().optional(),
  tags: z.array(z.string().min(1)).max(2),
});
const list = z.object({ rows: z.array(row) });
const valid = { id: 'x-1', date: '2026-12-07', at: '2026-12-07T09:00:00.000Z', notes: 'ok', count: 1, done: false, kind: 'a', by: null, tags: [] };

describe('readSchema', () => {
  const light = readSchema(list);

  it('reads what the full schema reads, to the same data', () => {
    const answer = { rows: [valid, { ...valid, by: { id: 'p', name: 'Piet' }, seenAt: null, tags: ['t'] }] };
    expect(light.parse(answer)).toEqual(list.parse(answer));
  });

  it('drops keys the shape does not have, as the full schema does', () => {
    expect(light.parse({ rows: [{ ...valid, extra: 1 }] })).toEqual({ rows: [valid] });
  });

  it('does not check formats, lengths, ranges or grapheme maximums (the server did)', () => {
    const answer = { rows: [{ ...valid, id: 'not an id!', date: 'someday', notes: 'far more than five', count: -1.5, tags: ['', 'a', 'b'] }] };
    expect(list.safeParse(answer).success).toBe(false);
    expect(light.safeParse(answer).success).toBe(true);
  });

  it('refuses an answer of another shape', () => {
    const { id: _id, ...withoutId } = valid;
    for (const broken of [
      { rows: [withoutId] },
      { rows: [{ ...valid, count: '1' }] },
      { rows: [{ ...valid, done: 'no' }] },
      { rows: [{ ...valid, kind: 'c' }] },
      { rows: [{ ...valid, by: { id: 'p' } }] },
      { rows: [{ ...valid, notes: null }] },
      { rows: [{ ...valid, tags: 'a' }] },
      { rows: {} },
      null,
    ]) {
      expect(light.safeParse(broken).success, JSON.stringify(broken)).toBe(false);
    }
  });

  it('says where an answer is of another shape, and keeps an optional key that is absent absent', () => {
    const result = light.safeParse({ rows: [valid, { ...valid, kind: 'c' }] });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['rows', 1, 'kind']]);
    expect(Object.keys(light.parse({ rows: [valid] }).rows[0] ?? {})).not.toContain('seenAt');
  });

  it('keeps what it does not simplify (a union, a transform) as it is', () => {
    const other = readSchema(z.object({ value: z.union([z.literal('x'), z.number()]), n: z.string().transform(Number) }));
    expect(other.parse({ value: 'x', n: '2' })).toEqual({ value: 'x', n: 2 });
    expect(other.safeParse({ value: 'y', n: '2' }).success).toBe(false);
  });

  it('keeps a strict object strict', () => {
    expect(readSchema(z.strictObject({ a: z.string() })).safeParse({ a: 'x', b: 1 }).success).toBe(false);
  });
});

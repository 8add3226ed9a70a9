import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineTable, Table } from './table.ts';

const noteSchema = z.object({ id: z.string().min(1), text: z.string().max(5), pinned: z.boolean().default(false) });
const notes = () => new Table('notes', noteSchema, (r) => r.id);

describe('Table', () => {
  it('stores a record under its own key, as the schema parses it', () => {
    const table = notes();
    const saved = table.put({ id: 'a', text: 'hoi' } as z.output<typeof noteSchema>);
    expect(saved).toEqual({ id: 'a', text: 'hoi', pinned: false });
    expect(table.get('a')).toEqual(saved);
    expect(table.list()).toEqual([saved]);
  });

  it('refuses a record that does not pass, naming the fields but never the values', () => {
    const table = notes();
    expect(() => table.put({ id: 'a', text: 'te lang voor dit veld', pinned: false })).toThrow('[mock db] invalid notes record "a": text');
    expect(() => table.put({ id: 'a', text: 'te lang voor dit veld', pinned: false })).not.toThrow(/te lang/);
    expect(table.size).toBe(0);
  });

  it('refuses a record stored under another key than its own', () => {
    const table = notes();
    expect(() => table.set('b', { id: 'a', text: 'hoi', pinned: false })).toThrow('[mock db] notes key mismatch for "b"');
    expect(table.has('b')).toBe(false);
  });

  it('replaces a record with the same key', () => {
    const table = notes();
    table.put({ id: 'a', text: 'een', pinned: false });
    table.put({ id: 'a', text: 'twee', pinned: true });
    expect(table.list()).toEqual([{ id: 'a', text: 'twee', pinned: true }]);
  });
});

describe('defineTable', () => {
  it('shows whole records, exports them and does not treat them as drafts by default', () => {
    const def = defineTable(noteSchema, (r) => r.id);
    expect(def.snapshot({ id: 'a', text: 'hoi', pinned: false })).toEqual({ id: 'a', text: 'hoi', pinned: false });
    expect(def).toMatchObject({ exported: true, drafts: false });
    expect(def.key({ id: 'a', text: '', pinned: false })).toBe('a');
  });

  it('takes a snapshot view and the export and draft flags', () => {
    const def = defineTable(noteSchema, (r) => r.id, { snapshot: ({ text: _text, ...note }) => note, exported: false, drafts: true });
    expect(def.snapshot({ id: 'a', text: 'geheim', pinned: true })).toEqual({ id: 'a', pinned: true });
    expect(def).toMatchObject({ exported: false, drafts: true });
  });
});

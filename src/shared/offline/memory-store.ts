import type { LaneRebase, OutboxRecord, OutboxStore } from './types.ts';

/**
 * The outbox in memory only: public-computer mode keeps nothing on disk. Records
 * are copied in and out (structured clone), so it behaves like IndexedDB: a
 * caller can never change a stored record by accident.
 */
export function createMemoryOutboxStore(): OutboxStore {
  const rows = new Map<number, OutboxRecord>();
  let nextSeq = 1;
  const clone = <T>(value: T): T => structuredClone(value);
  const findSeq = (id: string): number | undefined => {
    for (const [seq, row] of rows) if (row.id === id) return seq;
    return undefined;
  };
  const rebaseLane = (after: OutboxRecord, rebase: LaneRebase) => {
    for (const [seq, row] of rows) {
      if (seq > after.seq && row.lane === after.lane && row.ownerId === after.ownerId && row.baseVersion === rebase.from) {
        rows.set(seq, { ...row, baseVersion: rebase.to });
      }
    }
  };

  return {
    async add(record) {
      if (findSeq(record.id) !== undefined) throw new DOMException('Duplicate id', 'ConstraintError');
      const seq = nextSeq++;
      const stored = { ...clone(record), seq };
      rows.set(seq, stored);
      return clone(stored);
    },
    async replace(removeId, record) {
      if (findSeq(record.id) !== undefined) throw new DOMException('Duplicate id', 'ConstraintError');
      const oldSeq = findSeq(removeId);
      const removed = oldSeq === undefined ? undefined : rows.get(oldSeq);
      const seq = nextSeq++;
      const stored = { ...clone(record), seq };
      // Synchronous: nobody can read the rows between the add and the delete.
      rows.set(seq, stored);
      if (oldSeq !== undefined) rows.delete(oldSeq);
      return { added: clone(stored), removed: removed && clone(removed) };
    },
    async list() {
      return [...rows.values()].sort((a, b) => a.seq - b.seq).map(clone);
    },
    async get(id) {
      const seq = findSeq(id);
      return seq === undefined ? undefined : clone(rows.get(seq));
    },
    async update(id, mutate, rebase) {
      const seq = findSeq(id);
      const current = seq === undefined ? undefined : rows.get(seq);
      if (seq === undefined || !current) return undefined;
      const next = mutate(clone(current));
      if (next) rows.set(seq, { ...clone(next), seq });
      if (rebase) rebaseLane(current, rebase);
      return clone(rows.get(seq));
    },
    async remove(id, rebase) {
      const seq = findSeq(id);
      const current = seq === undefined ? undefined : rows.get(seq);
      if (seq === undefined || !current) return undefined;
      rows.delete(seq);
      if (rebase) rebaseLane(current, rebase);
      return clone(current);
    },
    async clear() {
      rows.clear();
    },
  };
}

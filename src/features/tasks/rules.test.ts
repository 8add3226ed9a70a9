import { describe, expect, it } from 'vitest';
import { isOverdue, sortTasks } from './rules.ts';

describe('overdue tasks', () => {
  it('is overdue only when open and the due date lies before today', () => {
    expect(isOverdue({ dueDate: '2026-03-09', doneAt: null }, '2026-03-10')).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-10', doneAt: null }, '2026-03-10')).toBe(false);
    expect(isOverdue({ dueDate: '2026-03-09', doneAt: '2026-03-10T10:00:00Z' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ dueDate: null, doneAt: null }, '2026-03-10')).toBe(false);
  });
  it('sorts open tasks by due date (none last), then done ones', () => {
    const base = { createdAt: '2026-01-01T00:00:00Z' };
    const sorted = sortTasks([
      { ...base, id: 'done', dueDate: '2026-01-01', doneAt: '2026-01-02T00:00:00Z' },
      { ...base, id: 'none', dueDate: null, doneAt: null },
      { ...base, id: 'late', dueDate: '2026-03-12', doneAt: null },
      { ...base, id: 'early', dueDate: '2026-03-01', doneAt: null },
    ]);
    expect(sorted.map((t) => t.id)).toEqual(['early', 'late', 'none', 'done']);
  });
});

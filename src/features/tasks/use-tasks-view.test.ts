import { describe, expect, it } from 'vitest';
import type { OutboxRecord, OutboxStatus } from '#src/shared/offline/types.ts';
import { TASK_PUT, type PutTaskPayload } from './api/put-task.ts';
import { TASK_DONE, type SetDonePayload } from './api/set-done.ts';
import type { Task } from './schemas.ts';
import { overlayTasks } from './use-tasks-view.ts';

const NOW = '2026-03-10T12:00:00.000Z';

const task = (id: string, extra: Partial<Task> = {}): Task => ({
  id,
  clientId: 'client-anna',
  title: `Taak ${id}`,
  description: '',
  dueDate: '2026-03-20',
  createdBy: 'coach-marieke',
  createdAt: '2026-03-01T09:00:00.000Z',
  doneAt: null,
  doneBy: null,
  version: 2,
  updatedAt: '2026-03-01T09:00:00.000Z',
  ...extra,
});

let seq = 0;
function record<P>(kind: string, payload: P, status: OutboxStatus = 'pending'): OutboxRecord<P> {
  seq++;
  return { seq, id: `r${seq}`, ownerId: 'u', lane: 'task:x', kind, schemaVersion: 1, payload, createdAt: '2026-03-09T08:00:00.000Z', attempts: 0, nextAttemptAt: 0, status };
}
const put = (taskId: string, input: Partial<PutTaskPayload['input']>, status?: OutboxStatus, clientId = 'client-anna') =>
  record<PutTaskPayload>(TASK_PUT, { clientId, taskId, input: { title: 'Nieuw', description: '', dueDate: null, ...input } }, status);
const done = (taskId: string, value: boolean, status?: OutboxStatus) => record<SetDonePayload>(TASK_DONE, { clientId: 'client-anna', taskId, done: value }, status);

describe('overlayTasks: unsent task writes over the server list', () => {
  it('shows the server tasks as sent when nothing waits', () => {
    expect(overlayTasks([task('a')], [], 'client-anna', 'coach-marieke', NOW)).toEqual([{ ...task('a'), sync: 'sent' }]);
  });

  it('shows a new task at once, made by the actor, and an edit over the server task, both pending', () => {
    const view = overlayTasks([task('a')], [put('a', { title: 'Cv afmaken' }), put('b', { title: 'Bellen', dueDate: '2026-03-12' })], 'client-anna', 'coach-marieke', NOW);
    expect(view.map((t) => [t.id, t.title, t.sync])).toEqual([
      ['b', 'Bellen', 'pending'],
      ['a', 'Cv afmaken', 'pending'],
    ]);
    expect(view.find((t) => t.id === 'b')).toMatchObject({ clientId: 'client-anna', createdBy: 'coach-marieke', version: 0, doneAt: null });
    // an unsent edit keeps the server's version: the next edit is made on the same base
    expect(view.find((t) => t.id === 'a')?.version).toBe(2);
  });

  it('ticks a task off (and on again) before the server knows, keeping an earlier done time', () => {
    const [off] = overlayTasks([task('a')], [done('a', true)], 'client-anna', 'client-anna', NOW);
    expect(off).toMatchObject({ doneAt: NOW, doneBy: 'client-anna', sync: 'pending' });
    const earlier = task('a', { doneAt: '2026-03-05T10:00:00.000Z', doneBy: 'client-anna' });
    expect(overlayTasks([earlier], [done('a', true)], 'client-anna', 'client-anna', NOW)[0]?.doneAt).toBe('2026-03-05T10:00:00.000Z');
    expect(overlayTasks([earlier], [done('a', false)], 'client-anna', 'client-anna', NOW)[0]).toMatchObject({ doneAt: null, doneBy: null });
  });

  it('says "problem" for a refused or conflicting write, and ignores other clients, other kinds and ticks of unknown tasks', () => {
    const view = overlayTasks(
      [task('a'), task('c')],
      [put('a', { title: 'Geweigerd' }, 'rejected'), done('c', true, 'conflict'), put('z', {}, 'pending', 'client-henk'), done('unknown', true), record('note.add', { clientId: 'client-anna', taskId: 'a' })],
      'client-anna',
      'coach-marieke',
      NOW,
    );
    expect(view.map((t) => [t.id, t.sync])).toEqual([
      ['a', 'problem'],
      ['c', 'problem'],
    ]);
  });
});

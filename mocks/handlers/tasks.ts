import { taskDoneInputSchema, taskInputSchema, taskListSchema, taskSchema } from '#src/features/tasks/schemas.ts';
import { isOverdue, sortTasks } from '#src/features/tasks/rules.ts';
import { db } from '../db.ts';
import { nowIso, todayIso } from '../clock.ts';
import { withIdempotency } from '../idempotency.ts';
import { authenticate, authoriseClient, authoriseCoach, checkIfMatch, json, logApplied, parseBody, problem, route, validId, type Operation } from '../http.ts';

/**
 * Tasks and agreements (werkplan): the client's own coach creates and edits them (ids made on
 * the device, versioned with ETag / If-Match); the client (or a helper with write scope)
 * ticks them off, idempotently.
 */

export function tasksOf(clientId: string) {
  return sortTasks(db.tasks.list().filter((t) => t.clientId === clientId));
}

/** The home screen's open tasks (at most five), overdue flagged. */
export function openTasksSummary(clientId: string) {
  const today = todayIso();
  return tasksOf(clientId)
    .filter((t) => t.doneAt === null)
    .slice(0, 5)
    .map((t) => ({ id: t.id, title: t.title, dueDate: t.dueDate, overdue: isOverdue(t, today) }));
}

export const handlers = [
  route('GET', '/clients/:clientId/tasks', ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'read');
    return json(taskListSchema.parse({ clientId: client.id, clientName: client.name, tasks: tasksOf(client.id) }));
  }),

  route('PUT', '/clients/:clientId/tasks/:taskId', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseCoach(actor, params.clientId ?? '');
    const id = validId(params.taskId);
    return withIdempotency(request, actor, async () => {
      const input = await parseBody(request, taskInputSchema);
      const current = db.tasks.get(id);
      if (current && current.clientId !== client.id) throw problem(404, { code: 'not-found' });
      checkIfMatch(request, current?.version ?? null, current);
      const at = nowIso();
      const saved = db.tasks.put(
        current
          ? { ...current, ...input, version: current.version + 1, updatedAt: at }
          : { id, clientId: client.id, ...input, createdBy: actor.user.id, createdAt: at, doneAt: null, doneBy: null, version: 1, updatedAt: at },
      );
      logApplied(request, actor, `task:${id}`, { version: saved.version });
      return json(taskSchema.parse(saved), { status: current ? 200 : 201, version: saved.version });
    });
  }),

  route('PUT', '/clients/:clientId/tasks/:taskId/done', async ({ request, params }) => {
    const actor = authenticate(request);
    const client = authoriseClient(actor, params.clientId ?? '', 'write');
    const id = validId(params.taskId);
    return withIdempotency(request, actor, async () => {
      const { done } = await parseBody(request, taskDoneInputSchema);
      const current = db.tasks.get(id);
      if (!current || current.clientId !== client.id) throw problem(404, { code: 'not-found' });
      // idempotent: ticking a done task off again changes nothing
      if ((current.doneAt !== null) === done) return json(taskSchema.parse(current), { version: current.version });
      const at = nowIso();
      const saved = db.tasks.put({ ...current, doneAt: done ? at : null, doneBy: done ? actor.user.id : null, version: current.version + 1, updatedAt: at });
      logApplied(request, actor, `task-done:${id}`, { version: saved.version });
      return json(taskSchema.parse(saved), { version: saved.version });
    });
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'getTasks',
    method: 'GET',
    path: '/clients/{clientId}/tasks',
    summary: "A client's tasks",
    description:
      "The client's tasks and agreements (werkplan): open first by due date, then done. For the client, their coach, or an authorised helper.",
    tag: 'tasks',
    auth: true,
    response: { name: 'TaskList', schema: taskListSchema },
    responses: [200, 401, 403],
  },
  {
    operationId: 'putTask',
    method: 'PUT',
    path: '/clients/{clientId}/tasks/{taskId}',
    summary: 'Create or edit a task',
    description:
      "Creates a task with an id made on the device (201) or edits one (200). Versioned: `If-Match` with the `ETag` when editing, 412 version-mismatch when stale. Only the client's own coach; honours `Idempotency-Key`.",
    tag: 'tasks',
    auth: true,
    request: { name: 'TaskInput', schema: taskInputSchema },
    response: { name: 'Task', schema: taskSchema },
    responses: [200, 201, 400, 401, 403, 404, 409, 412, 422],
    headers: ['Idempotency-Key', 'If-Match'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
  {
    operationId: 'putTaskDone',
    method: 'PUT',
    path: '/clients/{clientId}/tasks/{taskId}/done',
    summary: 'Tick a task off',
    description:
      'The client ticks a task off (`{ "done": true }`) or on again; the same state again changes nothing. The client, or a helper with write scope; honours `Idempotency-Key`.',
    tag: 'tasks',
    auth: true,
    request: { name: 'TaskDoneInput', schema: taskDoneInputSchema },
    response: { name: 'Task', schema: taskSchema },
    responses: [200, 400, 401, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
    responseHeaders: ['ETag', 'Idempotent-Replayed'],
  },
];

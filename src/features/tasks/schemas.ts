import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '#src/shared/lib/domain.ts';

/**
 * Tasks and agreements (werkplan): the coach sets them with a due date, the
 * client ticks them off (offline too). Shared with the mock backend.
 */
export const taskSchema = z.object({
  /** Made on the device (UUID): creating is `PUT /clients/{clientId}/tasks/{id}`. */
  id: idSchema,
  clientId: idSchema,
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000),
  dueDate: isoDateSchema.nullable(),
  createdBy: idSchema,
  createdAt: isoDateTimeSchema,
  doneAt: isoDateTimeSchema.nullable(),
  doneBy: idSchema.nullable(),
  /** Bumped on every change (ETag / If-Match). */
  version: z.number().int().positive(),
  updatedAt: isoDateTimeSchema,
});
export type Task = z.infer<typeof taskSchema>;

/** The coach's create or edit: `PUT /clients/{clientId}/tasks/{id}` (If-Match on edits). */
export const taskInputSchema = z.object({
  title: z.string().trim().min(1, { error: 'validation.task.title.required' }).check(maxChars(200, 'validation.task.title.tooLong')),
  description: z.string().trim().check(maxChars(2000, 'validation.task.description.tooLong')),
  dueDate: isoDateSchema.nullable(),
});
export type TaskInput = z.infer<typeof taskInputSchema>;

/** The client ticks a task off (or on again): `PUT /clients/{clientId}/tasks/{id}/done`. */
export const taskDoneInputSchema = z.object({ done: z.boolean() });
export type TaskDoneInput = z.infer<typeof taskDoneInputSchema>;

/** The client's name is for the coach's page title (the client's own page says "Taken"). */
export const taskListSchema = z.object({ clientId: idSchema, clientName: z.string(), tasks: z.array(taskSchema) });
export type TaskList = z.infer<typeof taskListSchema>;

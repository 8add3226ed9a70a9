import { z } from 'zod';
import { apiPath } from '#src/shared/api/path.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { idSchema } from '#src/shared/lib/domain.ts';

export const COURSE_DISCUSS = 'vacancies.discussCourse';

/** `courseName` (schema 2): the link's text, so the message links to the course page in one tap. */
export type DiscussCoursePayload = { clientId: string; messageId: string; courseId: string; courseName: string | null; body: string; writtenAt: string };

/** What this kind needs of the messages API's answer (the messages feature owns the rest). */
const sentMessageSchema = z.object({ id: idSchema });

/** The message: the text and a link to the course page (none for a record queued before links existed). */
export function discussCourseMessage({ courseId, courseName, body, writtenAt }: DiscussCoursePayload) {
  return { kind: 'text', body, link: courseName ? { type: 'course', id: courseId, label: courseName.slice(0, 200) } : null, appointment: null, writtenAt, attachmentCount: 0 };
}

/**
 * "Bespreek met je e-coach": a message to the e-coach that names the course and links to its page
 * (`/opleidingen/{id}`, for the client and the coach alike), through the messages API
 * (`PUT /clients/{id}/messages/{messageId}`, idempotent by the id made here).
 */
export const discussCourseKind = defineRequestKind<DiscussCoursePayload, z.infer<typeof sentMessageSchema>>({
  kind: COURSE_DISCUSS,
  schemaVersion: 2,
  // a message queued before the link existed is sent without one
  migrate: (payload) => ({ courseName: null, ...(payload as Omit<DiscussCoursePayload, 'courseName'>) }),
  request: (payload) => ({
    path: apiPath`/clients/${payload.clientId}/messages/${payload.messageId}`,
    body: discussCourseMessage(payload),
    schema: sentMessageSchema,
  }),
  invalidates: () => [['messages']],
});

export function useDiscussCourse() {
  return useOutboxWrite(discussCourseKind, (payload) => `course-message:${payload.messageId}`);
}

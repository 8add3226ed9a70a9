import { z } from 'zod';
import { apiPath } from '#src/shared/api/path.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { idSchema } from '#src/shared/lib/domain.ts';

export const COURSE_DISCUSS = 'vacancies.discussCourse';

export type DiscussCoursePayload = { clientId: string; messageId: string; courseId: string; body: string; writtenAt: string };

/** What this kind needs of the messages API's answer (the messages feature owns the rest). */
const sentMessageSchema = z.object({ id: idSchema });

/**
 * "Bespreek met je coach": a message to the e-coach that names the course and links to it, through
 * the messages API (`PUT /clients/{id}/messages/{messageId}`, idempotent by the id made here).
 */
export const discussCourseKind = defineRequestKind<DiscussCoursePayload, z.infer<typeof sentMessageSchema>>({
  kind: COURSE_DISCUSS,
  schemaVersion: 1,
  request: ({ clientId, messageId, body, writtenAt }) => ({
    path: apiPath`/clients/${clientId}/messages/${messageId}`,
    body: { kind: 'text', body, link: null, appointment: null, writtenAt, attachmentCount: 0 },
    schema: sentMessageSchema,
  }),
  invalidates: () => [['messages']],
});

export function useDiscussCourse() {
  return useOutboxWrite(discussCourseKind, (payload) => `course-message:${payload.messageId}`);
}

import { z } from 'zod';
import { apiPath } from '#src/shared/api/path.ts';
import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { idSchema } from '#src/shared/lib/domain.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import type { PlannedLearningInput } from '../course-portfolio.ts';
import { vacancyKeys } from './keys.ts';

export const COURSE_TO_PORTFOLIO = 'vacancies.courseToPortfolio';

export type CourseToPortfolioPayload = { clientId: string; courseId: string; itemId: string; input: PlannedLearningInput };

/** What this kind needs of the portfolio API's answer (the portfolio feature owns the rest). */
const savedItemSchema = z.object({ id: idSchema, version: z.number().int().positive() });

/**
 * "Zet in mijn portfolio": the course as a planned learning activity, through the portfolio API
 * (`PUT /portfolio/items/{id}`, the id from `courseItemId`: one item per course and person).
 */
export const courseToPortfolioKind = defineRequestKind<CourseToPortfolioPayload, z.infer<typeof savedItemSchema>>({
  kind: COURSE_TO_PORTFOLIO,
  schemaVersion: 1,
  request: ({ itemId, input }) => ({ path: apiPath`/portfolio/items/${itemId}`, body: input, schema: savedItemSchema }),
  invalidates: (record) => [sharedQueryKeys.portfolio, vacancyKeys.ownPortfolio(record.payload.clientId)],
});

export function useCourseToPortfolio() {
  return useOutboxWrite(courseToPortfolioKind, (payload) => `course-portfolio:${payload.itemId}`);
}

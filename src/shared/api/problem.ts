import { z } from 'zod';

/**
 * The error body every API error response carries (RFC 9457 problem details,
 * with field errors keyed by field path such as `phone` or `answers.q3`).
 */
export const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string(),
  status: z.number().int(),
  code: z.string().optional(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  current: z.unknown().optional(),
});
export type Problem = z.infer<typeof problemSchema>;


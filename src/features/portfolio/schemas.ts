import { z } from 'zod';
import { maxChars } from '#src/shared/lib/text.ts';
import { fileTypeSchema } from '#src/shared/files/schemas.ts';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '#src/shared/lib/domain.ts';
import { isEndBeforeStart, partialDateSchema as partialDate } from '#src/shared/lib/partial-date.ts';
import { webUrlSchema } from '#src/shared/lib/url.ts';

/**
 * The e-portfolio: items the client owns (talents, experience, diplomas, products,
 * reflections …), private by default, shared on the client's terms (with the coach or by
 * link, always with an end date), with a comment thread per item and an access log.
 * `GET /portfolio/items` is also the contract the CV builder reads.
 */

export const ITEM_KINDS = ['talent', 'ambition', 'motivation', 'knowledge', 'experience', 'credential', 'product', 'learning', 'reflection', 'feedback'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const itemKindSchema = z.enum(ITEM_KINDS, { error: 'validation.portfolio.kind' });

/** The finer kind, for the kinds that have one. */
export const SUB_KINDS = {
  experience: ['work', 'volunteer', 'care', 'other'],
  credential: ['diploma', 'certificate', 'badge'],
  product: ['workpiece', 'photo', 'video', 'document'],
} as const satisfies Partial<Record<ItemKind, readonly string[]>>;
export type SubKindOf<K extends keyof typeof SUB_KINDS> = (typeof SUB_KINDS)[K][number];
export const ALL_SUB_KINDS = [...new Set(Object.values(SUB_KINDS).flat())] as string[];

/** A year, a month, or a day: 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' (the CV takes the same). */
export const partialDateSchema = partialDate('validation.portfolio.date');

export const STARR_PARTS = ['situation', 'task', 'action', 'result', 'reflection'] as const;
export type StarrPart = (typeof STARR_PARTS)[number];
const starrText = z.string().trim().min(1, { error: 'validation.required' }).check(maxChars(2000, 'validation.portfolio.tooLong'));
/** A reflection written with STARR: the five prompts, each required. */
export const starrSchema = z.object({
  situation: starrText,
  task: starrText,
  action: starrText,
  result: starrText,
  reflection: starrText,
});
export type Starr = z.infer<typeof starrSchema>;

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 4000;
export const TAGS_MAX = 20;

const tagSchema = z.string().trim().min(1).check(maxChars(40, 'validation.portfolio.tagTooLong'));

/** What the client writes (PUT body). */
export const itemInputSchema = z
  .object({
    kind: itemKindSchema,
    subKind: z.string().min(1).max(20).nullable(),
    title: z.string().trim().min(1, { error: 'validation.required' }).check(maxChars(TITLE_MAX, 'validation.portfolio.tooLong')),
    description: z.string().check(maxChars(DESCRIPTION_MAX, 'validation.portfolio.tooLong')),
    organisation: z.string().trim().check(maxChars(200, 'validation.portfolio.tooLong')).nullable(),
    startDate: partialDateSchema.nullable(),
    endDate: partialDateSchema.nullable(),
    tags: z.array(tagSchema).max(TAGS_MAX, { error: 'validation.portfolio.tooManyTags' }),
    /** A video or web link (a product). */
    link: webUrlSchema.nullable(),
    starr: starrSchema.nullable(),
  })
  .superRefine((input, ctx) => {
    const allowed = (SUB_KINDS as Partial<Record<ItemKind, readonly string[]>>)[input.kind];
    if (input.subKind !== null && !allowed?.includes(input.subKind)) ctx.addIssue({ code: 'custom', path: ['subKind'], message: 'validation.portfolio.subKind' });
    if (isEndBeforeStart(input.startDate, input.endDate)) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.portfolio.endBeforeStart' });
    }
    if (input.kind === 'reflection' && input.starr === null) ctx.addIssue({ code: 'custom', path: ['starr'], message: 'validation.required' });
  });
export type ItemInput = z.infer<typeof itemInputSchema>;
/** An item's optional parts, all empty: an item is its kind and title on top of these. */
export const emptyItemParts: Omit<ItemInput, 'kind' | 'title'> = {
  subKind: null,
  description: '',
  organisation: null,
  startDate: null,
  endDate: null,
  tags: [],
  link: null,
  starr: null,
};

export const personSchema = z.object({ id: idSchema, name: z.string().min(1), role: z.enum(['client', 'coach']) });

export const attachmentSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  type: fileTypeSchema,
  size: z.number().int().positive(),
  uploadedAt: isoDateTimeSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const COMMENT_MAX = 2000;
export const commentInputSchema = z.object({
  text: z.string().trim().min(1, { error: 'validation.required' }).check(maxChars(COMMENT_MAX, 'validation.portfolio.tooLong')),
});
export type CommentInput = z.infer<typeof commentInputSchema>;
export const commentSchema = commentInputSchema.extend({ id: idSchema, at: isoDateTimeSchema, by: personSchema });
export type Comment = z.infer<typeof commentSchema>;

export const itemSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  kind: itemKindSchema,
  subKind: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  organisation: z.string().nullable(),
  startDate: partialDateSchema.nullable(),
  endDate: partialDateSchema.nullable(),
  tags: z.array(z.string()),
  link: z.string().nullable(),
  starr: starrSchema.nullable(),
  version: z.number().int().positive(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  attachments: z.array(attachmentSchema),
  comments: z.array(commentSchema),
});
export type Item = z.infer<typeof itemSchema>;

export const itemListSchema = z.object({ items: z.array(itemSchema) });
export type ItemList = z.infer<typeof itemListSchema>;

/** Sharing: with the coach, or by an unguessable link; always with an end date; revocable. */
export const SHARE_DEFAULT_MONTHS = 3;
export const SHARE_MAX_DAYS = 366;
export const shareAudienceSchema = z.enum(['coach', 'link']);
export type ShareAudience = z.infer<typeof shareAudienceSchema>;

export const shareInputSchema = z.object({
  audience: shareAudienceSchema,
  /** A collection's name (several items shared together), or null for a single item. */
  name: z.string().trim().check(maxChars(80, 'validation.portfolio.tooLong')).nullable(),
  itemIds: z.array(idSchema).min(1, { error: 'validation.portfolio.noItems' }).max(200),
  /** The last day it can be seen. */
  endsOn: isoDateSchema,
});
export type ShareInput = z.infer<typeof shareInputSchema>;

export const shareSchema = shareInputSchema.extend({
  id: idSchema,
  clientId: idSchema,
  createdAt: isoDateTimeSchema,
  revokedAt: isoDateTimeSchema.nullable(),
  /** Only for link shares, only ever sent to the owner. */
  token: z.string().nullable(),
});
export type Share = z.infer<typeof shareSchema>;
export const shareListSchema = z.object({ shares: z.array(shareSchema) });

export const accessEntrySchema = z.object({
  id: idSchema,
  clientId: idSchema,
  itemId: idSchema,
  shareId: idSchema,
  viewer: z.enum(['coach', 'link']),
  /** The coach's name; null for someone with the link. */
  viewerName: z.string().nullable(),
  what: z.enum(['item', 'file']),
  at: isoDateTimeSchema,
});
export type AccessEntry = z.infer<typeof accessEntrySchema>;
export const accessLogSchema = z.object({ entries: z.array(accessEntrySchema) });

/** What the coach (only shared, active items) and a link viewer see. */
export const sharedItemSchema = itemSchema.omit({ clientId: true, version: true }).extend({ sharedUntil: isoDateSchema });
export type SharedItem = z.infer<typeof sharedItemSchema>;
export const coachPortfolioSchema = z.object({ clientName: z.string(), items: z.array(sharedItemSchema) });
export type CoachPortfolio = z.infer<typeof coachPortfolioSchema>;

/** The public link page: the shared items, without the comments or who the person is beyond them. */
export const publicItemSchema = sharedItemSchema.omit({ comments: true });
export type PublicItem = z.infer<typeof publicItemSchema>;
export const publicShareSchema = z.object({ name: z.string().nullable(), endsOn: isoDateSchema, items: z.array(publicItemSchema) });
export type PublicShare = z.infer<typeof publicShareSchema>;
export const linkTokenInputSchema = z.object({ token: z.string().min(20).max(200) });

export const uploadStatusSchema = z.object({
  id: idSchema,
  chunks: z.number().int().positive(),
  received: z.array(z.number().int().nonnegative()),
  complete: z.boolean(),
});

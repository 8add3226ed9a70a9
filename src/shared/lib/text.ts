import { z } from 'zod';

/**
 * Text length as a person sees it: graphemes, so an emoji (👍🏽), a flag or an Arabic letter with
 * its marks counts as one. The character counter and every schema's maximum use this one
 * count, so a text the counter allows is never refused by the schema (on the device or the server).
 */
let segmenter: Intl.Segmenter | null | undefined;

export function graphemeLength(text: string): number {
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  if (!segmenter) return [...text].length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** The contract's keyword for a grapheme maximum (JSON Schema's `maxLength` counts code points). */
export const MAX_GRAPHEMES_KEYWORD = 'x-maxGraphemes';

/**
 * A string check: at most `max` graphemes (use instead of `.max()` for text a person writes):
 * `z.string().trim().check(maxChars(600, 'validation.x.tooLong'))`. `error` is the i18n key.
 * The limit is kept on the schema, so the OpenAPI document shows it (`x-maxGraphemes`).
 */
export function maxChars(max: number, error: string) {
  // a text of at most `max` UTF-16 units has at most `max` graphemes: count only longer ones
  const check = z.refine<string>((text) => text.length <= max || graphemeLength(text) <= max, { error });
  check._zod.onattach.push((schema) => {
    (schema._zod.bag as { maxGraphemes?: number }).maxGraphemes = max;
  });
  return check;
}

/** For `z.toJSONSchema({ override })`: writes a `maxChars` limit into the JSON Schema. */
export function graphemeLimitToJsonSchema(ctx: { zodSchema: { _zod: { bag: object } }; jsonSchema: Record<string, unknown> }): void {
  const max = (ctx.zodSchema._zod.bag as { maxGraphemes?: number }).maxGraphemes;
  if (typeof max === 'number') ctx.jsonSchema[MAX_GRAPHEMES_KEYWORD] = max;
}

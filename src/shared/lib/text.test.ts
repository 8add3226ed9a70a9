import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { graphemeLength, graphemeLimitToJsonSchema, maxChars } from './text.ts';

describe('graphemeLength', () => {
  it('counts what a person sees', () => {
    expect(graphemeLength('')).toBe(0);
    expect(graphemeLength('abc')).toBe(3);
    expect(graphemeLength('👍🏽')).toBe(1);
    expect(graphemeLength('👨‍👩‍👧‍👦')).toBe(1);
    expect(graphemeLength('🇳🇱')).toBe(1);
    expect(graphemeLength('مرحبا')).toBe(5);
    expect(graphemeLength('é')).toBe(1);
  });
});

describe('maxChars', () => {
  const schema = z.string().trim().check(maxChars(3, 'validation.tooLong'));

  it('allows up to max graphemes, also when the UTF-16 length is larger', () => {
    expect(schema.safeParse('👍🏽👍🏽👍🏽').success).toBe(true);
    expect('👍🏽👍🏽👍🏽'.length).toBeGreaterThan(3);
    expect(schema.parse('  abc  ')).toBe('abc');
  });

  it('refuses more, with the given message', () => {
    const result = schema.safeParse('abcd');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.tooLong');
  });

  it('counts graphemes only for a text longer than the maximum in UTF-16 units (a list of thousands parses fast)', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      expect(schema.safeParse('abc').success).toBe(true);
      expect(schema.safeParse('').success).toBe(true);
      expect(segment).not.toHaveBeenCalled();
      expect(schema.safeParse('👍🏽👍🏽👍🏽👍🏽').success).toBe(false);
      expect(segment).toHaveBeenCalled();
    } finally {
      segment.mockRestore();
    }
  });

  it('shows the limit in the JSON Schema as x-maxGraphemes', () => {
    const json = z.toJSONSchema(z.object({ a: schema.nullable() }), { override: graphemeLimitToJsonSchema }) as unknown as { properties: { a: { anyOf: object[] } } };
    expect(json.properties.a.anyOf).toContainEqual({ type: 'string', 'x-maxGraphemes': 3 });
  });
});

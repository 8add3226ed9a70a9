import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contactUrlSchema, isUnsafeLink, optionalWebUrlFieldSchema, safeContactUrl, safeWebUrl, textOrWebUrl, webUrlSchema } from './url.ts';

const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript://example.org/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/0000',
  'ftp://example.org/file',
  'https://werk.nl@evil.example/',
  'https://user:secret@example.org/',
  'https://',
  'http:/',
  'meet.example.org/marieke',
  '',
];

describe('webUrlSchema and safeWebUrl', () => {
  it.each(['https://meet.example.org/marieke-anna', 'http://example.org', 'https://www.werk.nl/vacatures/123?ref=app#top', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting'])('accepts the web address %s', (value) => {
    expect(webUrlSchema.safeParse(value).success).toBe(true);
    expect(safeWebUrl(value)).toBe(new URL(value).href);
  });

  it.each(HOSTILE)('refuses %j with the field message', (value) => {
    const result = webUrlSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['validation.url.web']);
    expect(safeWebUrl(value)).toBeNull();
  });

  it('refuses a very long address with its own message, and trims spaces', () => {
    expect(webUrlSchema.safeParse(`https://example.org/${'a'.repeat(1000)}`).error?.issues[0]?.message).toBe('validation.url.tooLong');
    expect(webUrlSchema.parse('  https://example.org/x  ')).toBe('https://example.org/x');
  });

  it('a form field may be empty', () => {
    expect(optionalWebUrlFieldSchema.parse('  ')).toBe('');
    expect(optionalWebUrlFieldSchema.safeParse('javascript:alert(1)').error?.issues[0]?.message).toBe('validation.url.web');
  });

  it('says in the contract that it is a URI', () => {
    expect(z.toJSONSchema(webUrlSchema)).toMatchObject({ type: 'string', format: 'uri', maxLength: 1000 });
  });
});

describe('textOrWebUrl (a link or a number)', () => {
  const vacancy = textOrWebUrl(z.string().trim().max(500));
  it.each(['', 'V-12345', '12345', 'Vacature: 123', 'Ref:123', 'www.werk.nl/vacature/1', 'https://www.werk.nl/vacature/1', 'Bakkerij Jansen, via de krant'])('accepts %j', (value) => {
    expect(vacancy.safeParse(value).success).toBe(true);
    expect(isUnsafeLink(value)).toBe(false);
  });

  it.each(HOSTILE.filter((v) => v !== '' && v !== 'meet.example.org/marieke').concat(['javascript: alert(1)', 'java script:alert(1)', 'DATA:text/html;base64,PHNjcmlwdD4=']))('refuses %j', (value) => {
    expect(vacancy.safeParse(value).error?.issues.map((i) => i.message)).toEqual(['validation.url.webOrText']);
  });
});

describe('contactUrlSchema (mailto: and tel:)', () => {
  it.each(['mailto:anna@example.org', 'tel:+31201234567', 'tel:020 123 45 67'])('accepts %j', (value) => {
    expect(contactUrlSchema.safeParse(value).success).toBe(true);
    expect(safeContactUrl(value)).toBe(value);
  });
  it.each(['javascript:alert(1)', 'https://example.org', 'mailto:', 'mailto:anna@example.org?body=x', 'tel:abc', 'anna@example.org'])('refuses %j', (value) => {
    expect(contactUrlSchema.safeParse(value).error?.issues[0]?.message).toBe('validation.url.contact');
  });
});

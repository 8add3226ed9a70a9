/**
 * The message (an i18n key) of a react-hook-form field error: `messageOf(errors.title)`,
 * `messageOf(errors.starr?.task)`. A field whose value is an object (a date's day, month and
 * year; a list) carries the message of a check on the whole value in `root`.
 */
export function messageOf(error: unknown): string | undefined {
  const e = error as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = e?.message ?? e?.root?.message;
  return typeof message === 'string' && message !== '' ? message : undefined;
}

/** `messageOf` by a dotted path ('title', 'starr.task'). */
export function messageAt(errors: object, path: string): string | undefined {
  return messageOf(path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors));
}

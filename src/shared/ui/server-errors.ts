import { useEffect } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

export type ServerErrorOptions = {
  /** Put `list.0.end` on that nested field (field arrays) instead of on `list`. */
  nested?: boolean;
};

/**
 * Puts the server's field errors (problem details `fieldErrors`, keyed by field path, e.g.
 * `date` or `contact.phone`) on a react-hook-form form: the first message per field whose
 * top-level name the form knows. Returns how many were put on a field.
 */
export function applyServerErrors<T extends FieldValues>(
  serverErrors: Readonly<Record<string, readonly string[]>> | undefined,
  fields: readonly string[],
  setError: UseFormSetError<T>,
  options: ServerErrorOptions = {},
): number {
  if (!serverErrors) return 0;
  let applied = 0;
  for (const [field, messages] of Object.entries(serverErrors)) {
    const name = field.split('.')[0] ?? '';
    if (fields.includes(name) && messages[0]) {
      setError((options.nested ? field : name) as Path<T>, { type: 'server', message: messages[0] });
      applied++;
    }
  }
  return applied;
}

/**
 * `applyServerErrors` whenever the server's errors change, then `onApplied` (e.g. to move focus
 * to the error summary).
 */
export function useServerErrors<T extends FieldValues>(
  serverErrors: Readonly<Record<string, readonly string[]>> | undefined,
  fields: readonly string[],
  setError: UseFormSetError<T>,
  onApplied: () => void,
  options: ServerErrorOptions = {},
): void {
  useEffect(() => {
    if (!serverErrors) return;
    applyServerErrors(serverErrors, fields, setError, options);
    onApplied();
    // fields and onApplied are stable in meaning; re-run only when the errors change
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverErrors, setError]);
}

import { useState } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { useDirtyForm } from '#src/shared/lib/dirty-forms.ts';
import { messageAt } from './field-message.ts';
import { useErrorText, type ErrorTextNamespace, type SummaryError } from './form.tsx';
import { useServerErrors } from './server-errors.ts';

/**
 * A place in the error summary, in page order: a field's path (`title`, `starr.task`; its id is
 * `<idPrefix>-<path with dashes>`), a path with its own id (and the values of its message's
 * {{placeholders}}), or the message (key) of something outside react-hook-form (a refused
 * file) with the id of its field.
 */
export type SummaryField = string | { name: string; id: string; values?: Record<string, unknown> } | { id: string; message: string | undefined };

export type AppFormOptions<TValues extends FieldValues, TOutput> = {
  /** Every field as typed, e.g. `{ title: '', date: { day: '', month: '', year: '' } }`. */
  defaultValues: DefaultValues<TValues>;
  /** From the values as typed to the API's input; its messages are i18n keys. */
  schema?: z.ZodType<TOutput, TValues>;
  /** Field ids are `<idPrefix>-<name>`, e.g. `profile-phone`. */
  idPrefix: string;
  /** The feature's namespace when it has validation texts of its own (then common). */
  ns?: ErrorTextNamespace;
  /** The server's field errors of a refused change (problem details `fieldErrors`). */
  serverErrors?: Readonly<Record<string, readonly string[]>>;
  /** Put a server error on `list.0.end` itself instead of on `list` (field arrays). */
  nestedServerErrors?: boolean;
};

export type AppForm<TValues extends FieldValues, TOutput> = UseFormReturn<TValues, unknown, TOutput> & {
  /** The translated message of a field (a path such as `starr.task`), or undefined. */
  message: (name: string, values?: Record<string, unknown>) => string | undefined;
  /** Props for `<ErrorSummary>`: the messages of these fields, in this order. */
  summary: (fields: readonly SummaryField[]) => { errors: SummaryError[]; focusKey: number };
  /** `handleSubmit` that moves focus to the error summary when validation fails (then `onInvalid`). */
  submit: (onValid: (values: TOutput) => unknown, onInvalid?: () => void) => (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** A check outside the schema failed (after `setError`): move focus to the summary again. */
  failed: () => void;
  /** The id of a field: `<idPrefix>-<name with dashes>`. */
  fieldId: (name: string) => string;
};

/**
 * The one set-up of a form (docs/architecture.md, "Forms"): react-hook-form validated on
 * submit only (messages stay until the next submit; nothing moves while correcting), messages resolved by
 * `useErrorText`, a GOV.UK error summary that takes focus after every failed submit, the
 * server's field errors shown next to their fields with the input kept, and unsaved input
 * registered so nothing reloads the page under it.
 */
export function useAppForm<TValues extends FieldValues, TOutput = TValues>(options: AppFormOptions<TValues, TOutput>): AppForm<TValues, TOutput> {
  const { defaultValues, schema, idPrefix, ns, serverErrors, nestedServerErrors } = options;
  const errorText = useErrorText(ns);
  const [attempt, setAttempt] = useState(0);
  const form = useForm<TValues, unknown, TOutput>({
    defaultValues,
    resolver: schema ? (zodResolver(schema as never) as unknown as Resolver<TValues, unknown, TOutput>) : undefined,
    mode: 'onSubmit',
    // GOV.UK: messages change only when the form is sent again. Re-checking on leaving a field
    // removed a message above the next control between mouse-down and mouse-up: the control moved
    // and the click was lost (a note and the three-month review could not be saved that way).
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const errors: FieldErrors<TValues> = form.formState.errors;
  useDirtyForm(form.formState.isDirty);
  const failed = () => setAttempt((n) => n + 1);
  useServerErrors(serverErrors, Object.keys(defaultValues ?? {}), form.setError, failed, { nested: nestedServerErrors });

  const fieldId = (name: string) => `${idPrefix}-${name.replaceAll('.', '-')}`;
  const message = (name: string, values?: Record<string, unknown>) => errorText(messageAt(errors, name), values);
  const summary = (fields: readonly SummaryField[]) => ({
    focusKey: attempt,
    errors: fields
      .map((field): SummaryError => {
        if (typeof field === 'string') return { fieldId: fieldId(field), message: message(field) ?? '' };
        if ('name' in field) return { fieldId: field.id, message: message(field.name, field.values) ?? '' };
        return { fieldId: field.id, message: errorText(field.message) ?? '' };
      })
      .filter((e) => e.message),
  });
  const submit = (onValid: (values: TOutput) => unknown, onInvalid?: () => void) =>
    form.handleSubmit(
      async (values) => void (await onValid(values)),
      () => {
        failed();
        onInvalid?.();
      },
    );
  return { ...form, message, summary, submit, failed, fieldId };
}

import { forwardRef, useEffect, useId, useRef, useState, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Form parts on NL Design System (Utrecht) CSS classes. Error messages are i18n keys
 * (from the zod schemas, shared with the API) and are translated here.
 */

/** Namespaces that hold validation texts of their own (`validation.<feature>.*`, `import.*`). */
export type ErrorTextNamespace = 'cv' | 'portfolio' | 'intake' | 'matching';

const KEY = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/;

/**
 * The one way a validation message becomes text: an i18n key is looked up in the feature's
 * namespace (when given), then in common, with `values` for its {{placeholders}}; anything
 * else (a server's sentence) is shown as it is.
 */
export function useErrorText(ns?: ErrorTextNamespace) {
  const { t, i18n } = useTranslation(ns ? [ns, 'common'] : 'common');
  const namespaces: Array<ErrorTextNamespace | 'common'> = ns ? [ns, 'common'] : ['common'];
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return (message: string | undefined, values?: Record<string, unknown>): string | undefined => {
    if (!message) return undefined;
    return KEY.test(message) && i18n.exists(message, { ns: namespaces }) ? translate(message, { ns: namespaces, ...values }) : message;
  };
}

type FieldShellProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  /** Hide the label visually (never for screen readers). */
  labelHidden?: boolean;
  /** Wrap the label, e.g. in the page's h1 when the field is the page's one question. */
  labelWrapper?: (label: ReactNode) => ReactNode;
};

export function FieldShell({ id, label, hint, error, children, labelWrapper }: FieldShellProps) {
  const labelNode = (
    <label className="utrecht-form-label" htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`utrecht-form-field utrecht-form-field--text field${error ? ' field--invalid utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">{labelWrapper ? labelWrapper(labelNode) : labelNode}</div>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/**
 * A file chooser with its label, hint and error. The input is emptied after each choice, so
 * choosing the same file again (after a refusal) fires again.
 */
export function FileField({
  id,
  label,
  hint,
  error,
  accept,
  capture,
  disabled,
  onFile,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  accept: string;
  /** On a phone, open the camera straight away ('environment': the back camera). */
  capture?: 'environment' | 'user';
  disabled?: boolean;
  onFile: (file: File) => void;
}) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="file"
        className="file-input"
        accept={accept}
        capture={capture}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </FieldShell>
  );
}

/**
 * The hint and the error message of a field or fieldset, with the ids `describedBy` points to.
 * The error carries a visually hidden "Fout:" (in the current language) for screen readers.
 */
export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {hint ? (
        <div className="utrecht-form-field-description field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="utrecht-form-field-error-message field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')}</span> {error}
        </p>
      ) : null}
    </>
  );
}

export function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  width?: 'full' | 'medium' | 'short';
  labelWrapper?: (label: ReactNode) => ReactNode;
  /** Text right after the input, e.g. a unit ("uur per week"). */
  suffix?: ReactNode;
};

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { id: givenId, label, hint, error, width = 'full', className, labelWrapper, suffix, ...input },
  ref,
) {
  const generated = useId();
  const id = givenId ?? generated;
  const field = (
    <input
        ref={ref}
        id={id}
        className={`utrecht-textbox utrecht-textbox--html-input textbox textbox--${width}${error ? ' utrecht-textbox--invalid' : ''} ${className ?? ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        dir="auto"
        {...input}
      />
  );
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} labelWrapper={labelWrapper}>
      {suffix ? (
        <div className="textbox-with-suffix">
          {field}
          <span className="textbox-with-suffix__suffix">{suffix}</span>
        </div>
      ) : (
        field
      )}
    </FieldShell>
  );
});

/**
 * The fieldset of a group of inputs whose legend is the question (radio buttons, checkboxes,
 * the three date inputs): legend, hint and error with the ids `aria-describedby` points to.
 */
export function FieldsetShell({
  id,
  legend,
  hint,
  error,
  className,
  role,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The kind of group, e.g. `radio-group`. */
  className: string;
  role?: 'group';
  children: ReactNode;
}) {
  return (
    <fieldset
      className={`utrecht-form-fieldset field ${className}${error ? ' field--invalid' : ''}`}
      role={role}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}

/** One radio; a hint goes on its own line under the label and describes the radio. */
type Choice = { value: string; label: ReactNode; hint?: ReactNode };

/**
 * A group of radio buttons in a fieldset whose legend is the question. The ref goes to every
 * radio, so react-hook-form's `register` knows the whole group (not only the first).
 */
export const RadioGroup = forwardRef<
  HTMLInputElement,
  Omit<ComponentProps<'input'>, 'type' | 'id'> & {
    name: string;
    legend: ReactNode;
    hint?: ReactNode;
    error?: string;
    choices: Choice[];
    id?: string;
    /** A last choice set apart by "of" (e.g. "Ik weet het niet"). */
    orChoice?: Choice & { orText: string };
  }
>(function RadioGroup({ name, legend, hint, error, choices, id: givenId, orChoice, ...input }, ref) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldsetShell id={id} legend={legend} hint={hint} error={error} className="radio-group">
      <div className="radio-group__choices">
        {choices.map((choice, index) => {
          const inputId = index === 0 ? id : `${id}-${choice.value}`;
          return (
            <div className="radio" key={choice.value}>
              <input
                ref={ref}
                id={inputId}
                type="radio"
                name={name}
                value={choice.value}
                className="radio__input"
                {...input}
                {...(choice.hint ? { 'aria-describedby': `${inputId}-hint` } : {})}
              />
              <label className="radio__label" htmlFor={inputId}>
                {choice.label}
              </label>
              {choice.hint ? (
                <p className="field__hint radio__hint" id={`${inputId}-hint`}>
                  {choice.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      {orChoice ? (
        <div className="or-choice">
          <p className="or-choice__divider">{orChoice.orText}</p>
          <div className="radio">
            <input ref={ref} id={`${id}-${orChoice.value}`} type="radio" name={name} value={orChoice.value} className="radio__input" {...input} />
            <label className="radio__label" htmlFor={`${id}-${orChoice.value}`}>
              {orChoice.label}
            </label>
          </div>
        </div>
      ) : null}
    </FieldsetShell>
  );
});

export type SummaryError = { fieldId: string; message: string };

/**
 * GOV.UK error summary: above the form, takes focus when shown, each error a link to its field.
 * `focusKey` changes on every failed submit so focus moves again.
 *
 * The summary is a snapshot of the errors of the last failed submit and stays as it is until
 * the next submit (GOV.UK pattern), while the inline messages next to the fields update live:
 * fixing the last error on blur no longer makes the summary disappear and shift the page under
 * the person's hands. A submit of the enclosing form ends the snapshot (a valid submit leaves
 * no summary; an invalid one makes a new snapshot).
 */
export function ErrorSummary({ errors, focusKey }: { errors: SummaryError[]; focusKey: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const anchor = useRef<HTMLSpanElement>(null);
  const focusedFor = useRef(0);
  const latestKey = useRef(focusKey);
  latestKey.current = focusKey;
  const [snapshot, setSnapshot] = useState<{ key: number; errors: SummaryError[] } | null>(null);
  // A failed submit: take the snapshot once its errors are there (they can reach this component a
  // render after the attempt: react-hook-form publishes its errors separately from the handler).
  // The attempt can also arrive first, with the errors of the submit before: then the new ones
  // replace them when they come (an error not in the snapshot can only come from a new check; errors
  // cleared while fixing do not move the list).
  const hasNew = snapshot !== null && errors.some((e) => !snapshot.errors.some((s) => s.fieldId === e.fieldId && s.message === e.message));
  if (errors.length > 0 && (snapshot === null || snapshot.key !== focusKey || hasNew)) {
    setSnapshot({ key: focusKey, errors });
  }
  const shownErrors = snapshot?.errors ?? [];
  const shown = shownErrors.length > 0;

  useEffect(() => {
    const form = anchor.current?.closest('form');
    if (!form) return;
    // A submit that did not fail (no new attempt once validation is done) ends the snapshot.
    // Validation settles in microtasks, so a task later the attempt has changed if it failed.
    const onSubmit = () => {
      const keyAtSubmit = latestKey.current;
      setTimeout(() => {
        if (latestKey.current === keyAtSubmit) setSnapshot(null);
      }, 0);
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, []);

  useEffect(() => {
    // Focus moves once per submit attempt, not when the list changes while fixing.
    if (shown && focusKey !== focusedFor.current) {
      focusedFor.current = focusKey;
      ref.current?.focus();
    }
  }, [focusKey, shown]);
  return (
    <>
      <span ref={anchor} hidden />
      {shown ? (
        <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={titleId} role="alert">
          <h2 className="error-summary__title" id={titleId}>
            {t('form.errorSummaryTitle')}
          </h2>
          <ul className="error-summary__list">
            {shownErrors.map((error) => (
              <li key={error.fieldId}>
                <a
                  href={`#${error.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    const field = document.getElementById(error.fieldId);
                    field?.focus();
                    field?.scrollIntoView?.({ block: 'center' });
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

import { forwardRef, useId, type ComponentProps, type ReactNode } from 'react';
import { FieldsetShell } from './form.tsx';

/**
 * A group of checkboxes in a fieldset whose legend is the question (controlled: the value is
 * the list of checked values). An `exclusive` choice ("Geen van deze") unchecks the others and
 * is unchecked by them. The first checkbox carries `id`, so an error summary link lands on it.
 */
export type CheckboxChoice = { value: string; label: ReactNode; hint?: ReactNode; exclusive?: boolean };

export function CheckboxGroup({
  id: givenId,
  legend,
  hint,
  error,
  choices,
  value,
  onChange,
  onBlur,
  disabled,
  children,
}: {
  id?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  choices: CheckboxChoice[];
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  disabled?: boolean;
  /** Extra content after the choices (e.g. an "or" choice). */
  children?: ReactNode;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  const toggle = (choice: CheckboxChoice, checked: boolean) => {
    if (!checked) return onChange(value.filter((v) => v !== choice.value));
    if (choice.exclusive) return onChange([choice.value]);
    const exclusive = new Set(choices.filter((c) => c.exclusive).map((c) => c.value));
    onChange([...value.filter((v) => !exclusive.has(v)), choice.value]);
  };
  return (
    <FieldsetShell id={id} legend={legend} hint={hint} error={error} className="checkbox-group">
      <div className="radio-group__choices">
        {choices.map((choice, index) => {
          const inputId = index === 0 ? id : `${id}-${choice.value}`;
          return (
            <div className={`checkbox${choice.exclusive ? ' checkbox--exclusive' : ''}`} key={choice.value}>
              <input
                id={inputId}
                type="checkbox"
                className="checkbox__input"
                value={choice.value}
                checked={value.includes(choice.value)}
                disabled={disabled}
                aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
                onChange={(event) => toggle(choice, event.target.checked)}
                onBlur={onBlur}
              />
              <label className="checkbox__label" htmlFor={inputId}>
                {choice.label}
              </label>
              {choice.hint ? (
                <div className="checkbox__hint field__hint" id={`${inputId}-hint`}>
                  {choice.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
      {children}
    </FieldsetShell>
  );
}

/**
 * "Ik weet het niet" (or another way out) after the normal answers, set apart by "of".
 * As a checkbox it also clears or disables the answer above it (the caller decides).
 */
export function OrChoice({
  id,
  orText,
  label,
  checked,
  onChange,
  type = 'checkbox',
  name,
}: {
  id: string;
  orText: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  type?: 'checkbox' | 'radio';
  name?: string;
}) {
  return (
    <div className="or-choice">
      <p className="or-choice__divider">{orText}</p>
      <div className={type === 'radio' ? 'radio' : 'checkbox'}>
        <input
          id={id}
          type={type}
          name={name}
          className={type === 'radio' ? 'radio__input' : 'checkbox__input'}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label className={type === 'radio' ? 'radio__label' : 'checkbox__label'} htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}

/**
 * One checkbox with its label and an optional hint under it (controlled or registered: the
 * other props go to the input). With a hint, the input is described by it (`<id>-hint`).
 */
export const CheckboxField = forwardRef<
  HTMLInputElement,
  Omit<ComponentProps<'input'>, 'id' | 'type' | 'className'> & { id: string; label: ReactNode; hint?: ReactNode; className?: string }
>(function CheckboxField({ id, label, hint, className, ...input }, ref) {
  return (
    <div className={className ? `checkbox ${className}` : 'checkbox'}>
      <input ref={ref} id={id} type="checkbox" className="checkbox__input" {...input} {...(hint ? { 'aria-describedby': `${id}-hint` } : {})} />
      <label className="checkbox__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint checkbox__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
});

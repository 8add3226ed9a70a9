import { forwardRef, useId, type ComponentProps, type ReactNode } from 'react';
import { FieldShell } from './form.tsx';

export type SelectOption = { value: string; label: string };

/**
 * A native select on the NL Design System select classes: on a phone it opens the system
 * picker, which is the fastest way to choose from a longer list.
 */
export const SelectField = forwardRef<
  HTMLSelectElement,
  Omit<ComponentProps<'select'>, 'id'> & { id?: string; label: ReactNode; hint?: ReactNode; error?: string; options: SelectOption[] }
>(function SelectField({ id: givenId, label, hint, error, options, className, ...select }, ref) {
  const generated = useId();
  const id = givenId ?? generated;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        ref={ref}
        id={id}
        className={`utrecht-select utrecht-select--html-select select${error ? ' utrecht-select--invalid' : ''} ${className ?? ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
});

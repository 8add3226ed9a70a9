import { useId, type ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DateParts } from '#src/shared/lib/dates.ts';
import { FieldsetShell } from './form.tsx';

/** The props of a date made of parts (`V`: the parts as typed). */
export type PartsFieldProps<V> = {
  id?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: V;
  onChange: (value: V) => void;
  onBlur?: () => void;
};

/**
 * A field of parts bound to a react-hook-form field through `Controller`: its value, its changes
 * and its blur (so it is re-validated when left, like a registered input).
 */
export function controlled<V>(Field: (props: PartsFieldProps<V>) => ReactNode) {
  return function ControlledField<T extends FieldValues, O>({ control, name, ...props }: Omit<PartsFieldProps<V>, 'value' | 'onChange' | 'onBlur'> & { control: Control<T, unknown, O>; name: Path<T> }) {
    return <Controller control={control} name={name} render={({ field }) => <Field {...props} value={field.value as V} onChange={field.onChange} onBlur={field.onBlur} />} />;
  };
}

/**
 * GOV.UK three-field date: dag, maand, jaar. The first input carries `id` so an
 * error summary link lands on it. What was typed is kept as typed.
 */
export function DateField({ id: givenId, legend, hint, error, value, onChange, onBlur }: PartsFieldProps<DateParts>) {
  const { t } = useTranslation();
  const generated = useId();
  const id = givenId ?? generated;
  const part = (key: keyof DateParts, label: string, width: string, autoComplete?: string) => (
    <div className={`date-field__part date-field__part--${width}`}>
      <label className="utrecht-form-label date-field__label" htmlFor={key === 'day' ? id : `${id}-${key}`}>
        {label}
      </label>
      <input
        id={key === 'day' ? id : `${id}-${key}`}
        className={`utrecht-textbox utrecht-textbox--html-input textbox${error ? ' utrecht-textbox--invalid' : ''}`}
        inputMode="numeric"
        autoComplete={autoComplete}
        value={value[key]}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange({ ...value, [key]: event.target.value })}
        onBlur={onBlur}
      />
    </div>
  );
  return (
    <FieldsetShell id={id} legend={legend} hint={hint} error={error} className="date-field" role="group">
      <div className="date-field__parts">
        {part('day', t('form.date.day'), 'short')}
        {part('month', t('form.date.month'), 'short')}
        {part('year', t('form.date.year'), 'year')}
      </div>
    </FieldsetShell>
  );
}

/** `DateField` bound to a react-hook-form field: `<FormDateField control={control} name="start" … />`. */
export const FormDateField = controlled(DateField);

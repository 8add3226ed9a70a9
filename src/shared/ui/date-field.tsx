import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateParts } from '#src/shared/lib/dates.ts';
import { FieldsetShell } from './form.tsx';

/**
 * GOV.UK three-field date: dag, maand, jaar. The first input carries `id` so an
 * error summary link lands on it. What was typed is kept as typed.
 */
export function DateField({
  id: givenId,
  legend,
  hint,
  error,
  value,
  onChange,
  onBlur,
}: {
  id?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  onBlur?: () => void;
}) {
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

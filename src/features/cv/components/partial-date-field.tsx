import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { controlled, type PartsFieldProps } from '#src/shared/ui/date-field.tsx';
import { FieldsetShell } from '#src/shared/ui/form.tsx';
import type { PartialDateParts } from '../form.ts';

/**
 * A CV date: a month (optional, "–" for none) and a year. The year input carries `id`, so an
 * error summary link lands on it.
 */
export function PartialDateField({ id: givenId, legend, hint, error, value, onChange, onBlur }: PartsFieldProps<PartialDateParts>) {
  const { t, i18n } = useTranslation(['cv', 'common']);
  const generated = useId();
  const id = givenId ?? generated;
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: format.format(new Date(Date.UTC(2020, i, 15))) }));
  }, [i18n.language]);
  return (
    <FieldsetShell id={id} legend={legend} hint={hint} error={error} className="partial-date-field" role="group">
      <div className="cv-partial-date">
        <div className="cv-partial-date__part">
          <label className="utrecht-form-label" htmlFor={`${id}-month`}>
            {t('common:form.date.month')}
          </label>
          <select
            id={`${id}-month`}
            className="utrecht-select utrecht-select--html-select select"
            value={value.month}
            onChange={(event) => onChange({ ...value, month: event.target.value, day: '' })}
            onBlur={onBlur}
          >
            <option value="">{t('form.noMonth')}</option>
            {months.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <div className="cv-partial-date__part">
          <label className="utrecht-form-label" htmlFor={id}>
            {t('common:form.date.year')}
          </label>
          <input
            id={id}
            className={`utrecht-textbox utrecht-textbox--html-input textbox cv-partial-date__year${error ? ' utrecht-textbox--invalid' : ''}`}
            inputMode="numeric"
            autoComplete="off"
            value={value.year}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange({ ...value, year: event.target.value, day: event.target.value === value.year ? value.day : '' })}
            onBlur={onBlur}
          />
        </div>
      </div>
    </FieldsetShell>
  );
}

/** `PartialDateField` bound to a react-hook-form field. */
export const FormPartialDateField = controlled(PartialDateField);

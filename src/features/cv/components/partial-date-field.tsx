import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessages } from '#src/shared/ui/form.tsx';
import type { PartialDateParts } from '../form.ts';

/**
 * A CV date: a month (optional, "–" for none) and a year. The year input carries `id`, so an
 * error summary link lands on it.
 */
export function PartialDateField({
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
  value: PartialDateParts;
  onChange: (value: PartialDateParts) => void;
  onBlur?: () => void;
}) {
  const { t, i18n } = useTranslation(['cv', 'common']);
  const generated = useId();
  const id = givenId ?? generated;
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: format.format(new Date(Date.UTC(2020, i, 15))) }));
  }, [i18n.language]);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`utrecht-form-fieldset field${error ? ' field--invalid' : ''}`} role="group" aria-describedby={described}>
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
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
    </fieldset>
  );
}

import { forwardRef, useEffect, useId, useState, type ComponentProps, type ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { graphemeLength } from '#src/shared/lib/text.ts';
import { FieldMessages } from './form.tsx';

/**
 * A textarea with a GOV.UK character count: the person may type (or paste) past the limit
 * and shorten it afterwards; the count shows below the field and is announced politely
 * after typing pauses. The count is in graphemes (`graphemeLength`, the same count as the
 * schemas' `maxChars`), its text the shared `characterCount` (plural) in common.
 */
type TextareaFieldProps = Omit<ComponentProps<'textarea'>, 'id' | 'value'> & {
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  maxLength: number;
  /** Render the label inside the page's h1 (one question per page). */
  labelWrapper?: (label: ReactNode) => ReactNode;
};

export const TextareaField = forwardRef<HTMLTextAreaElement, TextareaFieldProps>(function TextareaField({ id: givenId, label, hint, error, value, maxLength, labelWrapper, rows = 5, ...textarea }, ref) {
  const generated = useId();
  const id = givenId ?? generated;
  const { t } = useTranslation('common');
  const countText = (n: number) => (n >= 0 ? t('characterCount.left', { count: n }) : t('characterCount.over', { count: -n }));
  const left = maxLength - graphemeLength(value ?? '');
  const [announced, setAnnounced] = useState(() => countText(left));
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(countText(left)), 1000);
    return () => clearTimeout(timer);
    // countText is a new function each render; the count (and the language) is what matters
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [left, t]);
  const labelNode = (
    <label className="utrecht-form-label" htmlFor={id}>
      {label}
    </label>
  );
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, `${id}-count`].filter(Boolean).join(' ');
  return (
    <div className={`utrecht-form-field field${error ? ' field--invalid utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">{labelWrapper ? labelWrapper(labelNode) : labelNode}</div>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        className={`utrecht-textarea textbox textarea${error || left < 0 ? ' utrecht-textarea--invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        dir="auto"
        value={value}
        {...textarea}
      />
      <p className={`character-count${left < 0 ? ' character-count--over' : ''}`} id={`${id}-count`} aria-hidden="true">
        {countText(left)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </div>
  );
});

/**
 * `TextareaField` bound to a react-hook-form field (the count needs the value, so it is
 * controlled): `<FormTextareaField control={control} name="reason" … />`.
 */
export function FormTextareaField<T extends FieldValues, O>({
  control,
  name,
  ...props
}: Omit<TextareaFieldProps, 'value' | 'name' | 'onBlur'> & { control: Control<T, unknown, O>; name: Path<T> }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextareaField
          {...props}
          {...field}
          value={(field.value as string | null) ?? ''}
          onChange={(event) => {
            props.onChange?.(event);
            field.onChange(event);
          }}
        />
      )}
    />
  );
}

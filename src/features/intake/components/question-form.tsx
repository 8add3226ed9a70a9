import type { ReactNode } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ReadAloud } from '#src/shared/ui/read-aloud.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { FormDateField } from '#src/shared/ui/date-field.tsx';
import { ErrorSummary, RadioGroup, TextField } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { CheckboxGroup, OrChoice } from '#src/shared/ui/choices.tsx';
import { FormTextareaField } from '#src/shared/ui/textarea-field.tsx';
import { PageHeading } from '#src/shared/ui/page.tsx';
import { answerFormSchema, toAnswerForm, UNKNOWN_CHOICE, type AnswerFormValues } from '../form.ts';
import type { Answer, Question } from '../definition/schemas.ts';
import { useLocalized } from '../use-intake-view.ts';

export const fieldIdOf = (question: Question) => `answer-${question.id}`;

/** The {{placeholders}} of an answer problem: the question's own limits. */
function useAnswerLimits() {
  const localized = useLocalized();
  return (question: Question) => {
    const exclusive = question.type === 'multiple' ? question.options.find((o) => o.exclusive) : undefined;
    return {
      min: question.type === 'number' ? question.min : undefined,
      max: question.type === 'number' ? question.max : question.type === 'text' || question.type === 'longText' ? question.maxLength : undefined,
      option: exclusive ? `"${localized(exclusive.label)}"` : '',
    };
  };
}

/**
 * One question on its own page (GOV.UK question page): the question is the h1 and the
 * label or legend; validated on "Ga verder" and when leaving a changed field, never while typing.
 */
export function QuestionForm({
  question,
  answer,
  stepText,
  onSubmit,
  submitting,
}: {
  question: Question;
  answer: Answer | undefined;
  stepText: string;
  onSubmit: (answer: Answer) => Promise<void> | void;
  submitting?: boolean;
}) {
  const { t } = useTranslation('intake');
  const localized = useLocalized();
  const limits = useAnswerLimits();
  const { control, register, submit, setValue, summary, message } = useAppForm<AnswerFormValues, Answer>({
    defaultValues: toAnswerForm(question, answer),
    schema: answerFormSchema(question),
    idPrefix: 'answer',
    ns: 'intake',
  });
  const id = fieldIdOf(question);
  const error = message('text', limits(question));
  const text = localized(question.text);
  const heading = (label: ReactNode) => <PageHeading title={`${text} – ${stepText}`}>{label}</PageHeading>;
  const label = (
    <>
      {text}
      {question.optional ? <span className="field__optional"> {t('question.optional')}</span> : null}
    </>
  );
  const hint = question.hint ? localized(question.hint) : undefined;
  const unknown = useWatch({ control, name: 'unknown' });
  const unknownCheckbox = question.allowUnknown ? (
    <Controller
      control={control}
      name="unknown"
      render={({ field }) => (
        <OrChoice
          id={`${id}-unknown`}
          orText={t('question.or')}
          label={t('question.unknown')}
          checked={field.value}
          onChange={(checked) => {
            field.onChange(checked);
            if (checked) {
              setValue('text', '');
              setValue('choices', []);
              setValue('date', { day: '', month: '', year: '' });
            }
          }}
        />
      )}
    />
  ) : null;

  let field: ReactNode;
  switch (question.type) {
    case 'single':
    case 'yesNo':
    case 'scale': {
      const choices =
        question.type === 'single'
          ? question.options.map((o) => ({ value: o.value, label: localized(o.label) }))
          : question.type === 'yesNo'
            ? [
                { value: 'yes', label: t('answer.yes') },
                { value: 'no', label: t('answer.no') },
              ]
            : question.points.map((p) => ({ value: String(p.value), label: localized(p.label) }));
      field = (
        <RadioGroup
          id={id}
          legend={heading(label)}
          hint={hint}
          error={error}
          choices={choices}
          orChoice={question.allowUnknown ? { value: UNKNOWN_CHOICE, label: t('question.unknown'), orText: t('question.or') } : undefined}
          {...register('text')}
        />
      );
      break;
    }
    case 'multiple':
      field = (
        <Controller
          control={control}
          name="choices"
          render={({ field: f }) => (
            <CheckboxGroup
              id={id}
              legend={heading(label)}
              hint={hint}
              error={error}
              choices={question.options.map((o) => ({ value: o.value, label: localized(o.label), hint: o.hint ? localized(o.hint) : undefined, exclusive: o.exclusive }))}
              value={f.value}
              onChange={(value) => {
                f.onChange(value);
                if (value.length > 0) setValue('unknown', false);
              }}
              onBlur={f.onBlur}
            >
              {unknownCheckbox}
            </CheckboxGroup>
          )}
        />
      );
      break;
    case 'number':
      field = (
        <>
          <TextField
            id={id}
            label={label}
            labelWrapper={heading}
            hint={hint}
            error={error}
            inputMode="numeric"
            width="short"
            disabled={unknown}
            suffix={question.unit ? localized(question.unit) : undefined}
            {...register('text')}
          />
          {unknownCheckbox}
        </>
      );
      break;
    case 'date':
      field = (
        <>
          <FormDateField control={control} name="date" id={id} legend={heading(label)} hint={hint} error={error} />
          {unknownCheckbox}
        </>
      );
      break;
    case 'text':
      field = (
        <TextField id={id} label={label} labelWrapper={heading} hint={hint} error={error} {...register('text')} />
      );
      break;
    case 'longText':
      field = (
        <FormTextareaField control={control} name="text" id={id} label={label} labelWrapper={heading} hint={hint} error={error} maxLength={question.maxLength} />
      );
      break;
  }

  return (
    <form
      noValidate
      className="form"
      onSubmit={submit(onSubmit)}
    >
      <ErrorSummary {...summary([{ name: 'text', id, values: limits(question) }])} />
      <div className="question-heading">{field}</div>
      <ReadAloud text={[text, hint, question.why ? localized(question.why) : ''].filter(Boolean).join('. ')} />
      {question.why ? (
        <details className="details">
          <summary className="details__summary">{t('question.why')}</summary>
          <div className="details__text">{localized(question.why)}</div>
        </details>
      ) : null}
      <div className="button-row">
        <Button type="submit" busy={submitting}>
          {t('question.continue')}
        </Button>
      </div>
    </form>
  );
}

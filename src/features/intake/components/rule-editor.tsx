import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { ErrorSummary, TextField } from '#src/shared/ui/form.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { useAppForm, type SummaryField } from '#src/shared/ui/use-app-form.ts';
import { serviceLineSchema } from '#src/shared/lib/domain.ts';
import type { IntakeDefinition } from '../definition/schemas.ts';
import { thresholdLeaves, type ThresholdLeaf } from '../tuning/rules.ts';
import { ruleTuningSchema, type RuleTuning, type RuleTuningInput } from '../tuning/schemas.ts';
import { useLocalized } from '../use-intake-view.ts';

const RUNGS = [1, 2, 3, 4, 5, 6] as const;
const asNumber = { valueAsNumber: true } as const;

/**
 * The structured editor of the entree's rules (issue 21): the bands per dimension, the points
 * each answer adds, and the decision table — per row its outcome and the numbers its condition
 * compares with, in order, with buttons to move a row up or down (the first row that matches
 * wins). No raw JSON. Checked on submit with the tuning schema (plain-Dutch messages next to each
 * field), then by the server like every definition (its field errors come back to the field).
 */
export function RuleEditor({
  base,
  defaultValues,
  serverErrors,
  onSave,
}: {
  base: IntakeDefinition;
  defaultValues: RuleTuning;
  serverErrors?: Record<string, string[]>;
  onSave: (tuning: RuleTuning) => Promise<void>;
}) {
  const { t } = useTranslation('intake');
  const localized = useLocalized();
  const { register, control, submit, summary, message, formState, getValues } = useAppForm<RuleTuningInput, RuleTuning>({
    defaultValues,
    schema: ruleTuningSchema,
    idPrefix: 'rules',
    ns: 'intake',
    serverErrors,
    nestedServerErrors: true,
  });
  const rows = useFieldArray({ control, name: 'decision', keyName: 'key' });
  const rules = new Map(base.decision.rules.map((r) => [r.id, r]));
  const scoring = new Map(base.scoring.map((r) => [r.id, r]));
  const dimensionLabel = (id: string) => localized(base.dimensions.find((d) => d.id === id)?.label);
  const lineOptions = [{ value: '', label: t('tuning.editor.chooseLine') }, ...serviceLineSchema.options.map((line) => ({ value: line, label: t(`lines.${line}.name`) }))];
  const rungOptions = RUNGS.map((rung) => ({ value: String(rung), label: `${rung} – ${t(`rungs.${rung}`)}` }));

  const thresholdLabel = (leaf: ThresholdLeaf) => {
    const source = 'score' in leaf.source ? dimensionLabel(leaf.source.score) : 'barrierCount' in leaf.source ? t('tuning.editor.barrierCount') : t('tuning.editor.age');
    return t(`tuning.editor.operators.${leaf.operator}`, { source });
  };

  const values = getValues();
  const fields: SummaryField[] = [
    ...values.dimensions.flatMap((_, i) => [`dimensions.${i}.lowBelow`, `dimensions.${i}.highFrom`]),
    ...values.weights.flatMap((w, i) => Object.keys(w.add).map((d) => `weights.${i}.add.${d}`)),
    ...rows.fields.flatMap((row, i) => [`decision.${i}.serviceLine`, `decision.${i}.rung`, ...row.thresholds.map((_, j) => `decision.${i}.thresholds.${j}`)]),
    'otherwise.serviceLine',
    'otherwise.rung',
  ];

  return (
    <form noValidate className="form rule-editor" onSubmit={submit(onSave)}>
      <ErrorSummary {...summary(fields)} />

      <fieldset className="utrecht-form-fieldset field">
        <legend className="utrecht-form-fieldset__legend">{t('tuning.editor.bands')}</legend>
        <p className="field__hint">{t('tuning.editor.bandsHint')}</p>
        {values.dimensions.map((dimension, i) => (
          <div key={dimension.id} className="rule-editor__pair" role="group" aria-label={dimensionLabel(dimension.id)}>
            <TextField id={`rules-dimensions-${i}-lowBelow`} label={t('tuning.editor.lowBelow', { dimension: dimensionLabel(dimension.id) })} width="short" inputMode="text" error={message(`dimensions.${i}.lowBelow`)} {...register(`dimensions.${i}.lowBelow`, asNumber)} />
            <TextField id={`rules-dimensions-${i}-highFrom`} label={t('tuning.editor.highFrom', { dimension: dimensionLabel(dimension.id) })} width="short" inputMode="text" error={message(`dimensions.${i}.highFrom`)} {...register(`dimensions.${i}.highFrom`, asNumber)} />
          </div>
        ))}
      </fieldset>

      <fieldset className="utrecht-form-fieldset field">
        <legend className="utrecht-form-fieldset__legend">{t('tuning.editor.weights')}</legend>
        <p className="field__hint">{t('tuning.editor.weightsHint')}</p>
        {values.weights.map((weight, i) =>
          Object.keys(weight.add).map((dimension) => (
            <TextField
              key={`${weight.ruleId}-${dimension}`}
              id={`rules-weights-${i}-add-${dimension}`}
              label={t('tuning.editor.weight', { answer: localized(scoring.get(weight.ruleId)?.reason), dimension: dimensionLabel(dimension) })}
              width="short"
              inputMode="text"
              error={message(`weights.${i}.add.${dimension}`)}
              {...register(`weights.${i}.add.${dimension as 'kunnen'}`, asNumber)}
            />
          )),
        )}
      </fieldset>

      <fieldset className="utrecht-form-fieldset field">
        <legend className="utrecht-form-fieldset__legend">{t('tuning.editor.table')}</legend>
        <p className="field__hint">{t('tuning.editor.tableHint')}</p>
        <ol className="rule-editor__rows">
          {rows.fields.map((row, i) => {
            const rule = rules.get(row.ruleId);
            const leaves = rule ? thresholdLeaves(rule) : [];
            const name = localized(rule?.description);
            return (
              <li key={row.key} className="summary-card rule-editor__row">
                <h3 className="summary-card__title" id={`rules-row-${i}`}>
                  {t('tuning.editor.row', { number: i + 1, name })}
                </h3>
                <SelectField id={`rules-decision-${i}-serviceLine`} label={t('tuning.editor.line')} options={lineOptions} error={message(`decision.${i}.serviceLine`)} {...register(`decision.${i}.serviceLine`)} />
                <SelectField id={`rules-decision-${i}-rung`} label={t('tuning.editor.rung')} options={rungOptions} error={message(`decision.${i}.rung`)} {...register(`decision.${i}.rung`, asNumber)} />
                {leaves.map((leaf, j) => (
                  <TextField key={j} id={`rules-decision-${i}-thresholds-${j}`} label={thresholdLabel(leaf)} width="short" inputMode="text" error={message(`decision.${i}.thresholds.${j}`)} {...register(`decision.${i}.thresholds.${j}`, asNumber)} />
                ))}
                <div className="button-row">
                  <Button variant="secondary" disabled={i === 0} aria-describedby={`rules-row-${i}`} onClick={() => rows.move(i, i - 1)}>
                    {t('tuning.editor.up')}
                  </Button>
                  <Button variant="secondary" disabled={i === rows.fields.length - 1} aria-describedby={`rules-row-${i}`} onClick={() => rows.move(i, i + 1)}>
                    {t('tuning.editor.down')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <div className="summary-card">
          <h3 className="summary-card__title">{t('tuning.editor.otherwise')}</h3>
          <SelectField id="rules-otherwise-serviceLine" label={t('tuning.editor.line')} options={lineOptions} error={message('otherwise.serviceLine')} {...register('otherwise.serviceLine')} />
          <SelectField id="rules-otherwise-rung" label={t('tuning.editor.rung')} options={rungOptions} error={message('otherwise.rung')} {...register('otherwise.rung', asNumber)} />
        </div>
      </fieldset>
      <Button id="rules-save" type="submit" busy={formState.isSubmitting}>
        {t('tuning.editor.save')}
      </Button>
    </form>
  );
}

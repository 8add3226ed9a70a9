import { useTranslation } from 'react-i18next';
import { INDICATORS, targetFor, type IndicatorSettings, type IndicatorUnit } from '../indicators.ts';
import { cellText, coachNorm, figureText, type FigureTexts } from '../figure-text.ts';
import type { Figure, ManagementFigures } from '../schemas.ts';
import { BarChart, type Bar } from './bar-chart.tsx';
import { StepChart, type StepPoint } from './step-chart.tsx';
import { DataTable } from './data-table.tsx';

type Props = { figure: Figure; data: ManagementFigures; settings: IndicatorSettings; number: (value: number) => string; month: (ym: string) => string };

/** One figure: its title, one sentence, its indicators against baseline and target, a chart and the same numbers as a table. */
export function FigureSection({ figure, data, settings, number, month }: Props) {
  const { t } = useTranslation('management');
  const months = data.period.months;
  const texts: FigureTexts = {
    rowHeader: t(`figure.${figure.id}.rowHeader`),
    label: (key) => t(`label.${key}` as 'label.uwv'),
    number,
    small: t('small'),
    total: t('total'),
    norm: t('norm'),
    normPerFte: settings.caseloadNormPerFte,
  };
  const text = figureText(figure, data.coaches, texts);
  const title = t(`figure.${figure.id}.title`);
  const fileName = (name: string) => t('csvFile', { figure: name, period: data.period.id });
  const unitValue = (unit: IndicatorUnit, value: number) => t(`unit.${unit}`, { value: number(value) });

  const bars: Bar[] = figure.table.rows.map((row) => {
    const cell = row.cells[0] ?? { value: null, suppressed: true };
    const reference = figure.id === 'caseload' ? coachNorm(data.coaches, row.key, settings.caseloadNormPerFte) : figure.id === 'searchPeriod' ? (row.total?.value ?? null) : null;
    return { key: row.key, label: row.label ?? texts.label(row.key), value: cell.value, text: cellText(cell, texts), reference };
  });
  const target = settings.indicators.outflowToWork.target;
  const points: StepPoint[] = (figure.series ?? []).map((p, i) => ({
    month: p.month,
    label: month(p.month),
    value: p.value,
    text: cellText(p, { number: (v) => t('unit.percent', { value: number(v) }), small: texts.small }),
    target: target === null ? null : Math.round(((target * (i + 1)) / 12) * 10) / 10,
  }));

  return (
    <section className="figure" aria-labelledby={`figure-${figure.id}`}>
      <h2 id={`figure-${figure.id}`}>{title}</h2>
      <p>{t(`figure.${figure.id}.summary`)}</p>
      {figure.indicators.length > 0 ? (
        <ul className="figure__indicators">
          {figure.indicators.map((indicator) => {
            const definition = INDICATORS[indicator.id];
            const { baseline, target: yearly } = settings.indicators[indicator.id];
            const forPeriod = targetFor(indicator.id, yearly, months);
            return (
              <li key={indicator.id} className="figure__indicator">
                <p className="figure__name">{t(`indicator.${indicator.id}.name`)}</p>
                <p className="figure__value">{indicator.suppressed || indicator.value === null ? t('small') : unitValue(definition.unit, indicator.value)}</p>
                <p className="figure__compare">
                  {baseline !== null ? t('baseline', { value: unitValue(definition.unit, baseline) }) : null}
                  {baseline !== null && forPeriod !== null ? ' · ' : null}
                  {forPeriod !== null && yearly !== null
                    ? definition.perYear && months < 12
                      ? t('targetPart', { value: unitValue(definition.unit, forPeriod), year: unitValue(definition.unit, yearly) })
                      : t('target', { value: unitValue(definition.unit, forPeriod) })
                    : null}
                </p>
                <details className="figure__definition">
                  <summary>{t('howCounted')}</summary>
                  <p>{t('numerator', { text: t(`indicator.${indicator.id}.numerator`) })}</p>
                  <p>{t('denominator', { text: t(`indicator.${indicator.id}.denominator`) })}</p>
                </details>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="figure__body">
        {figure.id === 'sorting' ? null : figure.id === 'outflow' ? (
          <div className="figure__chart">
            <StepChart points={points} />
            <p className="field__hint">{t('chartKey.step')}</p>
          </div>
        ) : (
          <div className="figure__chart">
            <BarChart bars={bars} />
            <p className="field__hint">
              {t('chartKey.bars')} {figure.id === 'caseload' ? t('chartKey.norm') : figure.id === 'searchPeriod' ? t('chartKey.total') : null}
            </p>
          </div>
        )}
        <div className="figure__table">
          <DataTable text={text} caption={title} fileName={fileName(figure.id)} diagonal={figure.id === 'sorting'} />
        </div>
      </div>
      {figure.id === 'outflow' && points.length > 0 ? (
        <div className="figure__table">
          <DataTable
            text={{ header: [t('month'), t('indicator.outflowToWork.name'), t('targetColumn')], rows: points.map((p) => [p.label, p.text, p.target === null ? '' : t('unit.percent', { value: number(p.target) })]), totals: null }}
            caption={t('seriesCaption')}
            fileName={fileName('outflow-months')}
          />
        </div>
      ) : null}
    </section>
  );
}

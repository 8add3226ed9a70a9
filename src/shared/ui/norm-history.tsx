import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '#src/shared/lib/format.ts';
import '#src/shared/ui/styles/coach.css';

/** One norm period: what was done against what the norm asked. */
export type NormPeriod = { start: string; end: string; count: number; required: number };

const BAR = 28;
const GAP = 8;
const HEIGHT = 120;

/**
 * The norm per period as a small bar chart (bars: activities; a line: the norm) with the same
 * figures in a real table beside it, and one sentence saying what it shows. Oldest period first.
 * The chart is a picture of the table: screen readers get the table.
 */
export function NormHistory({ periods, name }: { periods: readonly NormPeriod[]; name: string }) {
  const { t } = useTranslation('common');
  const date = useFormatDate({ dateStyle: 'medium' });
  const captionId = useId();
  if (periods.length === 0) return <p>{t('normHistory.empty')}</p>;
  const max = Math.max(1, ...periods.map((p) => Math.max(p.count, p.required)));
  const y = (value: number) => HEIGHT - (value / max) * (HEIGHT - 16);
  const width = periods.length * (BAR + GAP) + GAP;
  return (
    <div className="norm-history">
      <p id={captionId}>{t('normHistory.lead', { name })}</p>
      <div className="norm-history__body">
        <svg className="norm-history__chart" viewBox={`0 0 ${width} ${HEIGHT + 4}`} width={width} height={HEIGHT + 4} aria-hidden="true" focusable="false">
          <line x1="0" x2={width} y1={HEIGHT} y2={HEIGHT} className="norm-history__axis" />
          {periods.map((p, i) => {
            const x = GAP + i * (BAR + GAP);
            const met = p.count >= p.required;
            return (
              <g key={p.start}>
                <rect x={x} y={y(p.count)} width={BAR} height={HEIGHT - y(p.count)} className={met ? 'norm-history__bar norm-history__bar--met' : 'norm-history__bar'} />
                <line x1={x - 2} x2={x + BAR + 2} y1={y(p.required)} y2={y(p.required)} className="norm-history__norm" />
                <text x={x + BAR / 2} y={Math.max(12, y(p.count) - 3)} textAnchor="middle" className="norm-history__value">
                  {p.count}
                </text>
              </g>
            );
          })}
        </svg>
        <table className="table norm-history__table" aria-describedby={captionId}>
          <caption className="visually-hidden">{t('normHistory.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('normHistory.period')}</th>
              <th scope="col">{t('normHistory.done')}</th>
              <th scope="col">{t('normHistory.norm')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.start}>
                <th scope="row">{t('normHistory.range', { start: date(p.start), end: date(p.end) })}</th>
                <td>{p.count}</td>
                <td>{p.required}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field__hint">{t('normHistory.key')}</p>
    </div>
  );
}

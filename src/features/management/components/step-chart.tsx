import { scaleLinear } from 'd3-scale';

export type StepPoint = { month: string; label: string; value: number | null; text: string; target: number | null };

const WIDTH = 320;
const HEIGHT = 160;
const PAD = { top: 12, right: 12, bottom: 24, left: 36 };

/**
 * The share to work so far as steps per month, against the target as a dashed line (decision 015).
 * A suppressed month breaks the steps. A picture of the table beside it (hidden from screen readers).
 */
export function StepChart({ points }: { points: readonly StepPoint[] }) {
  const max = Math.max(1, ...points.map((p) => Math.max(p.value ?? 0, p.target ?? 0)));
  const x = scaleLinear().domain([0, Math.max(1, points.length)]).range([PAD.left, WIDTH - PAD.right]);
  const y = scaleLinear().domain([0, max]).range([HEIGHT - PAD.bottom, PAD.top]).nice();
  const steps = points.map((p, i) => (p.value === null ? null : `M${x(i)},${y(p.value)}H${x(i + 1)}`)).filter((d): d is string => d !== null);
  const target = points.map((p, i) => (p.target === null ? null : `${i === 0 ? 'M' : 'L'}${x(i + 1)},${y(p.target)}`)).filter((d): d is string => d !== null);
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} direction="ltr" aria-hidden="true" focusable="false" data-chart="steps">
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="chart__axis" />
      {y.ticks(4).map((tick) => (
        <text key={tick} x={PAD.left - 4} y={y(tick) + 4} textAnchor="end" className="chart__tick">
          {tick}%
        </text>
      ))}
      {target.length > 0 ? <path d={`M${x(0)},${y(0)}${target.join('').replace(/^M/, 'L')}`} className="chart__target" /> : null}
      {steps.map((d) => (
        <path key={d} d={d} className="chart__step" />
      ))}
      {points.map((p, i) => (
        <text key={p.month} x={(x(i) + x(i + 1)) / 2} y={HEIGHT - 6} textAnchor="middle" className="chart__tick" data-value={p.text}>
          {p.label}
        </text>
      ))}
    </svg>
  );
}

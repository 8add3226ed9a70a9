import { scaleLinear } from 'd3-scale';

export type Bar = { key: string; label: string; value: number | null; text: string; reference: number | null };

const WIDTH = 320;
const ROW = 44;
const BAR = 18;

/**
 * Bars drawn as SVG from a d3 scale (decision 015): each bar's label above it, its number beside
 * it ("< 5" and no bar when suppressed), an optional tick for a reference (the norm, the total).
 * A picture of the table beside it: hidden from screen readers, which read the table.
 */
export function BarChart({ bars }: { bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.value ?? 0, bar.reference ?? 0)));
  const x = scaleLinear().domain([0, max]).range([0, WIDTH - 56]).nice();
  const height = bars.length * ROW + 4;
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} direction="ltr" aria-hidden="true" focusable="false" data-chart="bars">
      {bars.map((bar, i) => {
        const top = i * ROW;
        const width = bar.value === null ? 0 : x(bar.value);
        return (
          <g key={bar.key} data-key={bar.key}>
            <text x={0} y={top + 14} className="chart__label">
              {bar.label}
            </text>
            <rect x={0} y={top + 20} width={width} height={BAR} className="chart__bar" />
            {bar.reference === null ? null : <line x1={x(bar.reference)} x2={x(bar.reference)} y1={top + 16} y2={top + 20 + BAR + 4} className="chart__reference" />}
            <text x={width + 4} y={top + 20 + BAR - 4} className="chart__value" data-value={bar.text}>
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { formatUsd } from '@/lib/fees';
import type { AspFacts } from '@/lib/payment-schema';

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { top: 12, right: 28, bottom: 28, left: 64 };

/**
 * The payment limit quarter by quarter, drawn on the server as SVG (no chart code in the browser). Quarters the code
 * was not listed in are gaps in the line. The table beside it carries the same figures for screen readers.
 */
export function PriceChart({ history, id }: { history: AspFacts['history']; id: string }) {
  const points = history.filter((h) => h.limit !== null);
  if (points.length < 2) return null;
  const limits = points.map((p) => p.limit!);
  const [min, max] = [Math.min(...limits), Math.max(...limits)];
  const y = scaleLinear()
    .domain(min === max ? [min * 0.9, max * 1.1 || 1] : [min - (max - min) * 0.1, max + (max - min) * 0.1])
    .range([HEIGHT - PAD.bottom, PAD.top])
    .nice(4);
  const x = scalePoint<string>()
    .domain(history.map((h) => h.quarter))
    .range([PAD.left, WIDTH - PAD.right]);
  const path = line<AspFacts['history'][number]>()
    .defined((h) => h.limit !== null)
    .x((h) => x(h.quarter) ?? 0)
    .y((h) => y(h.limit ?? 0))(history);
  const first = points[0]!;
  const last = points.at(-1)!;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-caption`}>
        {y.ticks(4).map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} className="grid" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
              {formatUsd(t)}
            </text>
          </g>
        ))}
        {history.map((h, i) => (
          <text key={h.quarter} x={x(h.quarter)} y={HEIGHT - 8} textAnchor={i === history.length - 1 ? 'end' : 'middle'}>
            {i % 2 === 0 || i === history.length - 1 ? h.quarter : ''}
          </text>
        ))}
        <path d={path ?? ''} className="line" />
        {points.map((p) => (
          <circle key={p.quarter} cx={x(p.quarter)} cy={y(p.limit!)} r={3} className="dot" />
        ))}
      </svg>
      <figcaption
        id={`${id}-caption`}
      >{`Payment limit per billing unit, ${first.quarter} to ${last.quarter}: from ${formatUsd(first.limit!)} to ${formatUsd(last.limit!)}.`}</figcaption>
    </figure>
  );
}

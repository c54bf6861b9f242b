/**
 * A small line chart of a figure's history (strength or budget over time), drawn as SVG elements
 * by Preact — no markup strings. The caption under it names the span and the unit, so the line
 * is never a bare squiggle; the label spells out every point for screen readers.
 */
import { dateStart } from '../core/dates';

export interface Point {
  date: string;
  value: number;
}

const W = 120;
const H = 28;
const PAD = 3;

export function History({ points, label, caption }: { points: readonly Point[]; label: string; caption?: string }) {
  if (points.length < 2) return null;
  const sorted = [...points].sort((a, b) => (dateStart(a.date) < dateStart(b.date) ? -1 : 1));
  const times = sorted.map((p) => Date.parse(dateStart(p.date)));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const max = Math.max(...sorted.map((p) => p.value));
  const x = (t: number) => PAD + (t1 === t0 ? 0 : ((t - t0) / (t1 - t0)) * (W - 2 * PAD));
  const y = (v: number) => H - PAD - (max === 0 ? 0 : (v / max) * (H - 2 * PAD));
  const coords = sorted.map((p, i) => `${x(times[i]!).toFixed(1)},${y(p.value).toFixed(1)}`);
  return (
    <figure class="ml-chart">
      <svg class="ml-history" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <title>{label}</title>
        <line class="ml-axis" x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} stroke="currentColor" stroke-width="0.5" />
        <polyline points={coords.join(' ')} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
        {coords.map((c) => {
          const [cx, cy] = c.split(',');
          return <circle key={c} cx={cx} cy={cy} r="1.8" fill="currentColor" />;
        })}
      </svg>
      {caption ? (
        <figcaption class="ml-chart-caption" aria-hidden="true">
          {caption}
        </figcaption>
      ) : null}
    </figure>
  );
}

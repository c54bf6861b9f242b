/**
 * A small line chart of a figure's history (strength or budget over time), drawn as SVG elements
 * by Preact — no markup strings. The label spells out the first and last points for screen readers.
 */
import { dateStart } from '../core/dates';

export interface Point {
  date: string;
  value: number;
}

const W = 120;
const H = 28;
const PAD = 3;

export function History({ points, label }: { points: readonly Point[]; label: string }) {
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
    <svg class="ml-history" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <title>{label}</title>
      <polyline points={coords.join(' ')} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
      {coords.map((c) => {
        const [cx, cy] = c.split(',');
        return <circle key={c} cx={cx} cy={cy} r="1.8" fill="currentColor" />;
      })}
    </svg>
  );
}

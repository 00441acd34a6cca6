/**
 * A force-directed layout (Fruchterman–Reingold) fast enough for thousands of actors: repulsion
 * is approximated with a quadtree (./force-repulsion.ts), so each step costs about n log n plus the
 * number of links. Deterministic: the same graph is drawn the same way.
 */
import { repel } from "./force-repulsion.js";

export interface Point {
  x: number;
  y: number;
}

/** Ideal distance between linked nodes, in pixels at zoom 1. */
const K = 60;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions for `ids`, linked by `links` (pairs of ids; repeats and unknown ids are ignored).
 * Nodes listed first start nearest the centre: pass the best-connected first.
 */
export function forceLayout(
  ids: readonly number[],
  links: readonly [number, number][],
  iterations?: number,
): Map<number, Point> {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  // A sunflower spiral to start: even spacing, the first nodes in the middle.
  for (let i = 0; i < n; i++) {
    const r = K * Math.sqrt(i + 0.5);
    xs[i] = r * Math.cos(i * GOLDEN_ANGLE);
    ys[i] = r * Math.sin(i * GOLDEN_ANGLE);
  }
  const pairs = uniquePairs(links, index);
  const steps = iterations ?? (n > 1000 ? 30 : n > 200 ? 80 : 200);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = K * Math.sqrt(n) * 0.1 + K;
  const cooling = temperature / (steps + 1);
  for (let step = 0; step < steps; step++) {
    dx.fill(0);
    dy.fill(0);
    repel(xs, ys, dx, dy, K * K);
    for (let p = 0; p < pairs.length; p += 2) {
      const [a, b] = [pairs[p], pairs[p + 1]];
      const ex = xs[a] - xs[b];
      const ey = ys[a] - ys[b];
      const d = Math.sqrt(ex * ex + ey * ey) || 0.01;
      const f = d / K; // d² / K, over d to get the unit vector
      dx[a] -= ex * f;
      dy[a] -= ey * f;
      dx[b] += ex * f;
      dy[b] += ey * f;
    }
    for (let i = 0; i < n; i++) {
      // A little gravity keeps separate components from drifting apart.
      dx[i] -= xs[i] * 0.01;
      dy[i] -= ys[i] * 0.01;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const move = Math.min(d, temperature);
      xs[i] += (dx[i] / d) * move;
      ys[i] += (dy[i] / d) * move;
    }
    temperature -= cooling;
  }
  return new Map(ids.map((id, i) => [id, { x: xs[i], y: ys[i] }]));
}

/** Links as a flat array of index pairs, each pair once whatever its direction. */
function uniquePairs(links: readonly [number, number][], index: Map<number, number>): Int32Array {
  const seen = new Set<number>();
  const out: number[] = [];
  const n = index.size;
  for (const [s, t] of links) {
    const a = index.get(s);
    const b = index.get(t);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a, b);
  }
  return Int32Array.from(out);
}

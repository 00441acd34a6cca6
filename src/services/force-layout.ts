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
  packComponents(xs, ys, pairs);
  return new Map(ids.map((id, i) => [id, { x: xs[i], y: ys[i] }]));
}

/**
 * Forces alone let small components and lone nodes drift far from the main one, and a view
 * fitted to all of them shows the main component as a speck. So each connected component keeps
 * its own layout and the components are packed side by side, largest first, in rows about as
 * wide as the whole is tall (shelf packing), a gap of K between them.
 */
function packComponents(xs: Float64Array, ys: Float64Array, pairs: Int32Array): void {
  const n = xs.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (let p = 0; p < pairs.length; p += 2) parent[find(pairs[p])] = find(pairs[p + 1]);
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  }
  const boxes = [...members.values()].map((nodes) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const i of nodes) {
      x0 = Math.min(x0, xs[i]);
      y0 = Math.min(y0, ys[i]);
      x1 = Math.max(x1, xs[i]);
      y1 = Math.max(y1, ys[i]);
    }
    return { nodes, x0, y0, w: x1 - x0 + K, h: y1 - y0 + K };
  });
  // Largest first; among equals, the component holding the earliest-listed node first.
  boxes.sort((a, b) => b.nodes.length - a.nodes.length || b.w * b.h - a.w * a.h || a.nodes[0] - b.nodes[0]);
  const area = boxes.reduce((sum, b) => sum + b.w * b.h, 0);
  const rowWidth = Math.max(Math.sqrt(area) * 1.2, boxes[0]?.w ?? 0);
  let [x, y, rowHeight] = [0, 0, 0];
  for (const box of boxes) {
    if (x > 0 && x + box.w > rowWidth) {
      [x, y, rowHeight] = [0, y + rowHeight, 0];
    }
    for (const i of box.nodes) {
      xs[i] += x - box.x0;
      ys[i] += y - box.y0;
    }
    x += box.w;
    rowHeight = Math.max(rowHeight, box.h);
  }
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

/**
 * Repulsion between all nodes in O(n log n) per step (Barnes–Hut): nodes go into a quadtree,
 * and a far-away square of the tree pushes as one body at its centre of mass. A milieu has hubs
 * with hundreds of neighbours; close-range methods slow to O(n²) in their crowd, this does not.
 */

/** How far a square must be, relative to its size, to count as one body. */
const THETA = 0.9;
/** Past this depth, nodes at (nearly) the same place share a leaf rather than split forever. */
const MAX_DEPTH = 24;

/**
 * Add to (dx, dy) each node's push from all others, `k2 / distance` in size (k2 = K²).
 */
export function repel(xs: Float64Array, ys: Float64Array, dx: Float64Array, dy: Float64Array, k2: number): void {
  const n = xs.length;
  if (n < 2) return;
  const tree = new QuadTree(xs, ys);
  for (let i = 0; i < n; i++) tree.push(i, dx, dy, k2);
}

class QuadTree {
  // One entry per square: its corner and size, mass and summed positions, first child (or -1),
  // and the one node it holds as a leaf (-1 when empty or split).
  private x0: Float64Array;
  private y0: Float64Array;
  private size: Float64Array;
  private mass: Float64Array;
  private sx: Float64Array;
  private sy: Float64Array;
  private child: Int32Array;
  private body: Int32Array;
  private count = 0;

  constructor(
    private xs: Float64Array,
    private ys: Float64Array,
  ) {
    const n = xs.length;
    const cap = 8 * n + 8;
    this.x0 = new Float64Array(cap);
    this.y0 = new Float64Array(cap);
    this.size = new Float64Array(cap);
    this.mass = new Float64Array(cap);
    this.sx = new Float64Array(cap);
    this.sy = new Float64Array(cap);
    this.child = new Int32Array(cap).fill(-1);
    this.body = new Int32Array(cap).fill(-1);
    let [minX, minY, maxX, maxY] = [xs[0], ys[0], xs[0], ys[0]];
    for (let i = 1; i < n; i++) {
      minX = Math.min(minX, xs[i]);
      maxX = Math.max(maxX, xs[i]);
      minY = Math.min(minY, ys[i]);
      maxY = Math.max(maxY, ys[i]);
    }
    this.square(minX, minY, Math.max(maxX - minX, maxY - minY, 1) * 1.0001);
    for (let i = 0; i < n; i++) this.insert(i);
  }

  private square(x: number, y: number, size: number): number {
    const s = this.count++;
    this.x0[s] = x;
    this.y0[s] = y;
    this.size[s] = size;
    return s;
  }

  private insert(i: number): void {
    let s = 0;
    for (let depth = 0; ; depth++) {
      const empty = this.mass[s] === 0;
      this.mass[s]++;
      this.sx[s] += this.xs[i];
      this.sy[s] += this.ys[i];
      if (empty) {
        this.body[s] = i;
        return;
      }
      if (this.child[s] < 0) {
        if (depth >= MAX_DEPTH) return;
        this.split(s);
        const old = this.body[s];
        this.body[s] = -1;
        const c = this.quadrant(s, old);
        this.mass[c]++;
        this.sx[c] += this.xs[old];
        this.sy[c] += this.ys[old];
        this.body[c] = old;
      }
      s = this.quadrant(s, i);
    }
  }

  private split(s: number): void {
    const half = this.size[s] / 2;
    this.child[s] = this.count;
    for (let q = 0; q < 4; q++) this.square(this.x0[s] + (q & 1) * half, this.y0[s] + (q >> 1) * half, half);
  }

  private quadrant(s: number, i: number): number {
    const half = this.size[s] / 2;
    const right = this.xs[i] >= this.x0[s] + half ? 1 : 0;
    const below = this.ys[i] >= this.y0[s] + half ? 2 : 0;
    return this.child[s] + right + below;
  }

  /** Add node i's push from every other node to (dx[i], dy[i]). */
  push(i: number, dx: Float64Array, dy: Float64Array, k2: number): void {
    const stack = [0];
    const [x, y] = [this.xs[i], this.ys[i]];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      const m = this.mass[s];
      if (m === 0 || this.body[s] === i) continue;
      const ex = x - this.sx[s] / m;
      const ey = y - this.sy[s] / m;
      const d2 = ex * ex + ey * ey || 0.01;
      const leaf = this.child[s] < 0;
      if (leaf || this.size[s] * this.size[s] < THETA * THETA * d2) {
        const f = (m * k2) / d2; // k²/d per body, over d for the unit vector
        dx[i] += ex * f;
        dy[i] += ey * f;
      } else {
        const c = this.child[s];
        stack.push(c, c + 1, c + 2, c + 3);
      }
    }
  }
}

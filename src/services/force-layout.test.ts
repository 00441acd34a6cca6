import { describe, expect, it } from "vitest";
import { forceLayout } from "./force-layout.js";

describe("forceLayout", () => {
  it("places linked nodes closer than unlinked ones, the same way every time", () => {
    const ids = [1, 2, 3, 4];
    const links: [number, number][] = [
      [1, 2],
      [3, 4],
    ];
    const a = forceLayout(ids, links);
    const dist = (p: number, q: number) => {
      const [u, v] = [a.get(p), a.get(q)] as { x: number; y: number }[];
      return Math.hypot(u.x - v.x, u.y - v.y);
    };
    expect(dist(1, 2)).toBeLessThan(dist(1, 3));
    expect(forceLayout(ids, links)).toEqual(a);
  });

  it("lays out 2,000 nodes and 10,000 links at finite places", () => {
    const ids = Array.from({ length: 2000 }, (_, i) => i);
    const links = Array.from({ length: 10000 }, (_, i) => [i % 2000, (i * 7919) % 2000] as [number, number]);
    const out = forceLayout(ids, links);
    expect(out.size).toBe(2000);
    for (const p of out.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("packs small components and lone nodes next to the main component, not far off", () => {
    // A star of 30 nodes, five separate pairs and ten lone nodes.
    const ids = Array.from({ length: 50 }, (_, i) => i);
    const links: [number, number][] = Array.from({ length: 29 }, (_, i) => [0, i + 1] as [number, number]);
    for (let p = 30; p < 40; p += 2) links.push([p, p + 1]);
    const at = forceLayout(ids, links);
    const star = ids.slice(0, 30).map((id) => at.get(id) as { x: number; y: number });
    const span = (pts: { x: number; y: number }[]) =>
      Math.max(
        Math.max(...pts.map((p) => p.x)) - Math.min(...pts.map((p) => p.x)),
        Math.max(...pts.map((p) => p.y)) - Math.min(...pts.map((p) => p.y)),
      );
    const all = [...at.values()];
    // The whole drawing is not much larger than the main component itself.
    expect(span(all)).toBeLessThan(span(star) * 2.5);
    // No two nodes of different components overlap.
    for (let i = 30; i < 50; i++) {
      for (const s of star) {
        const p = at.get(i) as { x: number; y: number };
        expect(Math.hypot(p.x - s.x, p.y - s.y)).toBeGreaterThan(20);
      }
    }
  });
});

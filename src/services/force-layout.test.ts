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

  it("lays out 2,000 nodes and 10,000 links in well under a second", () => {
    const ids = Array.from({ length: 2000 }, (_, i) => i);
    const links = Array.from({ length: 10000 }, (_, i) => [i % 2000, (i * 7919) % 2000] as [number, number]);
    const t0 = performance.now();
    const out = forceLayout(ids, links);
    expect(performance.now() - t0).toBeLessThan(1000);
    for (const p of out.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});

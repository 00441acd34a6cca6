import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../../app/types";
import { shownEdges } from "./edge-filter";

const edge = (id: string, extra: Partial<GraphEdge>): GraphEdge => ({
  id,
  source: 1,
  target: 2,
  type: "fought",
  family: "hostility",
  polarity: "affirmed",
  modality: "asserted",
  assertions: [1],
  time: "2001",
  ...extra,
});

const all = { families: new Set(["hostility", "allegiance"]), negated: true, hedged: true, from: null, to: null };

describe("shownEdges", () => {
  const edges = [
    edge("a", {}),
    edge("b", { polarity: "negated", time: "1995" }),
    edge("c", { modality: "hedged", time: null }),
    edge("d", { family: "lineage", type: "founded" }),
  ];
  const inView = new Set(["a", "b", "c", "d"]);
  const ids = (f: typeof all, view = inView) => shownEdges(edges, view, f).map((e) => e.id);

  it("keeps what is in view and of a chosen family", () => {
    expect(ids(all)).toEqual(["a", "b", "c"]);
    expect(ids(all, new Set(["b"]))).toEqual(["b"]);
  });

  it("drops negated or hedged edges on request", () => {
    expect(ids({ ...all, negated: false })).toEqual(["a", "c"]);
    expect(ids({ ...all, hedged: false })).toEqual(["a", "b"]);
  });

  it("keeps only edges dated within a period, undated ones out", () => {
    expect(ids({ ...all, from: 2000, to: null })).toEqual(["a"]);
    expect(ids({ ...all, from: null, to: 1999 })).toEqual(["b"]);
  });
});

import { describe, expect, it } from "vitest";
import { nearestSegment } from "./edge-geometry";

describe("nearestSegment", () => {
  const segments = [
    { id: "a", x1: 0, y1: 0, x2: 100, y2: 0 },
    { id: "b", x1: 0, y1: 10, x2: 100, y2: 10 },
  ];

  it("picks the closest segment within the tolerance", () => {
    expect(nearestSegment(50, 2, segments, 5)).toBe("a");
    expect(nearestSegment(50, 8, segments, 5)).toBe("b");
    expect(nearestSegment(50, 30, segments, 5)).toBeNull();
  });

  it("measures to the nearest end beyond a segment, and skips hidden ones", () => {
    expect(nearestSegment(103, 0, segments, 5)).toBe("a");
    expect(nearestSegment(50, 2, segments, 10, (id) => id === "a")).toBe("b");
  });
});

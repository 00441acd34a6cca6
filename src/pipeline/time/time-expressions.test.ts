import { describe, expect, it } from "vitest";
import { findTimeExpressions } from "./time-expressions.js";

const values = (s: string) =>
  findTimeExpressions(s).map((t) => [t.text, t.value.start, t.value.end, t.value.precision]);

describe("time expressions", () => {
  it("reads full dates in both orders", () => {
    expect(values("The truce was signed on March 3, 1994 and broken on 12 June 1995.")).toEqual([
      ["March 3, 1994", "1994-03-03", null, "day"],
      ["12 June 1995", "1995-06-12", null, "day"],
    ]);
  });

  it("reads months, years and decades with their precision", () => {
    expect(values("In July 2006 the militia grew; by the 1970s it had none; in 2011 it split.")).toEqual([
      ["July 2006", "2006-07", null, "month"],
      ["1970s", "1970", "1979", "decade"],
      ["2011", "2011", null, "year"],
    ]);
  });

  it("narrows vague parts of decades and years", () => {
    const [late, early] = findTimeExpressions("in the late 1960s and early 1972");
    expect([late?.value.start, late?.value.end]).toEqual(["1966", "1969"]);
    expect(early?.value).toEqual({ start: "1972", end: null, precision: "year" });
  });

  it("reads ranges, including two-digit ends", () => {
    expect(values("the 1975–90 civil war")).toEqual([["1975–90", "1975", "1990", "year"]]);
    expect(values("from 1996 to 2001")).toEqual([["1996 to 2001", "1996", "2001", "year"]]);
  });

  it("reads open periods", () => {
    expect(values("the post-2003 insurgency")[0]).toEqual(["post-2003", "2003", null, "year"]);
  });

  it("ignores counts, money and citation marks", () => {
    expect(values("some 1,800 fighters, $2000 and note [1998] were seized")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { toCodePointOffsets } from "../src/store/check-extraction.js";
import { dayRange, validity } from "../src/store/validity.js";

describe("dayRange", () => {
  it("reads years, months, days and decades as their first and last day", () => {
    expect(dayRange("2015")).toEqual({ first: "2015-01-01", last: "2015-12-31" });
    expect(dayRange("2016-02")).toEqual({ first: "2016-02-01", last: "2016-02-29" });
    expect(dayRange("2015-08-11")).toEqual({ first: "2015-08-11", last: "2015-08-11" });
    expect(dayRange("1990s")).toEqual({ first: "1990-01-01", last: "1999-12-31" });
    expect(dayRange("1994", "decade")).toEqual({ first: "1990-01-01", last: "1999-12-31" });
  });

  it("refuses what is not a calendar date", () => {
    for (const bad of ["2015-13", "2015-02-30", "early 2000s", ""]) expect(dayRange(bad), bad).toBeNull();
  });
});

describe("validity", () => {
  it("lets a lasting relation run from its start to its end, or open-ended", () => {
    expect(validity("leader_of", { start: "1998", end: null, precision: "year" })).toEqual({
      from: "1998-01-01",
      to: null,
    });
    expect(validity("allied_with", { start: "2001-05", end: "2010", precision: "month" })).toEqual({
      from: "2001-05-01",
      to: "2010-12-31",
    });
  });

  it("lets an event hold through its calendar year(s)", () => {
    expect(validity("met", { start: "2015-03-04", end: null, precision: "day" })).toEqual({
      from: "2015-01-01",
      to: "2015-12-31",
    });
    expect(validity("fought", { start: "1992", end: "1997", precision: "year" })).toEqual({
      from: "1992-01-01",
      to: "1997-12-31",
    });
  });

  it("leaves an undated relation without a start", () => {
    expect(validity("met", null)).toEqual({ from: null, to: null });
    expect(validity("member_of", { start: null, end: "2010", precision: "year" })).toEqual({
      from: null,
      to: "2010-12-31",
    });
  });
});

describe("toCodePointOffsets", () => {
  it("returns the offsets unchanged for text inside the Basic Multilingual Plane", () => {
    expect(toCodePointOffsets("al-Qa`ida — ISIS", [0, 5, 16])).toEqual([0, 5, 16]);
  });

  it("counts an astral character once, whatever the order of the offsets", () => {
    const text = "a😀b😀c";
    expect(toCodePointOffsets(text, [6, 0, 3, 1])).toEqual([4, 0, 2, 1]);
  });
});

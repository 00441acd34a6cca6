import { describe, expect, it } from "vitest";
import { toIsoDate } from "./iso-date.js";
import { datelineDate, findPageDate, topLines } from "./page-date.js";

describe("findPageDate", () => {
  it("combines a blog archive heading with the post's day and month", () => {
    const lines = ["Archive | March, 2019", "Two Factions Part Ways", "4 Mar"];
    expect(findPageDate(lines)).toEqual({ published: "2019-03-04", lines: [0, 2] });
  });

  it("reads the month-first form of the day line", () => {
    expect(findPageDate(["Monthly Archives: October 2012", "A Title", "Oct 9th"]).published).toBe("2012-10-09");
  });

  it("dates the page to the archive's month when no day follows", () => {
    expect(findPageDate(["Archives: June 2014", "A Title", "The first paragraph."])).toEqual({
      published: "2014-06",
      lines: [0],
    });
  });

  it("reads a dateline with its usual words around it", () => {
    expect(findPageDate(["A Title", "Posted on Tuesday, June 3, 2014 at 10:30 pm by Jane Q. Writer"])).toEqual({
      published: "2014-06-03",
      lines: [1],
    });
  });

  it("ignores dates inside titles and sentences", () => {
    expect(
      findPageDate(["Events of 3 June 2014", "On 3 June 2014 the two groups met in the city."]).published,
    ).toBeNull();
    expect(findPageDate(["THE RISE OF A MOVEMENT (1988-1992)"]).published).toBeNull();
  });

  it("ignores a day and month with no archive to give the year", () => {
    expect(findPageDate(["A Title", "11 Aug"]).published).toBeNull();
  });
});

describe("datelineDate", () => {
  it.each([
    ["2015-08-11", "2015-08-11"],
    ["11 August 2015", "2015-08-11"],
    ["August 11, 2015", "2015-08-11"],
    ["Published: 11th of Sept. 2015", "2015-09-11"],
    ["August 2015", "2015-08"],
    ["2015", "2015"],
  ])("%s → %s", (line, iso) => {
    expect(datelineDate(line)).toBe(iso);
  });

  it("refuses impossible dates", () => {
    expect(datelineDate("31 February 2015")).toBeNull();
  });
});

describe("toIsoDate", () => {
  it.each([
    ["2015-08-11T23:30:00-05:00", "2015-08-11"],
    ["2015-08", "2015-08"],
    ["Tue, 11 Aug 2015 10:00:00 GMT", "2015-08-11"],
    ["D:20190304050607Z", "2019-03-04"],
    ["2015/8/11", "2015-08-11"],
    ["not a date", null],
    ["", null],
  ])("%s → %s", (value, iso) => {
    expect(toIsoDate(value)).toBe(iso);
  });
});

describe("topLines", () => {
  it("returns trimmed non-empty lines from the top only", () => {
    expect(topLines("  one \n\n two\nthree\nfour", 3)).toEqual(["one", "two", "three"]);
  });

  it("cuts a very long line instead of copying it", () => {
    const lines = topLines(`${"x".repeat(1_000_000)}\nnext`);
    expect(lines[0].length).toBeLessThan(1000);
  });
});

import { describe, expect, it } from "vitest";
import { toUtf8Offsets } from "./utf8-offsets.js";

/** What the offsets must equal: the UTF-8 length of the text before each. */
const bytesBefore = (text: string, offset: number) => Buffer.byteLength(text.slice(0, offset), "utf8");

describe("toUtf8Offsets", () => {
  it("leaves the offsets of ASCII text as they are", () => {
    expect(toUtf8Offsets("Hezbollah fought the IDF.", [0, 9, 25])).toEqual([0, 9, 25]);
  });

  it("counts accented letters, Arabic script and CJK as the bytes UTF-8 gives them", () => {
    const text = "Al-Qāʿida (القاعدة) met 東突厥斯坦 in Raqqa.";
    const offsets = [0, 5, 11, 18, 24, 29, text.length];
    expect(toUtf8Offsets(text, offsets)).toEqual(offsets.map((o) => bytesBefore(text, o)));
  });

  it("counts a character outside the BMP once, as four bytes, in any order of offsets", () => {
    const text = "The 𝔉ront 🏴 was founded in 2001.";
    const offsets = [text.length, 4, 6, 11, 14, 0];
    expect(toUtf8Offsets(text, offsets)).toEqual(offsets.map((o) => bytesBefore(text, o)));
  });

  it("puts an offset inside a surrogate pair at the pair's start, as the character offsets do", () => {
    expect(toUtf8Offsets("a🏴b", [2])).toEqual([1]);
  });
});

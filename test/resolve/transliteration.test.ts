import { describe, expect, it } from "vitest";
import { parseName } from "../../src/resolve/name-form.js";
import { phoneticWord } from "../../src/resolve/transliteration.js";
import { WORD_MATCH, wordSimilarity } from "../../src/resolve/word-similarity.js";

const vowels = (w: string) => phoneticWord(w).vowels;
const skeleton = (w: string) => phoneticWord(w).skeleton;

describe("phonetic forms of romanized name words", () => {
  it("fold vowel variants (ou/u, o/u, e/i, ee/i) and doubled letters", () => {
    expect(vowels("ousama")).toBe(vowels("usama"));
    expect(vowels("osama")).toBe(vowels("usama"));
    expect(vowels("tehreek")).toBe(vowels("tehrik"));
    expect(vowels("hizballah")).toBe(vowels("hizbalah"));
  });

  it("fold consonant variants (q/k, dh/z, th/s, gh/g/j, ch/sh, v/w)", () => {
    expect(vowels("qaida")).toBe(vowels("kaida"));
    expect(vowels("dhar")).toBe(vowels("zar"));
    expect(vowels("uthman")).toBe(vowels("usman"));
    expect(vowels("gamaa")).toBe(vowels("jamaa"));
    expect(vowels("chabab")).toBe(vowels("shabab"));
    expect(vowels("mavlavi")).toBe(vowels("mawlawi"));
  });

  it("make the feminine ending -a, -ah, -at one, and keep the consonants as a skeleton", () => {
    expect(vowels("jamaat")).toBe(vowels("jamaah"));
    expect(vowels("hamzah")).toBe(vowels("hamza"));
    expect(skeleton("hezbollah")).toBe(skeleton("hizbullah"));
    expect(skeleton("qaeda")).toBe("kd");
  });

  it("rate spellings of one word as the same word, and different words apart", () => {
    const sim = (a: string, b: string) => wordSimilarity(phoneticWord(a), phoneticWord(b));
    expect(sim("zawahiri", "zawahri")).toBeGreaterThanOrEqual(WORD_MATCH);
    expect(sim("asbat", "esbat")).toBeGreaterThanOrEqual(WORD_MATCH);
    expect(sim("sirajuddin", "siraj")).toBeGreaterThanOrEqual(WORD_MATCH);
    expect(sim("yahya", "layth")).toBeLessThan(WORD_MATCH);
    expect(sim("hakimullah", "baitullah")).toBeLessThan(WORD_MATCH);
  });
});

describe("parseName", () => {
  it("drops articles, connectors, honorifics and bin; marks kunyas and nisbas", () => {
    const f = parseName("Shaykh Abu Yahya al-Libi");
    expect(f.words.map((w) => [w.text, w.role])).toEqual([
      ["yahya", "kunya"],
      ["libi", "nisba"],
    ]);
    expect(f.honorifics).toEqual(["shaykh"]);
    expect(f.shape).toBe("person");
    expect(parseName("Usama bin Ladin").words.map((w) => w.text)).toEqual(["usama", "ladin"]);
  });

  it("turns 'LAST, First' round and reads list marks", () => {
    expect(parseName("BIN LADIN, Usama bin Muhammad").folded).toBe("usama bin muhammad bin ladin");
    expect(parseName('a.k.a. "ABU ABDALLAH"').folded).toBe("abu abdlah");
    expect(parseName("Army of God, The").folded).toBe("army of god the");
  });

  it("joins Abd to the next word and splits a joined article", () => {
    for (const n of ["Abd al-Rahman", "Abdul Rahman", "Abdurrahman", "Abdulrahman"]) {
      expect(parseName(n).words.map((w) => w.text)).toEqual(["abdrahman"]);
    }
    expect(parseName("Alqaeda").words.map((w) => w.text)).toEqual(["qaeda"]);
  });

  it("knows acronyms and the initials a name may be shortened to", () => {
    expect(parseName("LeT").acronym).toBe("let");
    expect(parseName("U.S.").acronym).toBe("us");
    expect(parseName("Lashkar-e-Tayyiba").initials).toContain("let");
    expect(parseName("Tehrik-i-Taliban Pakistan").initials).toContain("ttp");
    expect(parseName("al-Qaeda in the Arabian Peninsula").initials).toContain("aqap");
  });
});

/**
 * How alike two name words are, in their phonetic forms (src/resolve/transliteration.ts):
 * Jaro-Winkler on the vowel forms, raised when the consonant skeletons agree (Arabic script
 * writes consonants; romanizations disagree mostly about vowels), lowered when one word is much
 * longer than the other (Jaro-Winkler's prefix bonus would otherwise make "Hakim" ≈ "Hakimullah").
 */
import { jaroWinkler } from "./string-similarity.js";
import type { PhoneticWord } from "./transliteration.js";

/** Two words at or above this similarity count as the same word. */
export const WORD_MATCH = 0.88;

// "Sirajuddin" shortened to "Siraj", "Hakimullah" to "Hakim": a name compounded with Din or Allah.
const COMPOUND_END = /^[aiu]?(?:din|la)$/;
const STARTS_WITH_VOWEL = /^[aiu]/;

/** Similarities already computed, by the pair of word ids: lists repeat the same few words. */
const known = new Map<number, number>();
const KNOWN_LIMIT = 1_000_000;
const ID_SPACE = 2 ** 26;

/** Similarity of two name words in [0, 1]. */
export function wordSimilarity(a: PhoneticWord, b: PhoneticWord): number {
  if (a.id === b.id) return 1;
  const key = a.id < b.id ? a.id * ID_SPACE + b.id : b.id * ID_SPACE + a.id;
  let sim = known.get(key);
  if (sim === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    sim = compute(a, b);
    known.set(key, sim);
  }
  return sim;
}

function compute(a: PhoneticWord, b: PhoneticWord): number {
  const [short, long] = a.vowels.length <= b.vowels.length ? [a.vowels, b.vowels] : [b.vowels, a.vowels];
  if (short.length >= 4 && long.startsWith(short) && COMPOUND_END.test(long.slice(short.length))) return 0.9;
  let sim = jaroWinkler(a.vowels, b.vowels);
  const shorter = Math.min(a.vowels.length, b.vowels.length);
  const longer = Math.max(a.vowels.length, b.vowels.length);
  if (shorter / longer < 0.7) sim *= shorter / longer / 0.7;
  if (a.skeleton === b.skeleton && a.skeleton.length > 0) {
    // Three or more consonants in the same order are strong evidence; two are common by chance.
    sim = Math.max(sim, a.skeleton.length >= 3 ? 0.93 : 0.85);
    // A first vowel carried by ʿayn or alif is written a, e, o or u: Asbat = Esbat = Usbat.
    if (STARTS_WITH_VOWEL.test(a.vowels) && STARTS_WITH_VOWEL.test(b.vowels) && a.skeleton.length >= 2) {
      sim = Math.max(sim, 0.9);
    }
  }
  return sim;
}

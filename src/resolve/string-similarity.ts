/**
 * String similarity for name words and for names as lists of words.
 *
 * - Jaro-Winkler (Winkler, "String comparator metrics and enhanced decision rules in the
 *   Fellegi-Sunter model of record linkage", 1990) suits short name words: it tolerates
 *   transpositions and rewards a shared beginning, where romanizations agree most.
 * - Monge-Elkan (Monge & Elkan, "The field matching problem", KDD 1996) lifts a word measure to
 *   multi-word names: each word of one name is scored against its best partner in the other, so
 *   word order and extra words ("Shaykh", a father's name) cost little.
 * Christen, "A comparison of personal name matching: techniques and practical issues" (2006),
 * found this pairing among the best for personal names.
 */

/** Jaro similarity in [0, 1]. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedB = new Uint8Array(lb);
  const matchedA = new Uint8Array(la);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let j = 0;
  for (let i = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const t = transpositions / 2;
  return (matches / la + matches / lb + (matches - t) / matches) / 3;
}

/** Jaro-Winkler with the usual prefix scale 0.1 over at most four shared leading letters. */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  let prefix = 0;
  const limit = Math.min(4, a.length, b.length);
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

/** The best partner in `to` for each item of `from`, with its score (word-level Monge-Elkan). */
export function bestPartners<T>(
  from: readonly T[],
  to: readonly T[],
  sim: (a: T, b: T) => number,
): { index: number; score: number }[] {
  return from.map((a) => {
    let index = -1;
    let score = 0;
    to.forEach((b, i) => {
      const s = sim(a, b);
      if (s > score) {
        score = s;
        index = i;
      }
    });
    return { index, score };
  });
}

/** Monge-Elkan similarity of `from` to `to`: the mean of each item's best score. Not symmetric. */
export function mongeElkan<T>(from: readonly T[], to: readonly T[], sim: (a: T, b: T) => number): number {
  if (from.length === 0 || to.length === 0) return 0;
  const partners = bestPartners(from, to, sim);
  return partners.reduce((sum, p) => sum + p.score, 0) / partners.length;
}

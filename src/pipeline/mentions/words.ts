/**
 * Words as the name finders see them: "al-Qa`ida", "Tehrik-e-Taliban" and "U.S." are one word
 * each, a possessive "'s" is cut off and remembered, and a participle suffix ("al-Qa`ida-linked",
 * "U.S.-led") is cut off and remembered for the relation rules.
 */
import type { Span } from "../../types.js";

export interface Word extends Span {
  text: string;
  /** Ends in a possessive: "Y's leader". */
  possessive: boolean;
  /** A participle glued to the word: "-backed", "-led", "-linked". */
  suffix: string | null;
  /** Starts with an upper-case letter once marks and Arabic articles are set aside. */
  capitalized: boolean;
  /** Index of the first character after the word and its possessive/suffix (for adjacency). */
  next: number;
}

const WORD = /[`ʿʾ'‘’]?[\p{L}\p{N}][\p{L}\p{M}\p{N}`ʿʾ'’‘\-.&]*/gu;
const POSSESSIVE = /(?:['’‘`]s|s['’])$/u;
const PARTICIPLE =
  /^(.*[\p{L}.`])-(led|backed|linked|run|based|dominated|controlled|funded|trained|affiliated|aligned|allied|inspired|sponsored|supported|armed|held|oriented|friendly|leaning|style|era|type|born|designated|sanctioned)$/u;
const ABBREVIATION = /^(?:\p{Lu}\.){1,}$|^(?:St|Jr|Sr|Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Capt|Sen|Rep|Gov|No)\.$/u;
const ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ul|ud)[-‐]/iu;
const MARKS = /^[`ʿʾ'‘’]+/u;

/** Upper-case first letter after leading ʿayn/hamza marks and an Arabic article. */
export function isCapitalized(text: string): boolean {
  const core = text.replace(MARKS, "").replace(ARTICLE, "").replace(MARKS, "");
  const first = core[0] ?? "";
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Split `text[span]` into words. */
export function wordsIn(text: string, span: Span): Word[] {
  const out: Word[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(WORD)) {
    let raw = m[0];
    const start = span.start + (m.index ?? 0);
    const next = start + raw.length;
    // Each rewrite below is tried only on a word it can change: most words need none.
    if (/[-–]/u.test(raw[raw.length - 1] ?? "")) raw = raw.replace(/[-–]+$/u, "");
    let possessive = false;
    let suffix: string | null = null;
    const participle = raw.includes("-") ? PARTICIPLE.exec(raw) : null;
    if (participle?.[1] && participle[2]) {
      raw = participle[1];
      suffix = participle[2];
    }
    if (/[s'’]/u.test(raw[raw.length - 1] ?? "") && POSSESSIVE.test(raw) && raw.length > 2) {
      raw = raw.replace(/['’‘`]s$/u, "").replace(/s['’]$/u, "s");
      possessive = true;
    }
    if (raw.endsWith(".") && !ABBREVIATION.test(raw)) raw = raw.replace(/\.+$/u, "");
    if (/['’‘`]/u.test(raw[raw.length - 1] ?? "")) raw = raw.replace(/['’‘`]+$/u, "");
    if (!raw) continue;
    out.push({ start, end: start + raw.length, text: raw, possessive, suffix, capitalized: isCapitalized(raw), next });
  }
  return out;
}

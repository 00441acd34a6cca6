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
// Articles, alone or joined to "and" ("wal-Muslimin", "wa-l-Jihad"), before the capitalised word.
const ARTICLE = /^(?:wa[-‐]?l?[-‐]|wal[-‐]|wa[-‐])?(?:(?:al|el|ad|an|ar|as|ash|at|az|ul|ud)[-‐])?/iu;
const MARKS = /^[`ʿʾ'‘’]+/u;
const MARK_CHARS = "`ʿʾ'‘’";

/** Upper-case first letter after leading ʿayn/hamza marks and an Arabic article. */
export function isCapitalized(text: string): boolean {
  // Each replace only where it can apply: a mark first, a dash after a two- or three-letter article.
  let core = text;
  if (startsWithAny(core, MARK_CHARS)) core = core.replace(MARKS, "");
  if (core[2] === "-" || core[2] === "‐" || core[3] === "-" || core[3] === "‐") core = core.replace(ARTICLE, "");
  if (startsWithAny(core, MARK_CHARS)) core = core.replace(MARKS, "");
  const first = core[0] ?? "";
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Split `text[span]` into words. */
export function wordsIn(text: string, span: Span): Word[] {
  const out: Word[] = [];
  const slice = text.slice(span.start, span.end);
  // exec, not matchAll, which costs more per match; WORD never matches empty text.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let raw = m[0];
    const start = span.start + m.index;
    const next = start + raw.length;
    // Each rewrite below is tried only on a word it can change: most words need none.
    if (endsWithAny(raw, "-–")) raw = raw.replace(/[-–]+$/u, "");
    let possessive = false;
    let suffix: string | null = null;
    const participle = raw.includes("-") ? PARTICIPLE.exec(raw) : null;
    if (participle?.[1] && participle[2]) {
      raw = participle[1];
      suffix = participle[2];
    }
    if (endsWithAny(raw, "s'’") && POSSESSIVE.test(raw) && raw.length > 2) {
      raw = raw.replace(/['’‘`]s$/u, "").replace(/s['’]$/u, "s");
      possessive = true;
    }
    if (raw.endsWith(".") && !ABBREVIATION.test(raw)) raw = raw.replace(/\.+$/u, "");
    if (endsWithAny(raw, "'’‘`")) raw = raw.replace(/['’‘`]+$/u, "");
    if (!raw) continue;
    out.push({ start, end: start + raw.length, text: raw, possessive, suffix, capitalized: isCapitalized(raw), next });
  }
  return out;
}

/** Whether the text's first character is one of `chars` (each a single UTF-16 unit). */
function startsWithAny(text: string, chars: string): boolean {
  return text.length > 0 && chars.includes(text[0] as string);
}

/** Whether the text's last character is one of `chars` (each a single UTF-16 unit). */
function endsWithAny(text: string, chars: string): boolean {
  return text.length > 0 && chars.includes(text[text.length - 1] as string);
}

/**
 * Words every match of a pattern holds besides its trigger: "whom" in "{O}, whom {S} …",
 * "behalf" or "orders" in "… {O}'s (?:behalf|orders)". A sentence without them is not worth the
 * pattern's regex, which would search it through only to fail. Read from the compiled regex, so
 * that they follow the templates as these change.
 */
import { PATTERNS, type Pattern } from "./patterns.js";

const WORD_GROUP = /^\(\?:[a-z ]{3,}(?:\|[a-z ]{3,})*\)$/iu;

/** Each pattern's words, as case-insensitive regexes shared between patterns. */
const NEEDS = new Map<Pattern, RegExp[]>();
const shared = new Map<string, RegExp>();
for (const p of PATTERNS) {
  const needs = requiredWords(p.regex.source).map((source) => {
    const re = shared.get(source) ?? new RegExp(source, p.regex.flags.replace("g", ""));
    shared.set(source, re);
    return re;
  });
  if (needs.length > 0) NEEDS.set(p, needs);
}

/** Whether the text holds every word the pattern needs; `seen` keeps the verdicts for the text. */
export function hasNeededWords(pattern: Pattern, text: string, seen: Map<RegExp, boolean>): boolean {
  for (const re of NEEDS.get(pattern) ?? []) {
    let ok = seen.get(re);
    if (ok === undefined) {
      ok = re.test(text);
      seen.set(re, ok);
    }
    if (!ok) return false;
  }
  return true;
}

/**
 * What the regex's top-level sequence holds for certain: runs of four letters or more ("whom")
 * and groups of plain words ("(?:behalf|orders)"), neither made optional. Nothing when the regex
 * is an alternation at the top.
 */
function requiredWords(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let group = -1;
  let run = "";
  const endRun = () => {
    if (run.length >= 4) out.push(run);
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\") {
      if (depth === 0) endRun();
      i++;
    } else if (c === "[") {
      if (depth === 0) endRun();
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
    } else if (c === "(") {
      if (depth === 0) {
        endRun();
        group = i;
      }
      depth++;
    } else if (c === ")") {
      depth--;
      const text = source.slice(group, i + 1);
      if (depth === 0 && !/[?*{]/u.test(source[i + 1] ?? "") && WORD_GROUP.test(text)) out.push(text);
    } else if (depth === 0) {
      if (c === "|") return [];
      if (/[a-z]/iu.test(c)) run += c;
      else {
        // A quantifier makes the letter before it optional: "attacks?" holds "attack".
        if ("?*+{".includes(c)) run = run.slice(0, -1);
        endRun();
      }
    }
  }
  endRun();
  return out;
}

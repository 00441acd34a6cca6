/**
 * A sentence rewritten for the relation patterns: every reference to an entity becomes a slot
 * token "§3", coordinated references become one group token "§3+5" ("the IMU and al-Qa`ida"),
 * citation marks ("[12]") and runs of space disappear, and quotes are dropped. An offset map
 * leads every character back to the document text, so cues and evidence keep true offsets.
 */
import type { Span } from "../../types.js";
import type { Reference } from "../entities/coreference.js";

export interface Compressed {
  /** The rewritten sentence. */
  text: string;
  /** Document offset of each character of `text`. */
  offsets: number[];
  /** Slot number → the reference it stands for. */
  slots: Reference[];
}

const CITATION = /\[\d+(?:[,–-]\d+)*\]|\]\]|\[\[/gu;
// Quotes, and Markdown emphasis ("Afghan _mujahideen_"), are dropped.
const QUOTES = new Set('“”"«»_*');
const TITLED_JOIN =
  /^,?\s+and\s+the\s+(?:cleric|sheikh|shaykh|mullah|imam|preacher|scholar|ideologue|emir|amir|general|colonel|commander|president|late|former)\s+$/u;
const GROUP_JOIN = /^(?:,\s*|,?\s+and\s+|\s*&\s*|,?\s+as well as\s+|,\s*and\s+)(?:the\s+)?$/u;

export function compressSentence(text: string, sentence: Span, refs: readonly Reference[]): Compressed {
  const all = refs.filter((r) => r.start >= sentence.start && r.end <= sentence.end).sort((a, b) => a.start - b.start);
  // "the South Lebanon Army (SLA)": the acronym repeats the name and is left out, so the name
  // reads on past it ("X (SLA) and Y (ELN) fought" is a pair). Name end → end past the ")".
  const echoEnds = new Map<number, number>();
  const inside = all.filter((r, k) => {
    const prev = all[k - 1];
    if (!prev || prev.entity !== r.entity || !/^\s*\(\s*$/u.test(text.slice(prev.end, r.start))) return true;
    const close = text.indexOf(")", r.end);
    if (close < 0 || close - r.end >= 3) return true;
    echoEnds.set(prev.end, close + 1);
    return false;
  });
  const pastEcho = (end: number) => echoEnds.get(end) ?? end;
  const slots: Reference[] = [];
  // Pieces joined at the end, and whether they end in a space: asking a string built by "+="
  // whether it ends in one flattens it, once per character.
  const parts: string[] = [];
  let endsInSpace = false;
  const offsets: number[] = [];
  const emit = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) offsets.push(at);
    parts.push(s);
    if (s) endsInSpace = s.endsWith(" ");
  };
  const slice = text.slice(sentence.start, sentence.end);
  // Every citation mark has a bracket; most sentences have none and need no search.
  const raw = slice.includes("[") || slice.includes("]") ? slice.replace(CITATION, (m) => " ".repeat(m.length)) : slice;
  let pos = sentence.start;
  let r = 0;
  while (pos < sentence.end) {
    const ref = inside[r];
    if (ref && ref.start === pos) {
      const group = [ref];
      let end = pastEcho(ref.end);
      while (inside[r + group.length]) {
        const next = inside[r + group.length] as Reference;
        const gap = text.slice(end, next.start);
        // One pronoun or descriptor standing for several actors ("they" = "Bin Ladin and Azzam",
        // "both groups") is one group.
        const sameSpan = next.start === ref.start && next.end === ref.end && next.kind === ref.kind;
        // "He and the cleric Azzam": a subject pronoun may open a pair, a title may stand before
        // its second name; no pronoun ends one.
        const pronounFirst = ref.kind === "pronoun" && group.length === 1 && /^(?:he|she)$/iu.test(ref.text);
        const joined = GROUP_JOIN.test(gap) || (next.kind === "name" && TITLED_JOIN.test(gap));
        if (!sameSpan && (!joined || next.kind === "pronoun" || (ref.kind === "pronoun" && !pronounFirst))) break;
        group.push(next);
        end = pastEcho(next.end);
      }
      // A lone comma between two names is an apposition ("Pakistan, Sudan" is rare in prose), not a
      // list; ", and" between two names joins clauses ("X praised the Taliban, and the UN
      // designated him"): only three or more names take a comma before "and".
      if (
        group.length === 2 &&
        /^,\s*(?:and\s+)?(?:the\s+)?$/u.test(text.slice((group[0] as Reference).end, (group[1] as Reference).start))
      ) {
        group.pop();
        end = pastEcho(ref.end);
      }
      const ids = group.map((g) => {
        slots.push(g);
        return slots.length - 1;
      });
      const token = `§${ids.join("+")}`;
      emit(token, pos);
      // "Y's" and the plural "Brigades'" both read as "'s".
      const possessive = /^['’‘`]s\b|^['’](?=\s)/u.exec(text.slice(end, end + 3));
      pos = end;
      if (possessive) {
        emit("'s", pos);
        pos += possessive[0].length;
      }
      r += group.length;
      continue;
    }
    if (ref && ref.start < pos) {
      r++;
      continue;
    }
    const ch = raw[pos - sentence.start] ?? " ";
    if (QUOTES.has(ch)) {
      pos++;
      continue;
    }
    if (isSpace(ch)) {
      if (!endsInSpace) emit(" ", pos);
      pos++;
      continue;
    }
    emit(ch === "’" || ch === "‘" ? "'" : ch, pos);
    pos++;
  }
  return { text: parts.join(""), offsets, slots };
}

/** `/\s/u.test(ch)` for one character, without the regex for the usual ASCII ones. */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(ch);
}

/** Slot numbers named by a token body such as "3+5". */
export function slotIds(token: string): number[] {
  return token.split("+").map(Number);
}

// ", which controlled Lebanon at the time,", ", the leader of the Islamic State,", "(IMU)",
// ", Hezbollah's former leader,": asides that separate a subject from its verb.
// Each needs a "(" or a ",", which most sentences lack: the search is skipped then.
const ASIDES: RegExp[] = [
  /\s?\([^()]*\)/gu,
  /,\s(?:which|who|whom|whose|where)\b[^,;:]*,/gu,
  // …but not an apposition a relative clause hangs on: "…, the Blind Sheikh, whom X admired".
  /,\s(?:the|a|an|its|his|their|one of|then|also|once|later|now|formerly)\b[^,;:]*,(?!\s(?:and|or|who|whom|which|whose)\b)/gu,
  /,\s§[\d+]+'s\b[^,;:]*,(?!\s(?:who|whom|which|whose)\b)/gu,
  // ", supreme leader of Iran,", ", leader of the Progressive Socialist Party," (a noun phrase:
  // ", later announced the creation of X," is the sentence's predicate)
  /,\s(?![^,;:§]*\b[a-z]+ed\b)[a-z][^,;:§]*\s(?:of|for|in)\s(?:the\s)?§[\d+]+,(?!\s(?:and|or|who|whom|which|whose)\b)/gu,
  // ", backed by the Syrian military,", ", based in Peshawar,"
  /,\s(?:\w+ly\s)?\w+(?:ed|en)\s(?:by|with|in|from|to|at|as)\b[^,;:]*,(?!\s(?:and|or)\b)/gu,
];

const ASIDE_MARK = ASIDES.map((re) => (re.source.startsWith(",") ? "," : re.source.startsWith("\\s?\\(") ? "(" : ""));

/**
 * Reduced sentences already made: the attribution refiner asks again for each candidate of a
 * sentence that findRelations reduced.
 */
const reducedOf = new WeakMap<Compressed, Compressed | null>();

/** The sentence without its asides, or null when it has none. */
export function reduceSentence(c: Compressed): Compressed | null {
  let reduced = reducedOf.get(c);
  if (reduced === undefined) {
    reduced = reduce(c);
    reducedOf.set(c, reduced);
  }
  return reduced;
}

function reduce(c: Compressed): Compressed | null {
  let drop: boolean[] | null = null;
  for (const [i, re] of ASIDES.entries()) {
    if (!c.text.includes(ASIDE_MARK[i] as string)) continue;
    for (const m of c.text.matchAll(re)) {
      // Keep the closing comma's place as a space so words do not run together.
      const end = (m.index ?? 0) + m[0].length - (m[0].endsWith(",") ? 1 : 0);
      drop ??= new Array<boolean>(c.text.length).fill(false);
      for (let k = m.index ?? 0; k < end; k++) drop[k] = true;
    }
  }
  if (!drop) return null;
  return regroup(rebuild(c, drop));
}

/** Keep the characters not dropped, with their offsets. */
function rebuild(c: Compressed, drop: boolean[]): Compressed {
  let text = "";
  // Whether the last character kept is a space: text.endsWith(" ") would flatten text each time.
  let endsInSpace = false;
  const offsets: number[] = [];
  for (let k = 0; k < c.text.length; k++) {
    if (drop[k]) continue;
    let ch = c.text[k] as string;
    if (ch === "," && k > 0 && drop[k - 1]) ch = " ";
    if (ch === " " && endsInSpace) continue;
    text += ch;
    endsInSpace = ch === " ";
    offsets.push(c.offsets[k] as number);
  }
  return { text, offsets, slots: c.slots };
}

/** Slots that an aside kept apart and now stand coordinated: "between §1 and §2" → "§1+2". */
function regroup(c: Compressed): Compressed {
  const re = /§([\d+]+)(,?\s(?:and|&)\s(?:the\s)?)§([\d+]+)/u;
  let { text, offsets } = c;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const joined = `§${m[1]}+${m[3]}`;
    const at = m.index;
    offsets = [
      ...offsets.slice(0, at),
      ...new Array<number>(joined.length).fill(offsets[at] as number),
      ...offsets.slice(at + m[0].length),
    ];
    text = text.slice(0, at) + joined + text.slice(at + m[0].length);
  }
  return { text, offsets, slots: c.slots };
}

/**
 * Criticism of an attack named only as an event: "The Real IRA bombed Omagh in 1998, and the
 * Provisional IRA condemned the attack" means the Provisional IRA criticized the Real IRA. The
 * author is the actor that attacked, bombed, killed … earlier in the same sentence or in one of
 * the two before; with no such actor nearby, nothing is read.
 */
import { EVENT_REFERENCE } from "../../lexicon/relation-cues.js";
import { type Compressed, slotIds } from "./compress.js";

const either = (list: readonly string[]) => list.map((w) => w.replace(/ /g, "\\s")).join("|");
const EVENT = String.raw`(?:the|this|that|these|those|its|their|his)\s(?:[\w-]+\s){0,3}?(?:${either(EVENT_REFERENCE.events)})\b`;
/** "§4 condemned the attack", "§4, which … , denounced the bombings". */
const VERDICT = new RegExp(
  String.raw`§(?<s>[\d+]+)(?:[^§;.]{0,60}?)\s(?:\w+ly\s)?(?<t>${either(EVENT_REFERENCE.verdicts)})\s${EVENT}`,
  "gu",
);
/** "The attack was condemned by §4". */
const PASSIVE_VERDICT = new RegExp(
  String.raw`${EVENT}\s(?:was|were|had been|has been)\s(?:\w+ly\s)?(?<t>${either(EVENT_REFERENCE.verdicts)})\sby\s(?:the\s)?§(?<s>[\d+]+)`,
  "giu",
);
/** The author of an attack: the slot right before an attack verb, with no other slot between. */
const ATTACK = new RegExp(
  String.raw`§(?<a>[\d+]+)(?:,[^§;]{0,60}?,)?\s(?:[^§;,.]{0,25}?\s)?(?<!\b(?:was|were|been|being|be|is|are)\s)(?<v>${either(EVENT_REFERENCE.attacks)})\b`,
  "gu",
);

export interface EventVerdict {
  /** Index (in the list given) of the sentence that judges the event. */
  sentence: number;
  critic: string;
  author: string;
  /** Where the verdict and its verb sit in the compressed sentence. */
  match: { start: number; end: number; triggerStart: number; triggerEnd: number };
}

/** Every verdict on an attack whose author is named nearby. */
export function eventVerdicts(compressed: readonly (Compressed | null)[]): EventVerdict[] {
  const out: EventVerdict[] = [];
  compressed.forEach((c, k) => {
    if (!c) return;
    for (const re of [VERDICT, PASSIVE_VERDICT]) {
      re.lastIndex = 0;
      for (let m = re.exec(c.text); m; m = re.exec(c.text)) {
        const g = m.groups ?? {};
        const t = g.t ?? "";
        const start = m.index + m[0].indexOf(t);
        const author = authorBefore(compressed, k, m.index);
        if (!author) continue;
        for (const id of slotIds(g.s ?? "")) {
          const critic = c.slots[id]?.entity;
          if (!critic || critic === author) continue;
          out.push({
            sentence: k,
            critic,
            author,
            match: { start: m.index, end: m.index + m[0].length, triggerStart: start, triggerEnd: start + t.length },
          });
        }
      }
    }
  });
  return out;
}

/** The last attack's author before position `at` of sentence `k`, looking back two sentences. */
function authorBefore(compressed: readonly (Compressed | null)[], k: number, at: number): string | null {
  for (let j = k; j >= Math.max(0, k - 2); j--) {
    const c = compressed[j];
    if (!c) continue;
    const text = j === k ? c.text.slice(0, at) : c.text;
    let author: string | null = null;
    ATTACK.lastIndex = 0;
    for (let m = ATTACK.exec(text); m; m = ATTACK.exec(text)) {
      const ids = slotIds(m.groups?.a ?? "");
      // A group of authors ("X and Y bombed …") leaves the attack's author open.
      if (ids.length === 1) author = c.slots[ids[0] as number]?.entity ?? null;
    }
    if (author) return author;
  }
  return null;
}

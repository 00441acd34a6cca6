/**
 * Within-document coreference for descriptors and pronouns, by salience: the most recent
 * compatible entity wins.
 *   "the Saudi"                 → the last person named before this sentence
 *   "the Uzbeks"                → the state, if the text treats it as an actor, else the
 *                                 organization named after the country ("Islamic Movement of Uzbekistan")
 *   "the group", "the organization", "it", "its" → the last organization
 *   "he", "his", "the cleric"   → the last person
 *   "they", "their"             → the last organization (groups are what act in plural here)
 *   "the two groups", "both groups" → the pair just named together, else the last two organizations
 */
import { GROUP_NOUNS } from "../../lexicon/group-nouns.js";
import { ORG_DESCRIPTORS, PERSON_DESCRIPTORS } from "../../lexicon/name-words.js";
import type { Entity, EntityType, Mention, Sentence, Span } from "../../types.js";
import { normalizeName } from "../names.js";

/** A span of text that refers to an entity: a name, a descriptor or a pronoun. */
export interface Reference extends Span {
  entity: string;
  kind: Mention["kind"];
  text: string;
}

const PRONOUN = /\b(he|him|his|himself|she|her|it|its|itself|they|them|their|themselves)\b/giu;
/** Head words that refer back only to an organization they head: "the front" after "the Nusra Front". */
const HEAD_DESCRIPTORS = new Set([
  "front",
  "brigade",
  "brigades",
  "battalion",
  "corps",
  "council",
  "alliance",
  "coalition",
  "league",
]);
const DESCRIPTOR = new RegExp(
  String.raw`\b(?:the|this|that|his|its|their)\s+(?:(?:then|former|same|new|late|rival|militant|jihadist|armed|terrorist|insurgent|Afghan|Libyan|Egyptian|Saudi|Syrian|Iraqi|Uzbek|Palestinian|Pakistani)\s+)?(${[...ORG_DESCRIPTORS, ...PERSON_DESCRIPTORS, ...HEAD_DESCRIPTORS].map((d) => d.replace(/ /g, "\\s+")).join("|")})\b(?!\s+(?:of|in|for|to|from)\b|-)`,
  "giu",
);

const PERSON_PRONOUNS = new Set(["he", "him", "his", "himself", "she", "her"]);

interface Anchor {
  start: number;
  entity: string;
  type: EntityType;
  sentence: number;
}

export function resolveReferences(
  text: string,
  sentences: readonly Sentence[],
  entities: Entity[],
  names: readonly Reference[],
  descriptors: readonly Mention[],
  firstVerbs: readonly number[] = [],
  states: ReadonlySet<string> = new Set(),
): Reference[] {
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  const nameWords = new Map(entities.map((e) => [e.id, new Set(normalizeName(e.name).split(" "))]));
  const sentenceAt = (pos: number) => sentences.findIndex((s) => s.start <= pos && pos < s.end);
  const anchors: Anchor[] = names
    .map((n) => ({
      start: n.start,
      entity: n.entity,
      type: typeOf.get(n.entity) ?? "organization",
      sentence: sentenceAt(n.start),
    }))
    .sort((a, b) => a.start - b.start);
  const last = (before: number, type: EntityType, opts: LastOptions = {}) => {
    for (let i = anchors.length - 1; i >= 0; i--) {
      const a = anchors[i] as Anchor;
      if (a.start >= before || a.type !== type || a.entity === opts.exclude || opts.skip?.has(a.entity)) continue;
      if (opts.notSentence !== undefined && a.sentence === opts.notSentence) continue;
      if (opts.inSentence !== undefined && a.sentence !== opts.inSentence) continue;
      if (opts.nameHas && !nameWords.get(a.entity)?.has(opts.nameHas)) continue;
      return a.entity;
    }
    return null;
  };
  // The subject of a sentence: its last name of that type before the sentence's first verb.
  const subjectOf = (
    sentence: number,
    type: EntityType,
    before = Number.POSITIVE_INFINITY,
    skip?: ReadonlySet<string>,
  ) => {
    const verb = Math.min(firstVerbs[sentence] ?? Number.POSITIVE_INFINITY, before);
    const inSentence = anchors.filter(
      (a) => a.sentence === sentence && a.type === type && a.start < verb && !skip?.has(a.entity),
    );
    return inSentence[inSentence.length - 1]?.entity ?? null;
  };
  const out: Reference[] = [];
  for (const d of descriptors) {
    const entity = resolveDemonym(d, entities, last, sentenceAt(d.start));
    if (entity) out.push({ start: d.start, end: d.end, entity, kind: "descriptor", text: d.text });
  }
  out.push(...bareGroupReferences(text, entities, names));
  for (const m of text.matchAll(DESCRIPTOR)) {
    const noun = normalizeName(m[1] ?? "");
    // "the cleric Azzam": a title before a name, which the name resolves.
    if (/^\s+[A-Z]/u.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 3))) continue;
    const headOnly = HEAD_DESCRIPTORS.has(noun);
    const type: EntityType = ORG_DESCRIPTORS.has(noun) || headOnly ? "organization" : "person";
    const at = m.index ?? 0;
    // A full noun phrase points back to a subject: its own sentence's ("In 2013 Hezbollah sent
    // fighters against the opposition, and the group clashed with …" means Hezbollah), else the
    // previous sentence's ("Unlike the IMU, the IJU enjoyed close ties … The group …": the IJU).
    const here = sentenceAt(at);
    // "the new group" is the one the last sentence was about ("X split from Y in 1997. Z founded
    // the new group"), not one named in passing in this one.
    const fresh = /\bnew\s/iu.test(m[0]);
    const topic = fresh ? anchors.find((a) => a.sentence === here - 1 && a.type === type)?.entity : undefined;
    // With no subject of its kind, a new clause's subject is the one named earlier in its own
    // sentence: "X founded Y in 2003, and the militia clashed with Z" means Y.
    // "the group", "the militia" is never a state.
    const skip = type === "organization" ? states : undefined;
    const opensClause = /(?:[,;]\s*(?:and|but|while|then)?|\band)\s+$/u.test(text.slice(Math.max(0, at - 12), at));
    // "the emirate" after "the Caucasus Emirate", "the front" after "the Nusra Front": the
    // organization whose name the noun heads, when one was named.
    const headed = type === "organization" && !fresh ? last(at, type, { skip, nameHas: noun }) : null;
    if (headOnly && !headed) continue;
    const entity =
      topic ??
      headed ??
      subjectOf(here, type, at, skip) ??
      (opensClause ? last(at, type, { inSentence: here, skip }) : null) ??
      subjectOf(here - 1, type, Number.POSITIVE_INFINITY, skip) ??
      last(at, type, { skip });
    if (entity) out.push({ start: at, end: at + m[0].length, entity, kind: "descriptor", text: m[0] });
    // …and is a mention like a name for what follows: "founded the new group and led it", "The
    // group courted al-Qaeda. Its leader …".
    if (entity && type === "organization") {
      let k = anchors.length;
      while (k > 0 && (anchors[k - 1] as Anchor).start > at) k--;
      anchors.splice(k, 0, { start: at, entity, type, sentence: here });
    }
  }
  const groups = subjectGroups(text, sentences, names);
  // "The two groups merged", "supplied weapons to both groups": the pair just named together,
  // else the two organizations named last.
  for (const m of text.matchAll(PLURAL_DESCRIPTOR)) {
    const at = m.index ?? 0;
    const here = sentenceAt(at);
    const members = recentGroup(groups, here, at) ?? lastTwo(anchors, at, here);
    const span = { start: at, end: at + m[0].length, kind: "descriptor" as const, text: m[0] };
    for (const entity of members ?? []) out.push({ ...span, entity });
  }
  for (const m of text.matchAll(PRONOUN)) {
    const at = m.index ?? 0;
    const word = (m[1] ?? "").toLowerCase();
    // "it was reported that", "it is unclear whether": an empty subject refers to nothing.
    if (word === "it" && EXPLETIVE_IT.test(text.slice(at + 2, at + 60))) continue;
    const span = { start: at, end: at + m[0].length, kind: "pronoun" as const, text: m[0] };
    // "Bin Ladin and Azzam agreed … They established …": "they" is the pair just named.
    const group = PLURAL_PRONOUNS.has(word) ? groupFor(groups, sentenceAt(at), at) : null;
    if (group) {
      for (const entity of group) out.push({ ...span, entity });
      continue;
    }
    const type: EntityType = PERSON_PRONOUNS.has(word) ? "person" : "organization";
    // "Khamenei, supreme leader of Iran, endorsed it": an object "it" is the sentence's subject
    // (Hezbollah, which decided to run), not the last organization named.
    // Only when the sentence opens with an organization: in "X, the Y's quartermaster, founded Z
    // and led it", the subject is a person and "it" the organization named last.
    const here = sentenceAt(at);
    const opener = anchors.find((a) => a.sentence === here);
    const itIsSubject = word === "it" && opener?.type === "organization" && opener.start < at;
    // "its leader", "their fighters": an organization's people, so never a state's; and a
    // sentence that opens "Its leader …" goes on about the last sentence's subject.
    const ofMembers = type === "organization" && MEMBER_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 30));
    const skip = ofMembers ? states : undefined;
    const opensSentence = type === "organization" && sentences[here]?.start === at;
    const entity =
      (itIsSubject ? subjectOf(here, type, at) : null) ??
      (opensSentence ? subjectOf(here - 1, type, Number.POSITIVE_INFINITY, skip) : null) ??
      (type === "person" ? antecedentPerson(text, anchors, sentences[here], at, word) : last(at, type, { skip }));
    if (entity) out.push({ ...span, entity });
  }
  return out.sort((a, b) => a.start - b.start);
}

// …but not one placed elsewhere: "the insurgents in Kashmir".
const BARE_GROUP = new RegExp(
  String.raw`\b(?:the\s+)?[_*]?(${[...GROUP_NOUNS.keys()].join("|")})[_*]?\b(?!\s+(?:in|of|from|across)\b)`,
  "giu",
);

/**
 * "the mujahideen", "the rebels" with no country named: the one group of that class the document
 * names with its country ("the Afghan mujahideen"), when there is exactly one.
 */
function bareGroupReferences(text: string, entities: readonly Entity[], names: readonly Reference[]): Reference[] {
  const byClass = new Map<string, string[]>();
  for (const e of entities) {
    const last = normalizeName(e.name).split(" ").pop() ?? "";
    const cls = GROUP_NOUNS.get(last);
    if (e.type === "organization" && cls && e.name.includes(" ")) byClass.set(cls, [...(byClass.get(cls) ?? []), e.id]);
  }
  if (!byClass.size) return [];
  const out: Reference[] = [];
  for (const m of text.matchAll(BARE_GROUP)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (names.some((n) => n.start < end && at < n.end)) continue;
    const only = byClass.get(GROUP_NOUNS.get((m[1] ?? "").toLowerCase()) ?? "");
    if (only?.length === 1) out.push({ start: at, end, entity: only[0] as string, kind: "descriptor", text: m[0] });
  }
  return out;
}

const PLURAL_PRONOUNS = new Set(["they", "them", "their", "themselves"]);
/** Words after "its"/"their" naming an organization's people: "its eastern commander". */
const MEMBER_AFTER =
  /^\s+(?:(?:new|former|then|late|top|senior|eastern|western|northern|southern|military|political|spiritual|local)\s+)?(?:leaders?|founders?|commanders?|chiefs?|heads?|emirs?|amirs?|spokesm[ae]n|deputy|deputies|fighters|members|militants|cadres|operatives|ideologues?)\b/u;
const EXPLETIVE_IT =
  /^\s+(?:is|was|has been|had been|seems|seemed|appears|appeared|remains|remained)\s+(?:\w+ly\s+|not\s+)?(?:that|to|whether|unclear|likely|unlikely|possible|clear|reported|believed|thought|said|estimated|alleged|claimed|rumou?red|known|understood|feared|expected|suspected)\b/u;
const OBJECT_PRONOUNS = new Set(["him", "her"]);
/** ", a former secretary of X,": an aside about the name before it. */
const APPOSITION = /,\s(?:a|an|the|his|her|its|their)\s[^,;()]{0,80},/gu;

/**
 * The person a "he", "his" or "him" at `at` stands for: the last person named, except one named
 * inside an aside ("X, a former secretary of Y, led the group until a strike killed him": X),
 * and, for an object pronoun, except the subject of its own clause ("Z succeeded him": not Z).
 */
function antecedentPerson(
  text: string,
  anchors: readonly Anchor[],
  sentence: Sentence | undefined,
  at: number,
  word: string,
): string | null {
  const asides: Span[] = [];
  if (sentence) {
    const body = text.slice(sentence.start, at);
    for (const m of body.matchAll(APPOSITION)) {
      const start = sentence.start + (m.index ?? 0);
      asides.push({ start, end: start + m[0].length });
    }
  }
  let nearest = true;
  let fallback: string | null = null;
  for (let i = anchors.length - 1; i >= 0; i--) {
    const a = anchors[i] as Anchor;
    if (a.start >= at || a.type !== "person") continue;
    fallback ??= a.entity;
    const ownClause = nearest && OBJECT_PRONOUNS.has(word) && !/[,;:]|\band\b/u.test(text.slice(a.start, at));
    nearest = false;
    if (ownClause) continue;
    if (asides.some((s) => s.start < a.start && a.start < s.end)) continue;
    return a.entity;
  }
  return fallback;
}
const PLURAL_DESCRIPTOR =
  /\b(?:the\s+two|both(?:\s+the)?|the\s+two\s+rival)\s+(?:groups|organi[sz]ations|movements|factions|militias|sides|parties|outfits)\b/giu;

/**
 * The two organizations named last before sentence `sentence` ("Eritrea supplied both groups":
 * not Eritrea), or null when fewer were.
 */
function lastTwo(anchors: readonly Anchor[], before: number, sentence: number): string[] | null {
  const found: string[] = [];
  for (let i = anchors.length - 1; i >= 0 && found.length < 2; i--) {
    const a = anchors[i] as Anchor;
    if (a.start >= before || a.sentence === sentence || a.type !== "organization") continue;
    if (!found.includes(a.entity)) found.push(a.entity);
  }
  return found.length === 2 ? found.reverse() : null;
}

/**
 * The latest group of names opening one of the last few sentences, before `at`; a pair named in
 * the document's first line ("Boko Haram and ISWAP") is what the whole text is about.
 */
function recentGroup(groups: readonly Group[], sentence: number, at: number): string[] | null {
  let best: Group | null = null;
  for (const g of groups) {
    const before = g.sentence < sentence || (g.sentence === sentence && g.start < at);
    const near = sentence - g.sentence <= 3 || g.sentence === 0;
    if (before && near && (!best || g.start > best.start)) best = g;
  }
  return best ? best.members : null;
}
const COORDINATION = /^\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?$/u;

interface Group {
  sentence: number;
  start: number;
  members: string[];
}

/** Coordinated names opening a sentence ("Bin Ladin and Azzam agreed …"): its plural subject. */
function subjectGroups(text: string, sentences: readonly Sentence[], names: readonly Reference[]): Group[] {
  const out: Group[] = [];
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (const s of sentences) {
    const inside = sorted.filter((r) => r.start >= s.start && r.end <= s.end);
    const first = inside[0];
    if (!first || first.start - s.start > 40) continue;
    const members = [first.entity];
    for (let k = 1; k < inside.length; k++) {
      const prev = inside[k - 1] as Reference;
      const cur = inside[k] as Reference;
      if (!COORDINATION.test(text.slice(prev.end, cur.start))) break;
      members.push(cur.entity);
    }
    if (new Set(members).size > 1) out.push({ sentence: s.index, start: first.start, members: [...new Set(members)] });
  }
  return out;
}

function groupFor(groups: readonly Group[], sentence: number, at: number): string[] | null {
  const g = groups.find((x) => (x.sentence === sentence && x.start < at) || x.sentence === sentence - 1);
  return g ? g.members : null;
}

interface LastOptions {
  /** Only entities whose name holds this word. */
  nameHas?: string;
  /** Entities never meant: states, for "the group". */
  skip?: ReadonlySet<string>;
  notSentence?: number;
  inSentence?: number;
  exclude?: string;
}
type Last = (before: number, type: EntityType, opts?: LastOptions) => string | null;

function resolveDemonym(d: Mention, entities: Entity[], last: Last, sentence: number): string | null {
  if (d.source === "demonym-singular")
    return last(d.start, "person", { notSentence: sentence }) ?? last(d.start, "person");
  const country = normalizeName(d.canonical ?? "");
  const stem = normalizeName(d.text.replace(/^the\s+/i, "")).replace(/s$/, "");
  const state = entities.find((e) => e.type === "organization" && normalizeName(e.name) === country);
  if (state) return state.id;
  const namedAfter = entities.find(
    (e) =>
      e.type === "organization" && (normalizeName(e.name).includes(country) || normalizeName(e.name).includes(stem)),
  );
  return namedAfter?.id ?? null;
}

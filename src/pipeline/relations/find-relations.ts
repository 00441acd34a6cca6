/**
 * Relations found by the patterns of patterns.ts in each compressed sentence. Each match becomes
 * one candidate per (subject, object) pair its slots name, kept when the argument types fit the
 * relation type. Cue refiners (negation, hedging, attribution, time) run on the candidates after.
 */
import {
  type Entity,
  type EntityType,
  type Relation,
  type RelationType,
  type Sentence,
  SYMMETRIC_TYPES,
} from "../../types.js";
import type { Reference } from "../entities/coreference.js";
import { type Compressed, compressSentence, reduceSentence, slotIds } from "./compress.js";
import { eventVerdicts } from "./event-reference.js";
import { hasNeededWords } from "./pattern-words.js";
import { PATTERNS, type Pattern } from "./patterns.js";
import { mayFire, readTriggers, slotsFit, type TriggerSpan, triggerSpan } from "./triggers.js";

/** A relation with what the refiners need to read its sentence. */
export interface Candidate {
  relation: Relation;
  sentence: Sentence;
  compressed: Compressed;
  /** Where the match and its trigger sit in the compressed text. */
  match: { start: number; end: number; triggerStart: number; triggerEnd: number };
}

const SUBJECT_TYPES: Record<RelationType, EntityType[]> = {
  leader_of: ["person"],
  member_of: ["person"],
  founded: ["person", "organization"],
  succeeded: ["person"],
  pledged_allegiance_to: ["organization", "person"],
  affiliate_of: ["organization"],
  split_from: ["organization"],
  merged_with: ["organization"],
  allied_with: ["organization", "person"],
  rival_of: ["organization", "person"],
  fought: ["organization", "person"],
  supported: ["organization", "person"],
  mediated: ["organization", "person"],
  criticized: ["organization", "person"],
  praised: ["organization", "person"],
  met: ["organization", "person"],
};
const OBJECT_TYPES: Partial<Record<RelationType, EntityType[]>> = {
  leader_of: ["organization"],
  member_of: ["organization"],
  founded: ["organization"],
  succeeded: ["person"],
  affiliate_of: ["organization"],
  split_from: ["organization"],
  merged_with: ["organization"],
};

const CONFIDENCE: Record<string, number> = {
  "appositive-role": 0.85,
  "possessive-role": 0.8,
  "prenominal-role": 0.75,
  "copula-role": 0.8,
  "active-verb": 0.7,
  "passive-verb": 0.7,
};

/** Each pattern's trigger by number, so that a sentence's verdict on each is kept in an array. */
const TRIGGERS = [...new Set(PATTERNS.map((p) => p.trigger))];
const TRIGGER_OF = PATTERNS.map((p) => TRIGGERS.indexOf(p.trigger));

export function findRelations(
  text: string,
  sentences: readonly Sentence[],
  refs: readonly Reference[],
  entities: readonly Entity[],
  guessed: ReadonlySet<string> = new Set(),
  states: ReadonlySet<string> = new Set(),
): Candidate[] {
  const typeOf = new Map(entities.map((e) => [e.id, e.type]));
  // Places are never arguments: left as words, they do not stand between a verb and its subject
  // ("the IMU in Waziristan attacked …").
  const actorRefs = refs.filter((r) => typeOf.get(r.entity) !== "location");
  // By start (a stable sort keeps the order of references that start together), so that each
  // sentence looks only at its own instead of filtering all the document's.
  const byStart = [...actorRefs].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  const underLeaders: Candidate[] = [];
  const bySentence: (Compressed | null)[] = [];
  for (const sentence of sentences) {
    const full = compressSentence(text, sentence, startingWithin(byStart, sentence));
    const hasSlots = full.text.includes("§");
    bySentence.push(hasSlots ? full : null);
    if (!hasSlots) continue;
    // The sentence as written, and again without its appositions and non-restrictive clauses,
    // so "Syria, which controlled Lebanon, allowed Hezbollah …" also reads "Syria allowed Hezbollah".
    const reduced = reduceSentence(full);
    for (const compressed of reduced ? [full, reduced] : [full]) {
      // Each trigger's verdict, once per sentence: where it matches ("none" when nowhere), or
      // true when it matches but only its regex, run at every position, could say where.
      const verdicts: (TriggerSpan | true | undefined)[] = [];
      const slotCount = count(compressed.text, "§");
      const triggerText = readTriggers(compressed.text);
      const passes = new Map<RegExp, boolean>();
      for (let p = 0; p < PATTERNS.length; p++) {
        const pattern = PATTERNS[p] as Pattern;
        if (pattern.slots > slotCount) continue;
        if (pattern.requires) {
          let ok = passes.get(pattern.requires);
          if (ok === undefined) {
            ok = pattern.requires.test(compressed.text);
            passes.set(pattern.requires, ok);
          }
          if (!ok) continue;
        }
        const t = TRIGGER_OF[p] as number;
        let verdict = verdicts[t];
        if (verdict === undefined) {
          const span = mayFire(pattern.trigger, triggerText) ? triggerSpan(pattern.trigger, triggerText) : "none";
          verdict = span ?? (pattern.trigger.test(compressed.text) || "none");
          verdicts[t] = verdict;
        }
        if (verdict === "none") continue;
        if (verdict !== true && !slotsFit(pattern, compressed.text, verdict)) continue;
        if (!hasNeededWords(pattern, compressed.text, passes)) continue;
        for (const m of matchesOf(pattern.regex, compressed.text)) {
          const context = (at: number) => contextSubject(pattern, compressed, at, actorRefs, typeOf);
          const contextObject = (at: number) => lastOrganization(compressed, at, actorRefs, typeOf, states);
          const at = located(m);
          for (const [s, o] of pairs(pattern, m, compressed, context, contextObject)) {
            const type = retype(pattern.type, m.groups?.t ?? "", typeOf.get(s));
            if (s === o) continue;
            // "a founder of Y", "Y's leader" name a person: an organization founds only by a verb.
            if (type === "founded" && pattern.name.includes("role") && typeOf.get(s) !== "person") continue;
            // "Bin Ladin's deputy", "a bodyguard of Tahir": a role under a person is a role in
            // the organization that person leads, once the document says which (below).
            if (type === "member_of" && pattern.name.includes("role") && typeOf.get(o) === "person") {
              if (typeOf.get(s) === "person")
                underLeaders.push(candidate(text, sentence, compressed, { ...pattern, type }, at, s, o));
              continue;
            }
            if (!fits(type, typeOf.get(s), typeOf.get(o))) {
              // "… formed the Segunda Marquetalia": a guessed person that must be an organization is one.
              if (!guessed.has(o) || !fits(type, typeOf.get(s), "organization")) continue;
              typeOf.set(o, "organization");
            }
            out.push(candidate(text, sentence, compressed, { ...pattern, type }, at, s, o));
          }
        }
      }
    }
  }
  for (const v of eventVerdicts(bySentence)) {
    const sentence = sentences[v.sentence] as Sentence;
    const c = bySentence[v.sentence] as Compressed;
    if (fits("criticized", typeOf.get(v.critic), typeOf.get(v.author)))
      out.push(candidate(text, sentence, c, EVENT_VERDICT, v.match, v.critic, v.author));
  }
  out.push(...rolesUnderLeaders(underLeaders, out));
  return inferThroughLeaders(dedupe(out));
}

/** Roles held under a person ("X, Bin Ladin's deputy") as membership of what that person leads. */
function rolesUnderLeaders(roles: readonly Candidate[], found: readonly Candidate[]): Candidate[] {
  // Each leader's organization: the one the document most often says they lead.
  const counts = new Map<string, Map<string, number>>();
  for (const { relation: r } of found) {
    if (r.type !== "leader_of" || r.polarity !== "affirmed") continue;
    const orgs = counts.get(r.subject) ?? new Map<string, number>();
    orgs.set(r.object, (orgs.get(r.object) ?? 0) + 1);
    counts.set(r.subject, orgs);
  }
  const ledBy = (person: string) => {
    const orgs = [...(counts.get(person) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
    return orgs[0]?.[0];
  };
  return roles.flatMap((c) => {
    const org = ledBy(c.relation.object);
    if (!org || org === c.relation.subject) return [];
    return [
      {
        ...c,
        relation: { ...c.relation, object: org, rule: `${c.relation.rule}+under-leader`, cues: [...c.relation.cues] },
      },
    ];
  });
}

const EVENT_VERDICT: Rule = { name: "criticized:event-verdict", type: "criticized", negates: false };

/** The references, sorted by start, that start within the sentence (compressSentence keeps those inside it). */
function startingWithin(byStart: readonly Reference[], sentence: Sentence): readonly Reference[] {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byStart[mid] as Reference).start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < byStart.length && (byStart[end] as Reference).start <= sentence.end) end++;
  return byStart.slice(lo, end);
}

/** How many times `ch` occurs in `s`. */
function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** Subject of a template without {S}: the sentence's topic or the person last named. */
function contextSubject(
  pattern: Pattern,
  c: Compressed,
  at: number,
  refs: readonly Reference[],
  typeOf: Map<string, EntityType>,
): string | null {
  if (pattern.subject === "sentence-topic") {
    const first = /§(\d+)/u.exec(c.text);
    return first && first.index < at ? (c.slots[Number(first[1])]?.entity ?? null) : null;
  }
  if (pattern.subject === "last-person") {
    const before = c.offsets[at] ?? 0;
    for (let i = refs.length - 1; i >= 0; i--) {
      const r = refs[i] as Reference;
      if (r.start < before && typeOf.get(r.entity) === "person") return r.entity;
    }
  }
  return null;
}

/** The organization, not a state, named last before position `at` of the compressed sentence. */
function lastOrganization(
  c: Compressed,
  at: number,
  refs: readonly Reference[],
  typeOf: Map<string, EntityType>,
  states: ReadonlySet<string>,
): string | null {
  const before = c.offsets[at] ?? 0;
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i] as Reference;
    if (r.start < before && typeOf.get(r.entity) === "organization" && !states.has(r.entity)) return r.entity;
  }
  return null;
}

/**
 * "bay`a was given to al-Baghdadi, the leader of the Islamic State": allegiance to an
 * organization's leader, named as such in the same sentence, is allegiance to the organization.
 */
function inferThroughLeaders(cands: Candidate[]): Candidate[] {
  return dedupe(
    cands.flatMap((c) => {
      if (c.relation.type !== "pledged_allegiance_to") return [c];
      const led = cands.filter(
        (l) =>
          l.relation.type === "leader_of" &&
          l.sentence === c.sentence &&
          l.relation.subject === c.relation.object &&
          l.relation.object !== c.relation.subject,
      );
      if (!led.length) return [c];
      return led.map((l) => ({
        ...c,
        relation: {
          ...c.relation,
          object: l.relation.object,
          rule: `${c.relation.rule}+through-leader`,
          cues: [...c.relation.cues],
        },
      }));
    }),
  );
}

/** All matches, overlapping ones included: after each match, the search goes on from its next slot. */
function* matchesOf(regex: RegExp, s: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let m = regex.exec(s); m; m = regex.exec(s)) {
    yield m;
    const next = s.indexOf("§", m.index + 1);
    if (next < 0) break;
    regex.lastIndex = Math.max(m.index + 1, s.lastIndexOf(" ", next) + 1);
  }
}

function pairs(
  pattern: Pattern,
  m: RegExpExecArray,
  c: Compressed,
  context: (at: number) => string | null,
  contextObject: (at: number) => string | null,
): [string, string][] {
  const ent = (id: number) => c.slots[id]?.entity;
  const g = m.groups ?? {};
  if (pattern.pairwise && g.g) {
    const members = slotIds(g.g)
      .map(ent)
      .filter((e): e is string => !!e);
    const out: [string, string][] = [];
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) out.push([members[i] as string, members[j] as string]);
    return out;
  }
  const objectFromContext = !g.o && pattern.objectFromContext ? contextObject(m.index) : null;
  if (!g.o && !objectFromContext) return [];
  const fromContext = pattern.subject === "slot" ? null : context(m.index);
  if (!g.s && !fromContext) return [];
  // In "Y's mufti X" and "X, the leader of Y", X must be named: "one US official, his body …" is no role.
  const named = (id: number) =>
    (!pattern.name.includes("role") || c.slots[id]?.kind !== "pronoun") &&
    (!pattern.subjectText || pattern.subjectText.test(c.slots[id]?.text ?? ""));
  // An apposition describes the name right before it: in "X and Y, a leader of Z", only Y.
  const subjectIds = g.s ? slotIds(g.s) : [];
  if (pattern.name.includes(":appositive")) subjectIds.splice(0, subjectIds.length - 1);
  const subjects = g.s
    ? subjectIds
        .filter(named)
        .map(ent)
        .filter((e): e is string => !!e)
    : [fromContext as string];
  // A second object ("… with Y, mediated by S": S mediated for the subject and for Y).
  const objects = objectFromContext
    ? [objectFromContext]
    : [...slotIds(g.o ?? ""), ...(g.o2 ? slotIds(g.o2) : [])].map(ent).filter((e): e is string => !!e);
  return subjects.flatMap((s) => objects.map((o) => [s, o] as [string, string]));
}

/** A person who "joined" an organization became a member; an organization that did pledged to it. */
function retype(type: RelationType, trigger: string, subject: EntityType | undefined): RelationType {
  if (type === "pledged_allegiance_to" && subject === "person" && /^join/iu.test(trigger)) return "member_of";
  return type;
}

function fits(type: RelationType, s: EntityType | undefined, o: EntityType | undefined): boolean {
  if (!s || !o) return false;
  const objectTypes = OBJECT_TYPES[type] ?? SUBJECT_TYPES[type];
  return SUBJECT_TYPES[type].includes(s) && objectTypes.includes(o);
}

/** What a candidate needs of the rule that found it. */
type Rule = Pick<Pattern, "name" | "type" | "negates">;

/** A match and its trigger ("t" group) as positions in the compressed sentence. */
function located(m: RegExpExecArray): Candidate["match"] {
  const t = m.groups?.t ?? "";
  const triggerStart = m.index + m[0].toLowerCase().indexOf(t.toLowerCase());
  return { start: m.index, end: m.index + m[0].length, triggerStart, triggerEnd: triggerStart + t.length };
}

function candidate(
  text: string,
  sentence: Sentence,
  c: Compressed,
  pattern: Rule,
  match: Candidate["match"],
  s: string,
  o: string,
): Candidate {
  const { triggerStart, triggerEnd } = match;
  const docStart = c.offsets[triggerStart] ?? sentence.start;
  const docEnd = (c.offsets[Math.max(triggerStart, triggerEnd - 1)] ?? docStart) + 1;
  const template = pattern.name.split(":")[1] ?? "";
  const relation: Relation = {
    subject: s,
    type: pattern.type,
    object: o,
    polarity: pattern.negates ? "negated" : "affirmed",
    modality: "asserted",
    attributed_to: null,
    time: null,
    evidence: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
    confidence: CONFIDENCE[template] ?? 0.6,
    rule: pattern.name,
    cues:
      triggerEnd > triggerStart
        ? [{ start: docStart, end: docEnd, text: text.slice(docStart, docEnd), role: "trigger" }]
        : [],
  };
  return { relation, sentence, compressed: c, match };
}

/** One candidate per sentence, type and pair; symmetric pairs in either order are one. */
function dedupe(cands: Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of cands) {
    const r = c.relation;
    const ends = SYMMETRIC_TYPES.has(r.type) ? [r.subject, r.object].sort() : [r.subject, r.object];
    const key = `${c.sentence.index}|${r.type}|${ends.join("|")}`;
    const prev = seen.get(key);
    if (!prev || prev.relation.confidence < r.confidence) seen.set(key, c);
  }
  return [...seen.values()];
}

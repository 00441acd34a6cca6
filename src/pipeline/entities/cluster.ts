/**
 * Mentions clustered into the document's entities, one per real-world actor: by shared key
 * (gazetteer entry, alias defined in the text), by identical name, by acronym initials
 * ("IJU" ~ "Islamic Jihad Union"), and by short forms ("Tahir" ~ "Muhammad Tahir",
 * "Bin Ladin" ~ "Usama bin Ladin", "Nusra" ~ "Jabhat al-Nusra").
 */

import { compareNames } from "../../resolve/compare-names.js";
import { parseName } from "../../resolve/name-form.js";
import type { Entity, EntityType, Mention } from "../../types.js";
import { isAcronym } from "../mentions/phrases.js";
import { normalizeName } from "../names.js";
import { acronymOf, distinctiveTokens, isShortFormOf } from "./name-forms.js";
import { UnionFind } from "./union-find.js";

export interface Clustering {
  entities: Entity[];
  /** Entity id of each mention that belongs to one (same order as the input). */
  entityOf: (string | null)[];
  /** Entities typed "person" only by the shape of an unknown name ("Segunda Marquetalia"): the
   * relations they take part in may show they are organizations. */
  guessed: Set<string>;
}

const GUESSES = new Set(["capitalized-pair", "single-word", "given-name"]);

/** Identity label: countries keep the place and the state apart; everything else by key or name. */
function label(m: Mention): string {
  if (m.key?.startsWith("gaz:"))
    return m.source.startsWith("country") || m.source === "state-institution" ? `${m.key}|${m.type}` : m.key;
  return m.key ?? `name:${m.type}:${normalizeName(m.text)}`;
}

export function clusterMentions(mentions: readonly Mention[], text = ""): Clustering {
  const uf = new UnionFind(mentions.length);
  // Short forms attach by position first ("al-Libi" is whichever al-Libi was just named), so
  // that two of them with the same text never join two different people through each other.
  const shortOf = shortForms(mentions);
  const byLabel = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (shortOf.has(i)) return;
    const l = label(m);
    const seen = byLabel.get(l);
    if (seen === undefined) byLabel.set(l, i);
    else uf.union(seen, i);
  });
  linkByName(mentions, uf, shortOf);
  linkBySpelling(mentions, uf, shortOf);
  linkAcronyms(mentions, uf);
  linkAppositions(mentions, uf, text);
  for (const [i, k] of shortOf) uf.union(i, k);
  return buildEntities(mentions, uf);
}

/** Same normal form and compatible type: one actor, whatever finder saw it. */
function linkByName(mentions: readonly Mention[], uf: UnionFind, shortOf: ReadonlyMap<number, number>): void {
  const first = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.source.startsWith("country") || shortOf.has(i)) return;
    const k = normalizeName(m.text).replace(/^(?:the|al|el) /, "");
    const seen = first.get(k);
    if (seen === undefined) first.set(k, i);
    else uf.union(seen, i);
  });
}

/**
 * One name spelled two ways in one document ("Ali Mohamed" and "Ali Mohammed", "Hizballah" and
 * "Hezbollah"): the same number of words, judged the same by the transliteration-aware
 * comparison actors are resolved with (src/resolve/compare-names.ts), with a high score.
 */
function linkBySpelling(mentions: readonly Mention[], uf: UnionFind, shortOf: ReadonlyMap<number, number>): void {
  const byText = new Map<string, { index: number; type: EntityType; form: ReturnType<typeof parseName> }>();
  mentions.forEach((m, i) => {
    if (shortOf.has(i) || m.kind !== "name" || m.source.startsWith("country") || m.type === "location") return;
    const key = `${m.type}:${normalizeName(m.text)}`;
    if (!byText.has(key)) byText.set(key, { index: i, type: m.type, form: parseName(m.text) });
  });
  // Compared only within a block: same type, same length, same consonant skeleton of the last
  // word (spellings of one name keep their consonants: Mohamed/Mohammed, Hizballah/Hezbollah).
  const blocks = new Map<string, (typeof byText extends Map<string, infer V> ? V : never)[]>();
  for (const n of byText.values()) {
    const words = n.form.words;
    if (words.length === 0 || (n.type === "person" && words.length < 2)) continue;
    const key = `${n.type}:${words.length}:${words[words.length - 1]?.skeleton ?? ""}`;
    const block = blocks.get(key);
    if (block) block.push(n);
    else blocks.set(key, [n]);
  }
  for (const names of blocks.values()) {
    for (let a = 0; a < names.length; a++) {
      for (let b = a + 1; b < names.length; b++) {
        const [x, y] = [names[a], names[b]] as [(typeof names)[0], (typeof names)[0]];
        const v = compareNames(x.form, y.form, x.type);
        if (v.verdict === "same" && v.score >= SAME_SPELLING) uf.union(x.index, y.index);
      }
    }
  }
}

/** Score above which two names of the same length are one name spelled two ways. */
const SAME_SPELLING = 0.92;

/** "the so-called Blind Sheikh, Omar Abdel Rahman." — a by-name and the name it stands for. */
function linkAppositions(mentions: readonly Mention[], uf: UnionFind, text: string): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as Mention;
    const b = mentions[i + 1] as Mention;
    if (a.type !== "person" || b.type !== "person" || a.kind !== "name" || b.kind !== "name") continue;
    if (a.key?.startsWith("gaz:") && b.key?.startsWith("gaz:") && a.key !== b.key) continue;
    if (
      text.slice(a.end, b.start) !== ", " ||
      !/\bthe\s+(?:so-called\s+)?$/iu.test(text.slice(Math.max(0, a.start - 15), a.start))
    )
      continue;
    // Not a list: "the Blind Sheikh, Omar Abdel Rahman, and Bin Ladin" names three.
    if (/^\s*(?:,\s*(?:and|or)\b|and\b|&)/iu.test(text.slice(b.end, b.end + 8))) continue;
    uf.union(i, i + 1);
  }
}

function linkAcronyms(mentions: readonly Mention[], uf: UnionFind): void {
  const orgs = mentions.map((m, i) => [m, i] as const).filter(([m]) => m.type === "organization" && m.kind === "name");
  mentions.forEach((m, i) => {
    if (m.kind !== "acronym" || m.key?.startsWith("gaz:")) return;
    const letters = m.text.replace(/[.&-]/g, "").toUpperCase();
    const match = orgs.find(([o]) => acronymOf(o.text).includes(letters));
    if (match) uf.union(i, match[1]);
  });
}

/** Each short form → the nearest preceding longer name it fits (or the first following). */
function shortForms(mentions: readonly Mention[]): Map<number, number> {
  const out = new Map<number, number>();
  const tokens = mentions.map((m) => distinctiveTokens(m.text));
  // Candidates for a short form share its first distinctive token: index mentions by token.
  const byToken = new Map<string, number[]>();
  tokens.forEach((ts, k) => {
    for (const t of new Set(ts)) byToken.set(t, [...(byToken.get(t) ?? []), k]);
  });
  mentions.forEach((m, i) => {
    if (m.kind !== "name" || isAcronym(m.text) || m.key?.startsWith("gaz:")) return;
    const mine = tokens[i] as string[];
    if (!mine.length) return;
    let best = -1;
    for (const k of byToken.get(mine[0] as string) ?? []) {
      const other = mentions[k] as Mention;
      if (k === i || other.kind !== "name" || other.text === m.text) continue;
      if (!isShortFormOf(m, other, mine, tokens[k])) continue;
      if (k < i) best = k;
      else if (best < 0) best = k;
    }
    if (best >= 0) out.set(i, best);
  });
  return out;
}

function buildEntities(mentions: readonly Mention[], uf: UnionFind): Clustering {
  const groups = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const root = uf.find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const entityOf: (string | null)[] = mentions.map(() => null);
  const entities: Entity[] = [];
  const guessed = new Set<string>();
  const ordered = [...groups.values()].sort(
    (a, b) => (mentions[a[0] as number] as Mention).start - (mentions[b[0] as number] as Mention).start,
  );
  for (const members of ordered) {
    const ms = members.map((i) => mentions[i] as Mention);
    // An unknown single word that is nobody's short name is not an actor.
    if (ms.every((m) => m.source === "single-word")) continue;
    // An acronym nobody defined, seen once ("NGO", "DNA"), is too weak to stand for an actor.
    if (ms.length === 1 && ms[0]?.source === "acronym") continue;
    const id = `e${entities.length + 1}`;
    for (const i of members) entityOf[i] = id;
    if (ms.every((m) => GUESSES.has(m.source))) guessed.add(id);
    entities.push(toEntity(id, ms));
  }
  return { entities, entityOf, guessed };
}

function toEntity(id: string, ms: Mention[]): Entity {
  const type = pickType(ms);
  const names = ms.filter((m) => m.kind === "name" || m.kind === "acronym");
  const best = [...names].sort((a, b) => score(b) - score(a) || a.start - b.start)[0] ?? (ms[0] as Mention);
  // A state named only through its institutions ("the Pakistani army") takes the country's name.
  const state = ms.find((m) => m.source === "state-institution" && m.canonical);
  const name = best.source === "state-institution" && state?.canonical ? state.canonical : display(best.text);
  const aliases = [...new Set(names.map((m) => display(m.text)))].filter((a) => a !== name);
  const mentions = ms.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start);
  return { id, type, name, aliases, mentions };
}

/** Prefer a full name to an acronym, a longer name to a shorter one, the gazetteer to a guess. */
function score(m: Mention): number {
  const words = m.text.split(/\s+/).length;
  return (m.kind === "acronym" ? 0 : 10) + Math.min(words, 6) + (m.source === "state-institution" ? -5 : 0);
}

function pickType(ms: Mention[]): EntityType {
  const known = ms.find((m) => m.key?.startsWith("gaz:") && m.source === "gazetteer");
  if (known) return known.type;
  const counts = new Map<EntityType, number>();
  for (const m of ms) if (m.source !== "single-word") counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (ms[0] as Mention).type;
}

/** A name as shown: without a leading "the" or Markdown emphasis marks ("Afghan _mujahideen_"). */
function display(text: string): string {
  return text
    .replace(/^the\s+/i, "")
    .replace(/[_*]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

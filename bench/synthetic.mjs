/**
 * Synthetic material for the bench, from templates and a seeded generator: the same seed gives
 * the same names, dates and documents on every run and machine.
 *
 * - `actorPool` invents people (Arabic name patterns), organizations and places;
 * - `writeDocument` writes prose about them, one relation per sentence, for the extractor;
 * - `sentenceFor` is the template set both share with the bulk graph of the query bench.
 */

import { readFileSync } from "node:fs";

/** mulberry32: small, fast and good enough for choosing words. */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export const pick = (random, list) => list[Math.floor(random() * list.length)];

// Given names, the syllables place names are made of, month names: data, not code.
const WORDS = JSON.parse(readFileSync(new URL("./synthetic-words.json", import.meta.url), "utf8"));
const GIVEN = WORDS.given_names;
const SYLLABLE_START = WORDS.place_syllables_start;
const SYLLABLE_END = WORDS.place_syllables_end;
const MONTHS = WORDS.months;

const ORG_PATTERNS = [
  (p) => `Islamic Front of ${p}`,
  (p) => `${p} Liberation Army`,
  (p) => `Army of the Martyrs of ${p}`,
  (p) => `${p} Islamic Movement`,
  (p) => `Jaish al-${p}`,
  (p) => `Brigades of ${p}`,
  (p) => `${p} National Council`,
  (p) => `Ansar al-${p}`,
];

/** A place name of two or three syllables: "Tarkhan", "Qalbaraud". */
function placeName(random) {
  const extra = random() < 0.3 ? pick(random, SYLLABLE_END) : "";
  return `${pick(random, SYLLABLE_START)}${pick(random, SYLLABLE_END)}${extra}`;
}

/**
 * `n` distinct actors, roughly 50% people, 40% organizations and 10% places, each with a name
 * and, for some, an alias ("Abu Hamza al-Tarkhani" for a person, an acronym for an organization).
 */
export function actorPool(n, seed = 1) {
  const random = seeded(seed);
  const seen = new Set();
  const actors = [];
  let attempts = 0;
  while (actors.length < n) {
    attempts++;
    const r = random();
    let actor;
    if (r < 0.1) {
      actor = { type: "location", name: placeName(random), aliases: [] };
    } else if (r < 0.5) {
      const name = pick(random, ORG_PATTERNS)(placeName(random));
      const acronym = name
        .replace(/al-/g, "")
        .match(/\b[A-Z]/g)
        .join("");
      actor = { type: "organization", name, aliases: acronym.length >= 3 ? [acronym] : [] };
    } else {
      const family = `al-${placeName(random)}i`;
      const name = `${pick(random, GIVEN)} ${pick(random, GIVEN)} ${family}`;
      actor = { type: "person", name, aliases: random() < 0.4 ? [`Abu ${pick(random, GIVEN)} ${family}`] : [] };
    }
    // Past a few collisions per actor, a numbered suffix keeps large pools distinct.
    if (seen.has(actor.name) && attempts > 3 * n) actor.name = `${actor.name} ${actors.length}`;
    if (seen.has(actor.name)) continue;
    seen.add(actor.name);
    actors.push(actor);
  }
  return actors;
}

/**
 * A date between 1980 and 2023: as prose with its preposition ("in 2013", "on June 25, 2010")
 * and as the partial ISO date the prose means.
 */
export function randomDate(random) {
  const year = 1980 + Math.floor(random() * 44);
  const month = 1 + Math.floor(random() * 12);
  const r = random();
  if (r < 0.5) return { at: `in ${year}`, iso: `${year}` };
  const mm = String(month).padStart(2, "0");
  if (r < 0.85) return { at: `in ${MONTHS[month - 1]} ${year}`, iso: `${year}-${mm}` };
  const day = 1 + Math.floor(random() * 28);
  return { at: `on ${MONTHS[month - 1]} ${day}, ${year}`, iso: `${year}-${mm}-${String(day).padStart(2, "0")}` };
}

const capitalized = (s) => s[0].toUpperCase() + s.slice(1);

/** Relation templates with the actor types of their ends; each a sentence analytic prose uses. */
const TEMPLATES = [
  {
    type: "founded",
    subject: "person",
    object: "organization",
    write: (s, o, d) => `${capitalized(d)}, ${s} founded the ${o}.`,
  },
  {
    type: "leader_of",
    subject: "person",
    object: "organization",
    write: (s, o, d) => `${s} became the leader of the ${o} ${d}.`,
  },
  { type: "member_of", subject: "person", object: "organization", write: (s, o, d) => `${s} joined the ${o} ${d}.` },
  {
    type: "pledged_allegiance_to",
    subject: "organization",
    object: "organization",
    write: (s, o, d) => `${capitalized(d)}, the ${s} pledged allegiance to the ${o}.`,
  },
  {
    type: "allied_with",
    subject: "organization",
    object: "organization",
    write: (s, o, d) => `The ${s} allied itself with the ${o} ${d}.`,
  },
  {
    type: "fought",
    subject: "organization",
    object: "organization",
    write: (s, o, d) => `The ${s} clashed with the ${o} ${d}.`,
  },
  {
    type: "split_from",
    subject: "organization",
    object: "organization",
    write: (s, o, d) => `${capitalized(d)}, the ${s} split from the ${o}.`,
  },
  {
    type: "supported",
    subject: "organization",
    object: "organization",
    write: (s, o, d) => `The ${s} reportedly received funding from the ${o} ${d}.`,
  },
  {
    type: "rival_of",
    subject: "organization",
    object: "organization",
    write: (s, o, d) => `${capitalized(d)}, the ${s} became a rival of the ${o}.`,
  },
  { type: "met", subject: "person", object: "person", write: (s, o, d) => `${s} met ${o} ${d}.` },
];

export const RELATION_TEMPLATES = TEMPLATES;

/** One sentence for template `t`, with where its two names sit inside it. */
export function sentenceFor(t, subject, object, date) {
  const text = t.write(subject, object, date);
  const s = text.indexOf(subject);
  const o = text.indexOf(object, s + subject.length);
  return { text, subject: { start: s, end: s + subject.length }, object: { start: o, end: o + object.length } };
}

/**
 * Choose an actor of `type` from `pool` with a skew toward the first ones (a few actors appear
 * in many documents, most in few), as in a real corpus.
 */
export function skewedPick(random, byType, type) {
  const list = byType[type];
  const u = random();
  return list[Math.floor(list.length * u * u)];
}

export function groupByType(pool) {
  const byType = { person: [], organization: [], location: [] };
  for (const a of pool) byType[a.type].push(a);
  return byType;
}

/**
 * A document of `sentences` template sentences about actors from `pool`, with a title, a
 * publication date and a line of background; the text differs on every call.
 */
export function writeDocument(random, byType, sentences = 12) {
  const lines = [];
  for (let i = 0; i < sentences; i++) {
    const t = pick(random, TEMPLATES);
    const subject = skewedPick(random, byType, t.subject);
    let object = skewedPick(random, byType, t.object);
    if (object === subject) object = pick(random, byType[object.type]);
    const name = (a) => (a.aliases.length > 0 && random() < 0.2 ? a.aliases[0] : a.name);
    lines.push(sentenceFor(t, name(subject), name(object), randomDate(random).at).text);
    if (random() < 0.3) {
      const place = skewedPick(random, byType, "location");
      lines.push(`Its fighters were based in ${place.name} at the time.`);
    }
  }
  const published = randomDate(random);
  const title = `Report ${Math.floor(random() * 1e9).toString(36)}: militant groups of ${placeName(random)}`;
  return { title, published: published.iso, text: `${title}\n\n${lines.join(" ")}\n` };
}

/**
 * Relation patterns over compressed sentences (see compress.ts), built from the cue lexicon.
 * A template names its parts: {S} subject slot, {O} object slot, {G} a coordinated group whose
 * members relate pairwise, {T} the trigger cue, {GAP} a few words with no slot and no clause
 * break, {MODS} role modifiers ("the then", "senior"). Every template carries the kind of
 * sentence it handles.
 */
import { RELATION_CUES, type RelationCues } from "../../lexicon/relation-cues.js";
import { RELATION_TYPES, type RelationType } from "../../types.js";

export interface Pattern {
  /** Rule name, shown by `--explain`. */
  name: string;
  type: RelationType;
  regex: RegExp;
  /** For {G} templates: relate every pair in the group. */
  pairwise: boolean;
}

const SLOT = String.raw`§([\d+]+)`;
const CLAUSE_BREAK = String.raw`\b(?:but|while|whereas|which|who|whom|although|though|because|after|before|when|until|whose|if)\b`;
const GAP = (max: number) => String.raw`(?:(?!${CLAUSE_BREAK})[^§;:()]){0,${max}}?`;
const MODS = String.raw`(?:(?:the|a|an|its|his|their|her|one of (?:the|its|his|their)|then|former|current|late|new|future|de facto|self-declared|self-proclaimed|longtime|long-time|senior|top|chief|deputy|spiritual|military|supreme|first|second|overall|founding|notorious|powerful|influential|prominent|charismatic|slain|religious|political|ideological|operational|local|regional|Gulf|Arab|foreign|so-called|nominal|official|main)\s)*`;
const RELATIVE = String.raw`(?:,?\s(?:who|which|that)\b)?`;
const BE = String.raw`\b(?:was|were|is|are|been|being|be|had been|has been|have been)\b(?:\s\w+ly)?`;

const TEMPLATES: { name: string; cue: keyof RelationCues; source: string; pairwise?: boolean }[] = [
  // "X funded Y", "X, who succeeded Y", "X also joined together with Y"
  { name: "active-verb", cue: "verbs", source: `{S}${RELATIVE}${GAP(40)}\\b{T}\\b${GAP(50)}{O}` },
  // "Y was funded by X"
  { name: "passive-verb", cue: "participles", source: `{O}${GAP(30)}${BE}\\s{T}\\b${GAP(40)}\\bby\\s(?:the\\s)?{S}` },
  // "Y, backed by X" / "a militia supported by X"
  { name: "participle-by", cue: "participles", source: `{O}${GAP(40)}\\b{T}\\s(?:\\w+\\s){0,2}?by\\s{S}` },
  // "X's support for Y", "the IMU's inclusion into the Islamic State"
  { name: "possessive-noun", cue: "nouns", source: `{S}'s\\s${GAP(30)}\\b{T}\\b\\s?${GAP(20)}{O}` },
  // "X's close ties to Y", "X has links to Y", "the IMU's first major confrontation with Y"
  { name: "subject-noun", cue: "nouns", source: `{S}${GAP(40)}\\b{T}\\b\\s?(?:the\\s)?{O}` },
  // "clashes between X and Y", "a meeting between X and Y"
  { name: "noun-between", cue: "nouns", source: `\\b{T}\\b\\s?(?:between\\s|among\\s)?{G}`, pairwise: true },
  // "X and Y merged", "X and Y met in 1998"
  { name: "group-verb", cue: "verbs", source: `{G}${GAP(30)}\\b{T}\\b`, pairwise: true },
  // "X, the leader of Y", "X, a member of Y", "X, the future founder of Y"
  { name: "appositive-role", cue: "roles", source: `{S},?\\s${MODS}{T}\\s(?:of|in|for|within|at|to|from)\\s(?:the\\s)?{O}` },
  // "Y's mufti X", "al-Qa`ida's leader X"
  { name: "possessive-role", cue: "roles", source: `{O}'s\\s${MODS}{T},?\\s{S}` },
  // "Hezbollah commander X", "its leader X", "Taliban leader X"
  { name: "prenominal-role", cue: "roles", source: `{O}\\s${MODS}{T},?\\s{S}` },
  // "the leader of Y, X"
  { name: "role-of-then-name", cue: "roles", source: `\\b{T}\\s(?:of|in)\\s(?:the\\s)?{O},\\s{S}` },
  // "X was then one of its senior leaders", "X became the head of Y"
  { name: "copula-role", cue: "roles", source: `{S}${RELATIVE}\\s(?:was|is|were|are|became|becomes|remained|had been|has been|served as|would become|would be)\\b(?:\\s\\w+){0,2}?\\s${MODS}{T}\\s(?:of|in|for|within)\\s(?:the\\s)?{O}` },
  // "X was the leader of" handled above; "X, its leader" / "X (Y's leader)"
  { name: "appositive-possessive-role", cue: "roles", source: `{S},\\s{O}'s\\s${MODS}{T}\\b` },
];

function alternation(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).join("|");
}

function compile(source: string, cues: readonly string[]): RegExp {
  const body = source
    .replace("{S}", SLOT.replace("(", "(?<s>"))
    .replace("{O}", SLOT.replace("(", "(?<o>"))
    .replace("{G}", String.raw`§(?<g>\d+(?:\+\d+)+)`)
    .replace("{T}", `(?<t>${alternation(cues)})`);
  return new RegExp(body, "giu");
}

/** Every pattern for every relation type, built once. */
export const PATTERNS: readonly Pattern[] = RELATION_TYPES.flatMap((type) => {
  const cues = RELATION_CUES[type];
  if (!cues) return [];
  return TEMPLATES.flatMap((t) => {
    const list = cues[t.cue];
    if (!list?.length) return [];
    return [{ name: `${type}:${t.name}`, type, regex: compile(t.source, list), pairwise: t.pairwise === true }];
  });
});

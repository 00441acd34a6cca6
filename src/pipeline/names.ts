/**
 * What the name finders need to know about real actors, behind one interface so the gazetteer's
 * storage can change without touching the rules.
 */
import type { EntityType } from "../types.js";

export interface KnownActor {
  id: string;
  name: string;
  type: EntityType;
  /** "armed-group", "state", "city", "region", "international", … when the source says. */
  kind?: string;
}

export interface NameLexicon {
  /**
   * Known actors whose name or alias normalises to `normalized` (see normalizeName). With the
   * text as written, names made of common words ("US", "Direct Action") must match its casing.
   */
  lookup(normalized: string, text?: string): readonly KnownActor[];
  /** Longest known name, in words: bounds the longest-match search. */
  readonly maxWords: number;
  /** The country a demonym or adjective names: "Pakistani", "Saudis", "Uzbek" → its entry. */
  demonym(word: string): KnownActor | undefined;
  /** A common given name ("Ali", "Jack"): an unknown capitalised pair starting with one is a person. */
  isGivenName(word: string): boolean;
}

/** The normal form names are compared in: no diacritics or ʿayn/hamza marks, lower case, single spaces. */
export function normalizeName(s: string): string {
  let key = normalized.get(s);
  if (key === undefined) {
    key = s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[`'’‘ʿʾ\u02bb\u02bc]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    // The same words and names recur in every document: remembered, up to a bound.
    if (normalized.size >= 50_000) normalized.clear();
    normalized.set(s, key);
  }
  return key;
}

const normalized = new Map<string, string>();

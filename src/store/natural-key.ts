/**
 * The natural key of an assertion: what identifies it across re-extraction, so analyst
 * decisions find it again. Type, ends and evidence span: "allied_with:3:7:120-188". Rule names
 * and confidence change between extractor versions and are left out; the ends of a symmetric
 * relation go in id order, so A–B equals B–A.
 */
import { type RelationType, SYMMETRIC_TYPES } from "../types.js";

export function naturalKey(
  type: RelationType,
  subject: number,
  object: number,
  evidence: { start: number; end: number },
): string {
  const [a, b] = SYMMETRIC_TYPES.has(type) && object < subject ? [object, subject] : [subject, object];
  return `${type}:${a}:${b}:${evidence.start}-${evidence.end}`;
}

export interface ParsedKey {
  type: RelationType;
  subject: number;
  object: number;
  start: number;
  end: number;
}

/** The parts of a natural key; null for a key in another format. */
export function parseNaturalKey(key: string): ParsedKey | null {
  const m = /^([a-z_]+):(\d+):(\d+):(\d+)-(\d+)$/.exec(key);
  if (!m) return null;
  return { type: m[1] as RelationType, subject: +m[2], object: +m[3], start: +m[4], end: +m[5] };
}

/**
 * The key with actor ids replaced as `ids` says (merge: absorbed → kept; split: old → new):
 * what re-extraction will compute once the entity links to the new actor.
 */
export function rekey(key: string, ids: ReadonlyMap<number, number>): string {
  const k = parseNaturalKey(key);
  if (!k) return key;
  const map = (id: number) => ids.get(id) ?? id;
  return naturalKey(k.type, map(k.subject), map(k.object), k);
}

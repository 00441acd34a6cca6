/**
 * Hand-made extractions for store tests: spans are found by searching the text, so a test
 * reads as the sentences it is about rather than as offsets.
 */
import type {
  DocumentInput,
  Entity,
  EntityType,
  Extraction,
  Relation,
  RelationType,
  TimeValue,
} from "../../src/types.js";

export function makeDoc(text: string, extra: Partial<DocumentInput> = {}): DocumentInput {
  return { text, title: null, published: null, author: null, source: "test.txt", mediaType: "text/plain", ...extra };
}

/** Span of the first occurrence of `needle` in `text`; throws when absent so typos fail loudly. */
export function spanOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return { start, end: start + needle.length };
}

/** An entity whose mentions are every occurrence of its name and aliases. */
export function entity(text: string, id: string, type: EntityType, name: string, aliases: string[] = []): Entity {
  const mentions = [];
  for (const form of [name, ...aliases]) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      mentions.push({ start: at, end: at + form.length });
    }
  }
  return { id, type, name, aliases, mentions };
}

/** "2015", or [start, end]: a time value with the precision its first bound shows. */
export function time(start: string | null, end: string | null = null): TimeValue {
  const basis = start ?? end ?? "";
  const precision = basis.length === 4 ? "year" : basis.length === 7 ? "month" : "day";
  return { start, end, precision };
}

export function relation(
  text: string,
  subject: string,
  type: RelationType,
  object: string,
  evidence: string,
  extra: Partial<Relation> = {},
): Relation {
  return {
    subject,
    type,
    object,
    polarity: "affirmed",
    modality: "asserted",
    attributed_to: null,
    time: null,
    evidence: { ...spanOf(text, evidence), text: evidence },
    confidence: 0.9,
    rule: "test-rule",
    cues: [],
    ...extra,
  };
}

export function extraction(entities: Entity[], relations: Relation[]): Extraction {
  return { document: { title: null, published: null }, entities, relations };
}

/**
 * Deterministic STIX ids. Each object's id is a UUIDv5 over a stable key (what the object is,
 * not where it sits in a database), so exporting twice gives the same ids and two stores that
 * read the same documents name their objects alike. An object imported from a bundle keeps the
 * id it came with; computed ids never take one already in use.
 */
import { v5 as uuidv5 } from "uuid";
import type { GraphAssertion, GraphRecords } from "../store/graph-records.js";

/** linkage's UUIDv5 namespace. Never change it: every exported id derives from it. */
export const LINKAGE_NAMESPACE = "4c37d855-c362-410c-8019-c861aa56b101";

/** The UUIDv5 of `key` in linkage's namespace. */
export function stixUuid(key: string): string {
  return uuidv5(key, LINKAGE_NAMESPACE);
}

/** "threat-actor--8f2…" → "8f2…", lower-cased so ids differing only in case compare equal. */
export function uuidOf(stixId: string): string {
  return stixId.slice(stixId.indexOf("--") + 2).toLowerCase();
}

/** The type part of a STIX id: "threat-actor--8f2…" → "threat-actor". */
export function typeOf(stixId: string): string {
  return stixId.slice(0, stixId.indexOf("--"));
}

/** Ids for every row of a graph. */
export interface GraphIds {
  /** Actor id → the UUID part of its STIX id (the type part depends on how it is classified). */
  actors: Map<number, string>;
  /** Document id → "report--…". */
  documents: Map<number, string>;
  /** Assertion id → "relationship--…". */
  assertions: Map<number, string>;
}

/**
 * Assign ids: imported ones first, then computed ones in row order.
 * - actor: its type and name, case- and space-folded ("actor:organization:al-qaeda");
 * - document: the SHA-256 of its text;
 * - assertion: its document's id, type, both ends' ids and evidence span.
 * A computed id already taken (two actors of one name and type, or an imported id equal to a
 * computed one) gets "#2", "#3", … appended to its key.
 */
export function assignGraphIds(records: GraphRecords): GraphIds {
  const used = new Set<string>();
  for (const row of [...records.actors, ...records.documents, ...records.assertions]) {
    if (row.stix_id) used.add(uuidOf(row.stix_id));
  }
  const take = (key: string): string => {
    let uuid = stixUuid(key);
    for (let n = 2; used.has(uuid); n++) uuid = stixUuid(`${key}#${n}`);
    used.add(uuid);
    return uuid;
  };
  const actors = new Map<number, string>();
  for (const a of records.actors) {
    actors.set(a.id, a.stix_id ? uuidOf(a.stix_id) : take(`actor:${a.type}:${foldName(a.name)}`));
  }
  const documents = new Map<number, string>();
  for (const d of records.documents) documents.set(d.id, d.stix_id ?? `report--${take(`document:${d.sha256}`)}`);
  const assertions = new Map<number, string>();
  for (const a of records.assertions) {
    assertions.set(a.id, a.stix_id ?? `relationship--${take(assertionKey(a, actors, documents))}`);
  }
  return { actors, documents, assertions };
}

function assertionKey(a: GraphAssertion, actors: Map<number, string>, documents: Map<number, string>): string {
  const ends = `${actors.get(a.subject_id)}:${actors.get(a.object_id)}`;
  return `assertion:${uuidOf(documents.get(a.document_id) ?? "")}:${a.type}:${ends}:${a.evidence_start}-${a.evidence_end}`;
}

/** NFC, lower case, single spaces: "Al-Qaeda " and "al-Qaeda" are one key; spellings stay distinct. */
function foldName(name: string): string {
  return name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * What importing a bundle adds to a store. Objects whose id the store already gives (linkage's
 * computed ids, or ids of earlier imports) are matched, not added again: importing a bundle twice,
 * or into the store it came from, adds nothing. Actors are matched on their id's UUID, so a group
 * another tool calls an intrusion-set is still the threat-actor linkage wrote.
 *
 * New reports become documents whose text is rebuilt from their relationships' evidence
 * (document-text.ts). A relationship that no new report lists goes into one document standing
 * for the bundle file. Relationships of types linkage has no equivalent for, or between objects
 * that are not actors (in the bundle, or already in the store), are skipped and counted.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { LINKAGE_IDENTITY_ID } from "../export/stix-extension.js";
import { assignGraphIds, stixUuid, uuidOf } from "../export/stix-ids.js";
import type { ImportPlan, ImportPlanner, ImportRef, PlannedActor } from "../store/index.js";
import { type DocumentDraft, documentFor, draftDocuments } from "./plan-documents.js";
import type { ParsedBundle } from "./read-bundle.js";
import { actorNameOf, actorTypeOf, aliasesOf, relationTypeOf } from "./stix-to-linkage.js";

type Counts = { actors: number; documents: number; relations: number };

/** Ids of the STIX types linkage reads as actors. */
const ACTOR_ID = /^(threat-actor|intrusion-set|identity|location)--/;

/** What an import did, for the user. */
export interface ImportSummary {
  file: string;
  /** Objects in the bundle, of every type. */
  objects: number;
  created: Counts;
  /** Already in the store: matched by id and left as they are. */
  existing: Counts;
  /** Notes read as evidence of a relationship. */
  notes: number;
  /** Objects left out, counted by type or reason. */
  skipped: Record<string, number>;
}

/** A planner (see Store.importGraph) for `bundle`, read from `input`. */
export function planImport(bundle: ParsedBundle, input: string): ImportPlanner<ImportSummary> {
  return (existing) => {
    const summary: ImportSummary = {
      file: input,
      objects: bundle.total,
      created: { actors: 0, documents: 0, relations: 0 },
      existing: { actors: 0, documents: 0, relations: 0 },
      notes: 0,
      skipped: { ...bundle.skipped },
    };
    const skip = (reason: string) => {
      summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
    };
    const ids = assignGraphIds(existing);
    const { actors, refs: bundleActors } = planActors(bundle, ids.actors, summary, skip);
    // A relationship may name an actor the bundle leaves out because the store already has it.
    const storedActors = new Map([...ids.actors].map(([id, uuid]) => [uuid, id]));
    const refs = (stixId: string): ImportRef | undefined => {
      const stored = ACTOR_ID.test(stixId) ? storedActors.get(uuidOf(stixId)) : undefined;
      return bundleActors.get(stixId) ?? (stored === undefined ? undefined : { id: stored });
    };
    const storedDocuments = new Set([...ids.documents.values()].map((id) => id.toLowerCase()));
    const drafts = new Map<string, DocumentDraft>();
    for (const report of bundle.reports) {
      if (storedDocuments.has(report.object.id.toLowerCase())) summary.existing.documents++;
      else drafts.set(report.object.id, { report, assertions: [] });
    }
    const bundleDocument: DocumentDraft = { assertions: [] };
    const storedNames = new Map(existing.actors.map((a) => [a.id, a.name]));
    const read = planRelationships(bundle, refs, drafts, bundleDocument, {
      stored: new Set([...ids.assertions.values()].map((id) => id.toLowerCase())),
      storedNames,
      summary,
      skip,
    });
    for (const note of bundle.notes) {
      if (note.object_refs.some((ref) => read.has(ref))) summary.notes++;
      else skip("note (not about an imported relationship)");
    }
    const taken = new Set(existing.documents.map((d) => d.sha256));
    const { documents, assertions } = draftDocuments([...drafts.values()], bundleDocument, {
      title: `Relationships from ${basename(input)}`,
      input,
      taken,
      sha256: (text) => createHash("sha256").update(text, "utf8").digest("hex"),
      idFor: (sha256) => `report--${stixUuid(`document:${sha256}`)}`,
    });
    summary.created.actors = actors.length;
    summary.created.documents = documents.length;
    const audit = { file: input, bundle: bundle.id, created: summary.created, existing: summary.existing };
    const plan: ImportPlan = { actors, documents, assertions, audit };
    return { plan, summary };
  };
}

/**
 * Put each relationship of a linkage type between two actors into the document it was read in,
 * with the notes about it; count the rest.
 * @returns ids of the relationships read (added, or already stored).
 */
function planRelationships(
  bundle: ParsedBundle,
  refs: (stixId: string) => ImportRef | undefined,
  drafts: Map<string, DocumentDraft>,
  bundleDocument: DocumentDraft,
  ctx: {
    stored: Set<string>;
    storedNames: Map<number, string>;
    summary: ImportSummary;
    skip: (reason: string) => void;
  },
): Set<string> {
  const names = new Map(bundle.actors.map((a) => [a.object.id, actorNameOf(a.object)]));
  const nameOf = (stixId: string, ref: ImportRef) =>
    names.get(stixId) ?? ("id" in ref ? ctx.storedNames.get(ref.id) : undefined) ?? stixId;
  const notesAbout = groupRefs(bundle.notes.map((n) => [n.object_refs, n.content] as const));
  const listedIn = new Map<string, DocumentDraft>();
  for (const draft of drafts.values()) {
    for (const ref of draft.report?.object.object_refs ?? []) if (!listedIn.has(ref)) listedIn.set(ref, draft);
  }
  const read = new Set<string>();
  for (const rel of bundle.relationships) {
    const o = rel.object;
    const type = relationTypeOf(o.relationship_type);
    if (!type) {
      // Named in the summary: only a well-formed type, so that printing it is safe.
      ctx.skip(`relationship (${/^[a-z0-9-]{1,100}$/.test(o.relationship_type) ? o.relationship_type : "other"})`);
      continue;
    }
    if (ctx.stored.has(o.id.toLowerCase())) {
      ctx.summary.existing.relations++;
      read.add(o.id);
      continue;
    }
    const [subject, object] = [refs(o.source_ref), refs(o.target_ref)];
    if (!subject || !object) {
      ctx.skip("relationship (an end is no actor of the bundle or the store)");
      continue;
    }
    const attributed = rel.ext?.attributed_to_ref ? (refs(rel.ext.attributed_to_ref) ?? null) : null;
    const draft = documentFor(rel, drafts, listedIn) ?? bundleDocument;
    const ends = [nameOf(o.source_ref, subject), nameOf(o.target_ref, object)] as const;
    draft.assertions.push({ rel, type, subject, object, attributed, ends, notes: notesAbout.get(o.id) ?? [] });
    read.add(o.id);
    ctx.summary.created.relations++;
  }
  return read;
}

/** Values by each id that refers to them: notes' contents by the objects they are about. */
function groupRefs(items: readonly (readonly [readonly string[], string])[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [refs, value] of items) {
    for (const ref of refs) {
      const list = groups.get(ref);
      if (list) list.push(value);
      else groups.set(ref, [value]);
    }
  }
  return groups;
}

/** New actors, and a reference for every actor id of the bundle (new or already stored). */
function planActors(
  bundle: ParsedBundle,
  stored: Map<number, string>,
  summary: ImportSummary,
  skip: (reason: string) => void,
): { actors: PlannedActor[]; refs: Map<string, ImportRef> } {
  const byUuid = new Map<string, ImportRef>([...stored].map(([id, uuid]) => [uuid, { id }]));
  const actors: PlannedActor[] = [];
  const refs = new Map<string, ImportRef>();
  for (const { object: o, ext } of bundle.actors) {
    // linkage's own identity creates its extension definition; it is no actor.
    if (o.id === LINKAGE_IDENTITY_ID) {
      skip("identity (linkage itself)");
      continue;
    }
    const known = byUuid.get(uuidOf(o.id));
    if (known) {
      if ("id" in known) summary.existing.actors++;
      refs.set(o.id, known);
      continue;
    }
    const name = actorNameOf(o);
    actors.push({
      stix_id: o.id,
      name,
      type: actorTypeOf(o, ext),
      aliases: aliasesOf(o, ext, name),
      created: o.created ?? null,
      modified: o.modified ?? null,
    });
    refs.set(o.id, { stix_id: o.id });
    byUuid.set(uuidOf(o.id), { stix_id: o.id });
  }
  return { actors, refs };
}

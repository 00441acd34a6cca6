/**
 * Splitting an actor that wrongly joins two (two men called "al-Libi"): chosen aliases, with
 * the mentions that spell them, and chosen documents move to a new actor. An assertion moves
 * with a document when none of the old actor's mentions are left in that document: it was
 * read about the part that left. Undo merges the new actor back.
 */
import { LinkageError } from "../errors.js";
import { normalizeName } from "../resolve/actor-matching.js";
import { insertAliasRows } from "./alias-keys.js";
import { lockActors, recordChange, touchActors } from "./change-log.js";
import { type MovedRows, moveAll } from "./curate-merge.js";
import type { CurationOptions, SplitSelection } from "./curation-records.js";
import type { Db, Queryable } from "./db.js";
import { type Rekeyed, rekeyDecisions, restoreKeys } from "./decision-keys.js";

interface SplitDetails {
  created_id: number;
  moved: MovedRows;
  /** The alias the split gave the new actor for its name. */
  added_aliases: number[];
  rekeyed: Rekeyed;
}

/** Move `selection` of actor `id` to a new actor. @returns the audit id and the new actor's id. */
export async function splitActor(
  db: Db,
  id: number,
  selection: SplitSelection,
  opts: CurationOptions,
): Promise<{ change: number; created: number }> {
  const aliasKeys = new Set((selection.aliases ?? []).map(normalizeName).filter(Boolean));
  const documents = [...new Set(selection.documents ?? [])];
  if (aliasKeys.size === 0 && documents.length === 0) {
    throw new LinkageError("BAD_ARGUMENT", "expected aliases or documents to split off, found neither");
  }
  return db.transaction(async (tx) => {
    const actor = (await lockActors(tx, [{ id, version: opts.expectedVersion }])).get(id);
    if (!actor) throw new LinkageError("NOT_FOUND", `no actor has id ${id}`);
    const aliases = await tx.query<{ id: number; normalized: string; document_id: number | null }>(
      "SELECT id, normalized, document_id FROM actor_aliases WHERE actor_id = $1",
      [id],
    );
    for (const key of aliasKeys) {
      if (!aliases.some((a) => a.normalized === key))
        throw new LinkageError("NOT_FOUND", `actor ${id} has no alias "${key}"`);
    }
    if (aliasKeys.has(normalizeName(actor.name))) {
      throw new LinkageError(
        "BAD_ARGUMENT",
        `"${actor.name}" is the actor's name: rename it before splitting that name off`,
      );
    }
    const name = selection.name?.trim() || selection.aliases?.[0]?.trim() || actor.name;
    const [{ id: created }] = await tx.query<{ id: number }>(
      "INSERT INTO actors (name, type) VALUES ($1, $2) RETURNING id",
      [name, actor.type],
    );
    const moved = await moveSelected(tx, id, created, aliasKeys, documents, aliases);
    const added = await insertAliasRows(tx, [
      { actorId: created, type: actor.type, alias: name, documentId: null, addedBy: opts.user },
    ]);
    const rekeyed = await rekeyDecisions(tx, new Map([[id, created]]), [...moved.subjects, ...moved.objects]);
    await touchActors(tx, [id]);
    const details: SplitDetails = { created_id: created, moved, added_aliases: added, rekeyed };
    const change = await recordChange(tx, {
      user: opts.user,
      action: "actor.split",
      kind: "actor",
      entityId: id,
      details,
    });
    return { change, created };
  });
}

async function moveSelected(
  tx: Queryable,
  from: number,
  to: number,
  aliasKeys: ReadonlySet<string>,
  documents: readonly number[],
  aliases: readonly { id: number; normalized: string; document_id: number | null }[],
): Promise<MovedRows> {
  const inDocs = (doc: number | null) => doc !== null && documents.includes(doc);
  const aliasIds = aliases.filter((a) => aliasKeys.has(a.normalized) || inDocs(a.document_id)).map((a) => a.id);
  const mentions = await tx.query<{ id: number; document_id: number; text: string }>(
    "SELECT id, document_id, text FROM mentions WHERE actor_id = $1",
    [from],
  );
  const leaving = mentions.filter((m) => inDocs(m.document_id) || aliasKeys.has(normalizeName(m.text)));
  const staying = new Set(mentions.filter((m) => !leaving.includes(m)).map((m) => m.document_id));
  // Documents the actor no longer appears in: their assertions go with the mentions.
  const emptied = [...new Set(leaving.map((m) => m.document_id)), ...documents].filter((d) => !staying.has(d));
  const move = async (sql: string, ids: readonly number[]) =>
    ids.length === 0 ? [] : (await tx.query<{ id: number }>(sql, [ids, to, from])).map((r) => r.id);
  const inDocuments = (column: string) =>
    `UPDATE assertions SET ${column} = $2 WHERE ${column} = $3 AND document_id = ANY($1::bigint[]) RETURNING id`;
  return {
    aliases: await move(
      "UPDATE actor_aliases SET actor_id = $2 WHERE id = ANY($1::bigint[]) AND actor_id = $3 RETURNING id",
      aliasIds,
    ),
    mentions: await move(
      "UPDATE mentions SET actor_id = $2 WHERE id = ANY($1::bigint[]) AND actor_id = $3 RETURNING id",
      leaving.map((m) => m.id),
    ),
    subjects: await move(inDocuments("subject_id"), emptied),
    objects: await move(inDocuments("object_id"), emptied),
    attributions: await move(inDocuments("attributed_to"), emptied),
  };
}

/** Undo a split: everything of the new actor goes back, and the new actor is deleted. */
export async function undoSplit(tx: Queryable, id: number, d: SplitDetails): Promise<void> {
  const [exists] = await tx.query("SELECT 1 FROM actors WHERE id = $1 FOR UPDATE", [d.created_id]);
  if (!exists) throw new LinkageError("CONFLICT", `actor ${d.created_id}, made by this split, no longer exists`);
  await restoreKeys(tx, d.rekeyed);
  // The alias the split gave the new actor for its name goes; so do rows the old actor has too.
  await tx.query("DELETE FROM actor_aliases WHERE id = ANY($1::bigint[])", [d.added_aliases]);
  await tx.query(
    `DELETE FROM actor_aliases a WHERE a.actor_id = $2 AND EXISTS (SELECT 1 FROM actor_aliases k
       WHERE k.actor_id = $1 AND k.alias = a.alias AND k.document_id IS NOT DISTINCT FROM a.document_id)`,
    [id, d.created_id],
  );
  await tx.query("DELETE FROM actor_alias_exclusions WHERE actor_id = $1", [d.created_id]);
  await moveAll(tx, d.created_id, id);
  await tx.query("DELETE FROM actors WHERE id = $1", [d.created_id]);
  await touchActors(tx, [id]);
}

export type { SplitDetails };

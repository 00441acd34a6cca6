import { createHash } from "node:crypto";
import { isLinkageError, LinkageError } from "../errors.js";
import { insertAliasRows } from "./alias-keys.js";
import { toCodePointOffsets } from "./check-extraction.js";
import type { Db, Queryable } from "./db.js";
import { loadGraphRecords } from "./graph-export.js";
import type { ImportCounts, ImportPlan, ImportPlanner, ImportRef, PlannedAssertion } from "./import-records.js";
import { countWords } from "./ingest-document.js";
import { columns } from "./insert-annotations.js";
import { validity } from "./validity.js";

/** Key of the transaction-level advisory lock an import holds (migrate.ts holds the one before it). */
const IMPORT_LOCK_KEY = 4_242_001_732;

/** See Store.importGraph. */
export async function importGraph<S>(
  db: Db,
  planner: ImportPlanner<S>,
  opts: { user?: string; input: string },
): Promise<{ summary: S; written: ImportCounts }> {
  try {
    return await db.transaction(async (tx) => {
      // Imports take turns: two planning against the same store would both add what neither saw.
      await tx.query("SELECT pg_advisory_xact_lock($1)", [IMPORT_LOCK_KEY]);
      const { plan, summary } = planner(await loadGraphRecords(tx));
      const rows = new Map<string, number>();
      const idOf = (ref: ImportRef) => ("id" in ref ? ref.id : (rows.get(ref.stix_id) as number));
      for (const d of plan.documents) rows.set(d.stix_id, await insertDocument(tx, d));
      for (const a of plan.actors) rows.set(a.stix_id, await insertActor(tx, a));
      await insertAliases(tx, plan, rows, opts.user ?? "unknown");
      const assertions = await insertAssertions(tx, plan, idOf);
      for (const [stixId, id] of assertions) rows.set(stixId, id);
      await recordStixIds(tx, plan, rows);
      const written = { actors: plan.actors.length, documents: plan.documents.length, assertions: assertions.size };
      await tx.query(
        `INSERT INTO audit_log (performed_by, action, entity_kind, entity_id, details)
         VALUES ($1, 'import', 'bundle', $2, $3)`,
        [opts.user ?? "unknown", opts.input, JSON.stringify({ ...plan.audit, written })],
      );
      return { summary, written };
    });
  } catch (err) {
    if (isLinkageError(err)) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new LinkageError("STORE_FAILED", `could not import the bundle: ${reason}`, opts.input, { cause: err });
  }
}

async function insertDocument(tx: Queryable, d: ImportPlan["documents"][number]): Promise<number> {
  const sha256 = createHash("sha256").update(d.text, "utf8").digest("hex");
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO documents (sha256, title, published, author, source, media_type, text, word_count, ingested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9::timestamptz, now()))
     RETURNING id`,
    [sha256, d.title, d.published, d.author, d.source, d.media_type, d.text, countWords(d.text), d.created],
  );
  return row.id;
}

async function insertActor(tx: Queryable, a: ImportPlan["actors"][number]): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO actors (name, type, created_at, updated_at)
     VALUES ($1, $2, coalesce($3::timestamptz, now()), coalesce($4::timestamptz, $3::timestamptz, now()))
     RETURNING id`,
    [a.name, a.type, a.created, a.modified],
  );
  return row.id;
}

/**
 * Every name of each new actor, the name included, so name lookups and the matcher find it. No
 * document is their source: they are recorded as added by whoever imports.
 */
async function insertAliases(tx: Queryable, plan: ImportPlan, rows: Map<string, number>, user: string) {
  await insertAliasRows(
    tx,
    plan.actors.flatMap((a) =>
      [...new Set([a.name, ...a.aliases])].map((alias) => ({
        actorId: rows.get(a.stix_id) as number,
        type: a.type,
        alias,
        documentId: null,
        addedBy: user,
      })),
    ),
  );
}

/**
 * All new assertions in one statement. Their natural key is their STIX id: an imported document
 * is never re-extracted, so the key only has to be unique, and it maps returned rows back.
 * @returns STIX id → assertion id.
 */
async function insertAssertions(
  tx: Queryable,
  plan: ImportPlan,
  idOf: (ref: ImportRef) => number,
): Promise<Map<string, number>> {
  if (plan.assertions.length === 0) return new Map();
  const texts = new Map(plan.documents.map((d) => [d.stix_id, d.text]));
  const rows = plan.assertions.map((a) => assertionRow(a, idOf, texts));
  const stored = await tx.query<{ id: number; natural_key: string }>(
    `INSERT INTO assertions (document_id, subject_id, type, object_id, polarity, modality, attributed_to,
        time_start, time_end, time_precision, valid_from, valid_to, evidence_start, evidence_end,
        evidence_char_start, evidence_char_end, confidence, extractor, natural_key, review_status,
        reviewed_by, reviewed_at, created_at)
     SELECT d, s, t, o, p, m, w, ts, te, tp, vf, vt, es, ee, cs, ce, c, x, k, r, rb, ra, coalesce(ca, now())
       FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::bigint[],
        $8::text[], $9::text[], $10::text[], $11::date[], $12::date[], $13::int[], $14::int[], $15::int[],
        $16::int[], $17::float8[], $18::text[], $19::text[], $20::text[], $21::text[], $22::timestamptz[],
        $23::timestamptz[]) AS u (d, s, t, o, p, m, w, ts, te, tp, vf, vt, es, ee, cs, ce, c, x, k, r, rb, ra, ca)
     RETURNING id, natural_key`,
    columns(rows),
  );
  return new Map(stored.map((r) => [r.natural_key.slice("stix:".length), r.id]));
}

function assertionRow(a: PlannedAssertion, idOf: (ref: ImportRef) => number, texts: Map<string, string>): unknown[] {
  const valid = validity(a.type, a.time);
  const text = texts.get(a.document);
  if (text === undefined) throw new Error(`assertion ${a.stix_id} names ${a.document}, not a document of this import`);
  const [charStart, charEnd] = toCodePointOffsets(text, [a.evidence.start, a.evidence.end]);
  const reviewed = a.status !== "pending";
  return [
    idOf({ stix_id: a.document }),
    idOf(a.subject),
    a.type,
    idOf(a.object),
    a.polarity,
    a.modality,
    a.attributed_to ? idOf(a.attributed_to) : null,
    a.time?.start ?? null,
    a.time?.end ?? null,
    a.time?.precision ?? null,
    valid.from,
    valid.to,
    a.evidence.start,
    a.evidence.end,
    charStart,
    charEnd,
    a.confidence,
    a.extractor,
    `stix:${a.stix_id}`,
    a.status,
    reviewed ? a.reviewed_by : null,
    reviewed ? (a.modified ?? a.created) : null,
    a.created,
  ];
}

async function recordStixIds(tx: Queryable, plan: ImportPlan, rows: Map<string, number>): Promise<void> {
  const kinds = [
    ["actor_id", plan.actors],
    ["document_id", plan.documents],
    ["assertion_id", plan.assertions],
  ] as const;
  for (const [column, list] of kinds) {
    const ids = list.map((x) => x.stix_id).filter((id) => rows.has(id));
    // The column name comes from the constant list above, never from input.
    await tx.query(`INSERT INTO stix_ids (stix_id, ${column}) SELECT * FROM unnest($1::text[], $2::bigint[])`, [
      ids,
      ids.map((id) => rows.get(id)),
    ]);
  }
}

/**
 * Keeping natural keys true when actors merge or split. A natural key names the actors an
 * assertion was extracted between; once "B" is merged into "A", re-extracting the document links
 * the entity to A and computes a key with A. So the stored assertions' keys, the decisions keyed
 * by them, and the actors named in corrections are rewritten to match, and put back on undo.
 */
import type { Queryable } from "./db.js";
import { parseNaturalKey, rekey } from "./natural-key.js";

export interface Rekeyed {
  assertions: { id: number; from: string; to: string }[];
  decisions: { sha: string; from: string; to: string; corrections?: Record<string, unknown> }[];
}

/** Actor ids named by a natural key, read in SQL (null for a key in another format). */
const KEY_SUBJECT = "substring(a.natural_key FROM '^[a-z_]+:(\\d+):')::bigint";
const KEY_OBJECT = "substring(a.natural_key FROM '^[a-z_]+:\\d+:(\\d+):')::bigint";

/**
 * Rewrite keys naming the actors in `ids` (old → new) — of all assertions, or only of those in
 * `only` (a split moves some of an actor's assertions, not all). A rewrite that would collide
 * with a key already stored is skipped. @returns what changed, for undo.
 */
export async function rekeyDecisions(
  tx: Queryable,
  ids: ReadonlyMap<number, number>,
  only: readonly number[] | null,
): Promise<Rekeyed> {
  const from = [...ids.keys()];
  const rows = await tx.query<{ id: number; natural_key: string; sha: string }>(
    `SELECT a.id, a.natural_key, d.sha256 AS sha FROM assertions a JOIN documents d ON d.id = a.document_id
      WHERE (${KEY_SUBJECT} = ANY($1::bigint[]) OR ${KEY_OBJECT} = ANY($1::bigint[]))
        AND ($2::bigint[] IS NULL OR a.id = ANY($2::bigint[]))`,
    [from, only],
  );
  const result: Rekeyed = { assertions: [], decisions: [] };
  for (const r of rows) {
    const to = rekey(r.natural_key, ids);
    if (to === r.natural_key) continue;
    const done = await tx.query(
      `UPDATE assertions a SET natural_key = $2 WHERE a.id = $1 AND NOT EXISTS (
         SELECT 1 FROM assertions o WHERE o.document_id = a.document_id AND o.natural_key = $2) RETURNING id`,
      [r.id, to],
    );
    if (done.length) result.assertions.push({ id: r.id, from: r.natural_key, to });
  }
  const decisions = await tx.query<{ sha: string; natural_key: string; corrections: Record<string, unknown> }>(
    `SELECT document_sha256 AS sha, natural_key, corrections FROM assertion_decisions
      WHERE key_subject = ANY($1::bigint[]) OR key_object = ANY($1::bigint[])
         OR (corrections->>'subject')::bigint = ANY($1::bigint[]) OR (corrections->>'object')::bigint = ANY($1::bigint[])`,
    [from],
  );
  const moved = new Set(rows.map((r) => `${r.sha} ${r.natural_key}`));
  for (const d of decisions) {
    // A split rewrites only the decisions of the assertions it moved.
    if (only !== null && !moved.has(`${d.sha} ${d.natural_key}`)) continue;
    const to = rekey(d.natural_key, ids);
    const corrections = remapCorrections(d.corrections, ids);
    if (to === d.natural_key && corrections === d.corrections) continue;
    if (await writeDecisionKey(tx, d.sha, d.natural_key, to, corrections)) {
      result.decisions.push({ sha: d.sha, from: d.natural_key, to, corrections: d.corrections });
    }
  }
  return result;
}

/** Put back keys and corrections rewritten by rekeyDecisions. */
export async function restoreKeys(tx: Queryable, r: Rekeyed): Promise<void> {
  for (const a of r.assertions) {
    await tx.query(
      `UPDATE assertions a SET natural_key = $3 WHERE a.id = $1 AND a.natural_key = $2 AND NOT EXISTS (
         SELECT 1 FROM assertions o WHERE o.document_id = a.document_id AND o.natural_key = $3)`,
      [a.id, a.to, a.from],
    );
  }
  for (const d of r.decisions) await writeDecisionKey(tx, d.sha, d.to, d.from, d.corrections ?? null);
}

async function writeDecisionKey(
  tx: Queryable,
  sha: string,
  from: string,
  to: string,
  corrections: Record<string, unknown> | null,
): Promise<boolean> {
  const k = parseNaturalKey(to);
  if (!k) return false;
  const done = await tx.query(
    `UPDATE assertion_decisions d SET natural_key = $3, key_subject = $4, key_object = $5,
            corrections = coalesce($6::jsonb, d.corrections)
      WHERE d.document_sha256 = $1 AND d.natural_key = $2 AND ($2 = $3 OR NOT EXISTS (
        SELECT 1 FROM assertion_decisions o WHERE o.document_sha256 = $1 AND o.natural_key = $3))
      RETURNING 1`,
    [sha, from, to, k.subject, k.object, corrections === null ? null : JSON.stringify(corrections)],
  );
  return done.length > 0;
}

function remapCorrections(c: Record<string, unknown>, ids: ReadonlyMap<number, number>): Record<string, unknown> {
  let out = c;
  for (const end of ["subject", "object"] as const) {
    const id = c[end];
    if (typeof id === "number" && ids.has(id)) out = { ...out, [end]: ids.get(id) };
  }
  return out;
}

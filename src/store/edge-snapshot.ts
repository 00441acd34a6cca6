/**
 * The graph as bare edges, held in memory and read as of any day without asking the database.
 *
 * An as-of snapshot of a large store returns tens of thousands of edges, and on PGlite merely
 * handing that many rows from the database to JavaScript takes hundreds of milliseconds. So the
 * edges are read once per data version (see dataVersion) with, for each open-ended lasting
 * assertion, the first day it is superseded; a snapshot is then a filter over an array. The
 * rules are those of HOLDS_ON_DAY in relation-sql.ts, which listRelations applies in SQL; the
 * tests hold the two to the same answers.
 */
import type { RelationType } from "../types.js";
import type { Queryable } from "./db.js";
import type { EdgeRecord } from "./graph-edges.js";
import { dataVersion } from "./graph-edges.js";
import type { RelationQuery } from "./records.js";
import { actorIdsNamed, asOfDay } from "./relations.js";

interface SnapshotRow extends EdgeRecord {
  /** First and last day it holds ("YYYY-MM-DD"); from null: undated. */
  valid_from: string | null;
  valid_to: string | null;
}

interface Held {
  edge: EdgeRecord;
  from: string | null;
  to: string | null;
  /** The first day a later assertion supersedes it (open-ended ones only), or null. */
  superseded: string | null;
}

const SYMMETRIC_LASTING = new Set<RelationType>(["allied_with", "rival_of"]);

/** Edges of a store, cached per data version. */
export interface EdgeSnapshots {
  /** The assertions listRelations would give for `query`, as edges, in time order. */
  list(query?: RelationQuery): Promise<EdgeRecord[]>;
}

export function edgeSnapshots(db: Queryable): EdgeSnapshots {
  let cache: { version: number; held: Held[] } | null = null;
  const current = async (): Promise<Held[]> => {
    // The version is read first: a write landing during the load makes the next call reload.
    const version = await dataVersion(db);
    if (cache?.version !== version) cache = { version, held: await loadHeld(db) };
    return cache.held;
  };
  return {
    async list(query = {}) {
      const ids = query.actor === undefined ? null : new Set(await actorIdsNamed(db, query.actor));
      const day = query.asOf === undefined ? null : asOfDay(query.asOf);
      const out: EdgeRecord[] = [];
      for (const h of await current()) {
        const e = h.edge;
        if (ids && !ids.has(e.subject_id) && !ids.has(e.object_id)) continue;
        if (query.type !== undefined && e.type !== query.type) continue;
        if (day !== null && !holdsOn(h, day)) continue;
        out.push(e);
      }
      return out;
    },
  };
}

/** HOLDS_ON_DAY: dated, started, not ended, and not superseded by that day. */
function holdsOn(h: Held, day: string): boolean {
  if (h.from === null || h.from > day) return false;
  if (h.to !== null) return h.to >= day;
  return h.superseded === null || h.superseded > day;
}

/** Every assertion not rejected, in time order (undated last), with its supersession day. */
async function loadHeld(db: Queryable): Promise<Held[]> {
  const rows = await db.query<SnapshotRow>(
    `SELECT id, subject_id, type, object_id, polarity, modality, time_start,
            to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to
       FROM assertions WHERE review_status <> 'rejected'
      ORDER BY time_start NULLS LAST, id`,
  );
  const superseded = supersessions(rows);
  return rows.map((r) => ({
    edge: {
      id: r.id,
      subject_id: r.subject_id,
      type: r.type,
      object_id: r.object_id,
      polarity: r.polarity,
      modality: r.modality,
      time_start: r.time_start,
    },
    from: r.valid_from,
    to: r.valid_to,
    superseded: superseded.get(r.id) ?? null,
  }));
}

/**
 * For each dated, open-ended assertion `a`, the earliest start of a later assertion `n` that
 * ends it (see relation-sql.ts): another affirmed leader of the same organization; between the
 * same ends, the same type with the other polarity, or (alliance and rivalry) the other of the
 * two affirmed — for those two symmetric types, with the ends either way round.
 */
export function supersessions(rows: readonly SnapshotRow[]): Map<number, string> {
  const dated = rows.filter((r) => r.valid_from !== null).sort((a, b) => cmp(a.valid_from, b.valid_from));
  const leadersOf = group(
    dated.filter((r) => r.type === "leader_of" && r.polarity === "affirmed"),
    (r) => String(r.object_id),
  );
  const byPair = group(dated, (r) => `${r.subject_id}:${r.object_id}`);
  const out = new Map<number, string>();
  for (const a of dated) {
    if (a.valid_to !== null) continue;
    const from = a.valid_from as string;
    let first: string | null = null;
    const consider = (list: readonly SnapshotRow[] | undefined, ends: (n: SnapshotRow) => boolean) => {
      // Sorted by start: the first later one that ends it is the earliest.
      for (const n of list ?? []) {
        const start = n.valid_from as string;
        if (start <= from || !ends(n)) continue;
        if (first === null || start < first) first = start;
        return;
      }
    };
    if (a.type === "leader_of" && a.polarity === "affirmed") {
      consider(leadersOf.get(String(a.object_id)), (n) => n.subject_id !== a.subject_id);
    }
    const endsIt = (n: SnapshotRow) =>
      (n.type === a.type && n.polarity !== a.polarity) ||
      (SYMMETRIC_LASTING.has(a.type) &&
        SYMMETRIC_LASTING.has(n.type) &&
        n.type !== a.type &&
        n.polarity === "affirmed");
    consider(byPair.get(`${a.subject_id}:${a.object_id}`), endsIt);
    if (SYMMETRIC_LASTING.has(a.type)) consider(byPair.get(`${a.object_id}:${a.subject_id}`), endsIt);
    if (first !== null) out.set(a.id, first);
  }
  return out;
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const cmp = (a: string | null, b: string | null) => ((a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0);

/**
 * When each relation stops holding, as `linkage relations --as-of` reads it, so a timeline in
 * Gephi shows on each day the graph the store gives for that day. A lasting relation without a
 * stated end holds until superseded by a later assertion (src/store/relation-sql.ts spells the
 * same rules in SQL; a test checks that both agree):
 * - another leader of the same organization ("B replaced A as head of X");
 * - the same relation stated with the other polarity ("by 2014 X was no longer with Y");
 * - an alliance turned rivalry, or a rivalry turned alliance.
 */
import type { GraphAssertion } from "../store/graph-records.js";
import type { RelationType } from "../types.js";

const FLIPPING: ReadonlySet<RelationType> = new Set(["allied_with", "rival_of"]);

/**
 * The last day each dated assertion holds: its own `valid_to`, or for an open-ended one the day
 * before the first assertion that supersedes it, or null when nothing does. Undated assertions
 * are left out.
 */
export function effectiveEnds(assertions: readonly GraphAssertion[]): Map<number, string | null> {
  const ends = new Map<number, string | null>();
  const dated = assertions.filter((a) => a.valid_from !== null);
  // Only assertions sharing the organization led, or both ends, can supersede: index by those.
  const byObject = groupBy(dated, (a) => `${a.object_id}`);
  const byPair = groupBy(dated, pairKey);
  for (const a of dated) {
    if (a.valid_to !== null) {
      ends.set(a.id, a.valid_to);
      continue;
    }
    let first: string | null = null;
    for (const n of [...(byObject.get(`${a.object_id}`) ?? []), ...(byPair.get(pairKey(a)) ?? [])]) {
      if ((n.valid_from as string) <= (a.valid_from as string) || !supersedes(n, a)) continue;
      if (first === null || (n.valid_from as string) < first) first = n.valid_from;
    }
    ends.set(a.id, first === null ? null : dayBefore(first));
  }
  return ends;
}

/** Whether `n`, starting later, ends open-ended `a` (the rules above). */
function supersedes(n: GraphAssertion, a: GraphAssertion): boolean {
  const newLeader =
    a.type === "leader_of" &&
    n.type === "leader_of" &&
    n.object_id === a.object_id &&
    n.subject_id !== a.subject_id &&
    a.polarity === "affirmed" &&
    n.polarity === "affirmed";
  const statedOtherwise = n.type === a.type && n.polarity !== a.polarity && sameEnds(n, a);
  const turned =
    FLIPPING.has(a.type) && FLIPPING.has(n.type) && n.type !== a.type && n.polarity === "affirmed" && sameEnds(n, a);
  return newLeader || statedOtherwise || turned;
}

/** Same ends, either way round for alliances and rivalries. */
function sameEnds(n: GraphAssertion, a: GraphAssertion): boolean {
  if (n.subject_id === a.subject_id && n.object_id === a.object_id) return true;
  return FLIPPING.has(a.type) && n.subject_id === a.object_id && n.object_id === a.subject_id;
}

/** The two ends in id order: "3:7" for 3→7 and 7→3. */
function pairKey(a: GraphAssertion): string {
  return a.subject_id < a.object_id ? `${a.subject_id}:${a.object_id}` : `${a.object_id}:${a.subject_id}`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** "2015-03-01" → "2015-02-28". */
function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

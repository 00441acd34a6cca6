/**
 * An actor's aggregated relations grouped as a profile reads them: leaders over time, allies,
 * rivals, affiliates, splinters, pledges, members; and all of them by period. Pure functions.
 */
import type { AggregateRelation, DossierSections, LeaderPeriod, PeriodRecord } from "./aggregate-records.js";

/** Sort `relations` (all with actor `id` at one end) into the sections of a profile. */
export function dossierSections(id: number, relations: readonly AggregateRelation[]): DossierSections {
  const s: DossierSections = {
    leaders: [],
    led: [],
    allies: [],
    rivals: [],
    affiliates: [],
    splinters: [],
    pledges: [],
    members: [],
    other: [],
  };
  const leadership: AggregateRelation[] = [];
  for (const r of relations) {
    if (r.type === "leader_of" && r.object.id === id) leadership.push(r);
    else if (r.type === "leader_of") s.led.push(r);
    else if (r.type === "allied_with") s.allies.push(r);
    else if (r.type === "rival_of") s.rivals.push(r);
    else if (r.type === "affiliate_of") s.affiliates.push(r);
    else if (r.type === "split_from") s.splinters.push(r);
    else if (r.type === "pledged_allegiance_to") s.pledges.push(r);
    else if (r.type === "member_of" && r.object.id === id) s.members.push(r);
    else s.other.push(r);
  }
  s.leaders = leaderPeriods(leadership);
  return s;
}

/**
 * Leaders in order of their start: each holds until its own stated end, else until the next
 * leader's start (as-of queries read open-ended leadership the same way), else still. Claims
 * that someone did not lead are left out of the succession (they stay among the relations).
 */
export function leaderPeriods(leadership: readonly AggregateRelation[]): LeaderPeriod[] {
  const affirmed = leadership.filter((r) => r.support.some((s) => s.polarity === "affirmed"));
  const dated = [...affirmed].sort((a, b) => compareDates(a.first, b.first));
  return dated.map((relation, i) => {
    const statedEnd = relation.support
      .map((s) => s.time.end)
      .filter((t): t is string => t !== null)
      .sort()
      .at(-1);
    const next = dated
      .slice(i + 1)
      .find((n) => n.first !== null && (relation.first === null || n.first > relation.first));
    return { leader: relation.subject, from: relation.first, to: statedEnd ?? next?.first ?? null, relation };
  });
}

/** Relations by the decade they began in ("1990s"); undated ones last, as "undated". */
export function periodsOf(relations: readonly AggregateRelation[]): PeriodRecord[] {
  const byPeriod = new Map<string, AggregateRelation[]>();
  for (const r of relations) {
    const period = r.first ? `${r.first.slice(0, 3)}0s` : "undated";
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), r]);
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => (a === "undated" ? 1 : b === "undated" ? -1 : a.localeCompare(b)))
    .map(([period, rels]) => ({ period, relations: rels }));
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

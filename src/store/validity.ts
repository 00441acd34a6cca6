import { LASTING_TYPES, type RelationType, type TimeValue } from "../types.js";

/** The days an assertion holds, as "YYYY-MM-DD"; null `from` means undated (never shown as-of). */
export interface Validity {
  from: string | null;
  /** Null means open-ended: the relation holds until ended or superseded. */
  to: string | null;
}

// "2015", "2015-08", "2015-08-11", and a decade written "1990s".
const PARTIAL_DATE = /^(\d{4})(s)?(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * When a relation holds, for as-of queries.
 *
 * - Lasting types (leader_of, member_of, affiliate_of, allied_with, rival_of) hold from the first
 *   day of `time.start` to the last day of `time.end`, or open-ended when there is no end
 *   ("2001" → from 2001-01-01; end "2010-05" → to 2010-05-31).
 * - Events (founded, fought, met, …) hold through the whole calendar year(s) they fall in:
 *   a meeting on 2015-03-04 is part of the graph as of any day of 2015. A day-wide window would
 *   make events vanish from any as-of view; the year is the precision most prose gives.
 * - A decade ("1990s", or precision "decade") covers its ten years.
 * - Without a readable start the relation is undated: `from` is null.
 */
export function validity(type: RelationType, time: TimeValue | null): Validity {
  const start = time?.start ? dayRange(time.start, time.precision) : null;
  const end = time?.end ? dayRange(time.end, time.precision) : null;
  if (!start) return { from: null, to: end?.last ?? null };
  if (LASTING_TYPES.has(type)) return { from: start.first, to: end?.last ?? null };
  const last = end ?? start;
  return { from: `${start.first.slice(0, 4)}-01-01`, to: `${last.last.slice(0, 4)}-12-31` };
}

/** First and last day covered by a partial ISO date, or null when it cannot be read. */
export function dayRange(
  value: string,
  precision: TimeValue["precision"] = null,
): { first: string; last: string } | null {
  const m = PARTIAL_DATE.exec(value.trim());
  if (!m) return null;
  const [, year, decade, month, day] = m;
  if (decade || precision === "decade") {
    const base = Number(year) - (Number(year) % 10);
    return { first: `${base}-01-01`, last: `${base + 9}-12-31` };
  }
  if (!month) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const mm = Number(month);
  if (mm < 1 || mm > 12) return null;
  const days = daysInMonth(Number(year), mm);
  if (!day) return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(days).padStart(2, "0")}` };
  if (Number(day) < 1 || Number(day) > days) return null;
  return { first: `${year}-${month}-${day}`, last: `${year}-${month}-${day}` };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone edges.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

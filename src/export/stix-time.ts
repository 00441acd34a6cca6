/**
 * Times as STIX writes them: RFC 3339 UTC timestamps to the millisecond. linkage keeps the
 * time a sentence states ("2015", "2015-08", "1990s"); STIX wants instants, so a period becomes
 * the instant it starts and the instant after it ends.
 */
import { dayRange } from "../store/validity.js";
import { LASTING_TYPES, type RelationType, type TimePrecision } from "../types.js";

/** "2015-08-11" → "2015-08-11T00:00:00.000Z". */
export function dayStart(day: string): string {
  return `${day}T00:00:00.000Z`;
}

/** The instant after the last day of a period: "2015-12-31" → "2016-01-01T00:00:00.000Z". */
export function dayAfter(day: string): string {
  const date = new Date(dayStart(day));
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** Any timestamp as STIX wants it (millisecond precision, Z); unreadable ones unchanged. */
export function stixTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString();
}

/**
 * `start_time` and `stop_time` for a relation, from the time its sentence states:
 * - start_time: the first instant of `start` ("2015-08" → 2015-08-01T00:00:00.000Z);
 * - stop_time: the instant after the last day of `end`; for an event without an end, after the
 *   last day of `start` (a meeting "in 2015" lies within 2015); none for a lasting relation
 *   without an end (it holds on, as far as the sentence says).
 * STIX requires stop_time to be later than start_time; an end stated before the start (a
 * misreading) is left out rather than written backwards. Unreadable dates are left out.
 */
export function stixSpan(
  type: RelationType,
  start: string | null,
  end: string | null,
  precision: TimePrecision | null,
): { start_time?: string; stop_time?: string } {
  const first = start ? dayRange(start, precision) : null;
  const last = end ? dayRange(end, precision) : !LASTING_TYPES.has(type) ? first : null;
  const span: { start_time?: string; stop_time?: string } = {};
  if (first) span.start_time = dayStart(first.first);
  if (last) span.stop_time = dayAfter(last.last);
  if (span.start_time && span.stop_time && span.stop_time <= span.start_time) delete span.stop_time;
  return span;
}

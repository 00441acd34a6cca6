/** Words for what the API returns in codes. */
import type { RelationRecord } from "./types";

/** "pledged_allegiance_to" → "pledged allegiance to". */
export function typeWords(type: string): string {
  return type.replace(/_/g, " ");
}

/** "2015-08" → "2015-08"; a span as "1998 – 2001"; undated as "undated". */
export function timeWords(time: RelationRecord["time"]): string {
  if (!time.start && !time.end) return "undated";
  if (time.start && time.end && time.start !== time.end) return `${time.start} – ${time.end}`;
  return time.start ?? `until ${time.end}`;
}

/** The year a relation starts, or null. */
export function yearOf(time: string | null): number | null {
  const m = time ? /^(\d{4})/.exec(time) : null;
  return m ? Number(m[1]) : null;
}

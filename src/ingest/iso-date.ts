/**
 * Dates as documents and their metadata write them, turned into ISO strings that keep only the
 * precision the source gives: "2015-08-11", "2015-08" or "2015".
 */

const MONTHS = "january february march april may june july august september october november december".split(" ");

/** English month names and the abbreviations pages use ("Aug", "Sept"), to month numbers. */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((name, i) => [name, i + 1] as const),
  ...MONTHS.map((name, i) => [name.slice(0, 3), i + 1] as const),
  ["sept", 9],
]);

// Longest names first, so "September" is not read as "Sep" followed by "tember".
const MONTH = [...MONTH_NAMES.keys()].sort((a, b) => b.length - a.length).join("|");
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(\\d{4})";

/** "11 August 2015", "11th of Aug. 2015", "Tue, 11 Aug 2015 10:00 GMT": groups day, month, year. */
export const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTH})\\.?,?\\s+${YEAR}\\b`, "i");
/** "August 11, 2015", "Aug 11th 2015": groups month, day, year. */
export const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH})\\.?\\s+${DAY},?\\s+${YEAR}\\b`, "i");
/** "August 2015", "August, 2015": groups month, year. */
export const MONTH_YEAR = new RegExp(`\\b(${MONTH})\\.?,?\\s+${YEAR}\\b`, "i");
/** "2015-08-11", "2015/8/11": groups year, month, day. */
export const NUMERIC_DATE = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/;
/** A whole line that is only a day and a month, as blog posts show them: "11 Aug". Groups day, month. */
export const DAY_MONTH_LINE = new RegExp(`^${DAY}\\s+(${MONTH})\\.?$`, "i");
/** The same, month first: "Aug 11th". Groups month, day. */
export const MONTH_DAY_LINE = new RegExp(`^(${MONTH})\\.?\\s+${DAY}$`, "i");

// Metadata values: "2015-08-11T10:00:00+02:00", "2015-08", "2015"
const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)/;
// "20150811", and PDF dates: "D:20150811120000Z", "D:201508"
const COMPACT_DATE = /^(?:D:(\d{4})(\d{2})?(\d{2})?|(\d{4})(\d{2})(\d{2})$)/;

/** The ISO form of year, month and day, or null when they do not make a calendar date. */
export function isoDate(year: number, month?: number | null, day?: number | null): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return null;
  const y = String(year);
  if (month == null) return y;
  if (month < 1 || month > 12) return null;
  const ym = `${y}-${String(month).padStart(2, "0")}`;
  if (day == null) return ym;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return `${ym}-${String(day).padStart(2, "0")}`;
}

/** Month number for a name or abbreviation ("Aug", "august", "Sept."), else null. */
export function monthNumber(name: string): number | null {
  return MONTH_NAMES.get(name.toLowerCase().replace(/\.$/, "")) ?? null;
}

/** A date found inside a string, with where it was, so callers can see what else the line says. */
export interface DateMatch {
  iso: string;
  index: number;
  length: number;
}

/** The first full or month-precision date written in `text`, most precise forms tried first. */
export function matchDate(text: string): DateMatch | null {
  const at = (m: RegExpExecArray, iso: string | null): DateMatch | null =>
    iso ? { iso, index: m.index, length: m[0].length } : null;
  let m = NUMERIC_DATE.exec(text);
  if (m) return at(m, isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return at(m, isoDate(Number(m[3]), monthNumber(m[2]), Number(m[1])));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return at(m, isoDate(Number(m[3]), monthNumber(m[1]), Number(m[2])));
  m = MONTH_YEAR.exec(text);
  if (m) return at(m, isoDate(Number(m[2]), monthNumber(m[1])));
  return null;
}

/**
 * Read a metadata date value ("2015-08-11T10:00:00Z", "Tue, 11 Aug 2015 10:00:00 GMT",
 * "D:20150811120000Z", "August 2015") as a possibly partial ISO date. The calendar date is kept
 * as written, not shifted to UTC: a post dated late on the 11th in New York was published on the 11th.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim().slice(0, 200);
  const fromPrefix = numericPrefix(trimmed);
  // "2015/08/11" starts with a bare year: a written date further on is more precise.
  const written = matchDate(trimmed)?.iso ?? null;
  if (fromPrefix && (!written || written.length <= fromPrefix.length)) return fromPrefix;
  return written;
}

function numericPrefix(value: string): string | null {
  const compact = COMPACT_DATE.exec(value);
  const parts = compact ? compact.slice(1).filter((part) => part !== undefined) : ISO_PREFIX.exec(value)?.slice(1);
  if (!parts?.[0]) return null;
  const [year, month, day] = parts.map((part) => (part ? Number(part) : null));
  return year === null ? null : isoDate(year, month, day);
}

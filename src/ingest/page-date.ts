/**
 * The date a page shows near its top, for documents that carry no date metadata: plain text
 * captured from a web page, or HTML whose head says nothing. Two shapes are read:
 *   "Posted on August 11, 2015 by admin"         a dateline on its own line
 *   "Archive | August, 2015" … "11 Aug"          a blog archive heading, then the post's day
 */
import { DAY_MONTH_LINE, isoDate, MONTH_DAY_LINE, matchDate, monthNumber } from "./iso-date.js";

/** What the top of a page says about its date. */
export interface PageDate {
  /** ISO date, possibly partial, or null. */
  published: string | null;
  /** Indexes (into the lines searched) of the lines that carried the date: they are not a title. */
  lines: number[];
}

/** Lines longer than this are prose, not datelines. */
const MAX_DATELINE_CHARS = 80;
/** Lines are cut here when collected, so a 1-million-character line is never copied whole. */
const MAX_LINE_CHARS = 400;

// "Archive | August, 2015", "Monthly Archives: August 2015", "2015 Archive"
const ARCHIVE_WORD = /\barchives?\b/i;
const YEAR_ONLY_LINE = /^(\d{4})$/;
const ANY_YEAR = /\b(\d{4})\b/;
// Words a dateline may carry besides its date: "Posted on Tuesday, … at 10:30 pm GMT".
const DATELINE_WORDS = new Set(
  [
    "posted published updated last modified date dated on at am pm gmt utc z",
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun",
  ]
    .join(" ")
    .split(" "),
);
const TIME_WORD = /^\d{1,2}:\d{2}(?::\d{2})?(?:am|pm)?$/i;
/** "by" may be followed by an author's name of up to this many words. */
const MAX_AUTHOR_WORDS = 4;

/**
 * The first `maxLines` non-empty lines of `text`, trimmed, starting no later than `maxChars`.
 * Works on the top of the text only, so it costs the same for a 20 MB file as for a 2 kB one.
 */
export function topLines(text: string, maxLines = 12, maxChars = 4000): string[] {
  const lines: string[] = [];
  let pos = 0;
  while (lines.length < maxLines && pos < text.length && pos < maxChars) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, Math.min(end, pos + MAX_LINE_CHARS)).trim();
    if (line) lines.push(line);
    pos = end + 1;
  }
  return lines;
}

/** Find the page's date in its top lines (see `topLines`). */
export function findPageDate(lines: readonly string[]): PageDate {
  let archive: { iso: string; year: number; line: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > MAX_DATELINE_CHARS) continue;
    if (!archive && ARCHIVE_WORD.test(line)) {
      const iso = matchDate(line)?.iso ?? ANY_YEAR.exec(line)?.[1] ?? null;
      if (iso) archive = { iso, year: Number(iso.slice(0, 4)), line: i };
      if (iso) continue;
    }
    const dated = datelineDate(line);
    if (dated) return { published: dated, lines: archive ? [archive.line, i] : [i] };
    // "11 Aug" under "Archive | August, 2015": the archive gives the year.
    const day = archive ? dayAndMonth(line) : null;
    if (archive && day) {
      const iso = isoDate(archive.year, day.month, day.day);
      if (iso) return { published: iso, lines: [archive.line, i] };
    }
  }
  // An archive heading alone still dates the page to its month.
  return archive ? { published: archive.iso, lines: [archive.line] } : { published: null, lines: [] };
}

/** The date of a line that is a dateline and nothing more, else null. */
export function datelineDate(line: string): string | null {
  if (line.length > MAX_DATELINE_CHARS) return null;
  const year = YEAR_ONLY_LINE.exec(line);
  if (year) return isoDate(Number(year[1]));
  const match = matchDate(line);
  if (!match) return null;
  const rest = `${line.slice(0, match.index)} ${line.slice(match.index + match.length)}`;
  return onlyDatelineWords(rest) ? match.iso : null;
}

// "Events of 11 August 2015" is a title with a date in it, not a dateline: every other word
// must be one a dateline uses, or an author's name after "by".
function onlyDatelineWords(rest: string): boolean {
  const words = rest.split(/[^\p{L}\p{N}:]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i].toLowerCase().replace(/:$/, "");
    if (word === "by") return words.length - i - 1 <= MAX_AUTHOR_WORDS;
    if (!DATELINE_WORDS.has(word) && !TIME_WORD.test(word)) return false;
  }
  return true;
}

function dayAndMonth(line: string): { day: number; month: number } | null {
  const dm = DAY_MONTH_LINE.exec(line);
  if (dm) return toDayMonth(dm[1], dm[2]);
  const md = MONTH_DAY_LINE.exec(line);
  return md ? toDayMonth(md[2], md[1]) : null;
}

function toDayMonth(day: string, month: string): { day: number; month: number } | null {
  const m = monthNumber(month);
  return m ? { day: Number(day), month: m } : null;
}

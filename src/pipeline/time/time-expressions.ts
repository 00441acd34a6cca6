/**
 * Time expressions: absolute dates, months, years, decades, ranges and vague periods ("early
 * 2001", "the late 1980s", "the post-2001 era"), each with its precision. Relative expressions
 * ("the following year", "two years later") are anchored on the last absolute time before them
 * in the same paragraph, and the present ("now", "currently") on the document's date.
 */
import { MONTH_PATTERN, MONTHS, PERIOD_PARTS, SEASONS } from "../../lexicon/time-words.js";
import type { Span, TimeExpression, TimeValue } from "../../types.js";

const YEAR = String.raw`(1[89]\d\d|20\d\d)`;
const PART = String.raw`(early|mid|middle|late|end of|beginning of|start of)[\s-]+(?:the\s+)?`;
const DASH = String.raw`\s*(?:-|–|—|to|until|through)\s*`;

interface Rule {
  name: string;
  pattern: RegExp;
  value(m: RegExpExecArray): TimeValue | null;
}

const pad = (n: number) => String(n).padStart(2, "0");
const month = (s: string | undefined) => MONTHS[(s ?? "").toLowerCase().replace(/\.$/, "")] ?? 0;
const year = (s: string | undefined) => Number(s);
const fullYear = (short: string, base: number) => {
  // "1985–88": the second year shares the first's century.
  const n = Number(short);
  return short.length === 4 ? n : Math.floor(base / 100) * 100 + n;
};

function partOf(from: number, to: number, part: string | undefined): [number, number] {
  const frac = PERIOD_PARTS[(part ?? "").split(/\s/)[0] ?? ""];
  if (!frac) return [from, to];
  const len = to - from + 1;
  return [from + Math.floor(frac[0] * len), Math.min(to, from + Math.ceil(frac[1] * len) - 1)];
}

const decade = (d: string) => Number(d.slice(0, 3)) * 10;

/** Rules in priority order: the first (longest) match at a position wins. */
const RULES: Rule[] = [
  {
    // "November 24, 1989", "Nov. 24 1989"
    name: "month-day-year",
    pattern: new RegExp(String.raw`\b(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}\b`, "g"),
    value: (m) => day(year(m[3]), month(m[1]), Number(m[2])),
  },
  {
    // "24 November 1989"
    name: "day-month-year",
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_PATTERN})\.?,?\s+${YEAR}\b`, "g"),
    value: (m) => day(year(m[3]), month(m[2]), Number(m[1])),
  },
  {
    // "2012-10-12"
    name: "iso-date",
    pattern: new RegExp(String.raw`\b${YEAR}-(\d\d)-(\d\d)\b`, "g"),
    value: (m) => day(year(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // "December 1979 – February 1989"
    name: "month-range",
    pattern: new RegExp(String.raw`\b(${MONTH_PATTERN})\.?,?\s+${YEAR}${DASH}(${MONTH_PATTERN})\.?,?\s+${YEAR}\b`, "g"),
    value: (m) => ({ start: `${m[2]}-${pad(month(m[1]))}`, end: `${m[4]}-${pad(month(m[3]))}`, precision: "month" }),
  },
  {
    // "August 1990", "August, 2015"
    name: "month-year",
    pattern: new RegExp(String.raw`\b(${MONTH_PATTERN})\.?,?\s+${YEAR}\b`, "g"),
    value: (m) => (month(m[1]) ? { start: `${m[2]}-${pad(month(m[1]))}`, end: null, precision: "month" } : null),
  },
  {
    // "the early 1990s", "mid-1980s", "late 1980s"
    name: "part-of-decade",
    pattern: new RegExp(String.raw`\b${PART}(1[89]\d0|20\d0)'?s\b`, "gi"),
    value: (m) => {
      const from = decade(m[2] ?? "");
      const [a, b] = partOf(from, from + 9, m[1]);
      return { start: String(a), end: String(b), precision: "year" };
    },
  },
  {
    // "the 1990s"
    name: "decade",
    pattern: /\b(1[89]\d0|20\d0)'?s\b/g,
    value: (m) => ({ start: m[1] ?? null, end: String(Number(m[1]) + 9), precision: "decade" }),
  },
  {
    // "summer 2013", "spring of 2001"
    name: "season-year",
    pattern: new RegExp(String.raw`\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?${YEAR}\b`, "gi"),
    value: (m) => {
      const [from] = SEASONS[(m[1] ?? "").toLowerCase()] ?? [1, 12];
      return { start: `${m[2]}-${pad(from)}`, end: null, precision: "month" };
    },
  },
  {
    // "1985–88", "1990–1996", "from 2001 to 2005", "between 1979 and 1989"
    name: "year-range",
    pattern: new RegExp(
      String.raw`\b(?:between\s+${YEAR}\s+and\s+${YEAR}|${YEAR}(?:-|–|—|\s+to\s+|\s+until\s+)(\d{4}|\d\d)(?![\d,]))`,
      "g",
    ),
    value: (m) => {
      const from = year(m[1] ?? m[3]);
      const to = fullYear(m[2] ?? m[4] ?? "", from);
      return to >= from ? { start: String(from), end: String(to), precision: "year" } : null;
    },
  },
  {
    // "early 2001", "late 1996"
    name: "part-of-year",
    pattern: new RegExp(String.raw`\b${PART}${YEAR}\b`, "gi"),
    value: (m) => ({ start: m[2] ?? null, end: null, precision: "year" }),
  },
  {
    // "the post-2001 era", "after 2001"
    name: "after-year",
    pattern: new RegExp(String.raw`\b(?:post-|since\s+|after\s+)${YEAR}\b`, "gi"),
    value: (m) => ({ start: m[1] ?? null, end: null, precision: "year" }),
  },
  {
    // "pre-2001", "until 2000"
    name: "before-year",
    pattern: new RegExp(String.raw`\b(?:pre-|until\s+|before\s+)${YEAR}\b`, "gi"),
    value: (m) => ({ start: null, end: m[1] ?? null, precision: "year" }),
  },
  {
    // "in 2002", "1984" — not a count ("1,500"), a citation ("[1984]") or part of a number
    name: "year",
    pattern: new RegExp(
      String.raw`(?<![\d,.\[$£€])\b${YEAR}\b(?![\d\]]|,\d)(?:(?<=\b(?:in|In|by|By|since|Since|from|until|during|of|early|late|mid)\s\d{4})|(?!\s*(?:people|men|fighters|members|troops|km|kilometres|miles|dollars)))`,
      "g",
    ),
    value: (m) => ({ start: m[1] ?? null, end: null, precision: "year" }),
  },
];

function day(y: number, mo: number, d: number): TimeValue | null {
  if (!mo || d < 1 || d > 31) return null;
  return { start: `${y}-${pad(mo)}-${pad(d)}`, end: null, precision: "day" };
}

/** Find every absolute time expression in `text`, longest first, without overlaps. */
export function findTimeExpressions(text: string, within: Span = { start: 0, end: text.length }): TimeExpression[] {
  const slice = text.slice(within.start, within.end);
  const found: TimeExpression[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && f.start < e);
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(slice); m; m = rule.pattern.exec(slice)) {
      const start = within.start + m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const value = rule.value(m);
      if (value) found.push({ start, end, text: m[0], value, source: rule.name });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

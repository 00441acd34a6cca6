/** Month names and abbreviations, keyed lower-case, to month numbers. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Regex alternation of month names, longest first so "September" wins over "Sep". */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]?.toUpperCase() + m.slice(1))
  .join("|");

/** Parts of a year or decade: which slice of the period they cover, as fractions. */
export const PERIOD_PARTS: Readonly<Record<string, [number, number]>> = {
  early: [0, 0.4],
  mid: [0.3, 0.7],
  middle: [0.3, 0.7],
  late: [0.6, 1],
  end: [0.7, 1],
  beginning: [0, 0.3],
  start: [0, 0.3],
};

/** Seasons to month ranges (northern hemisphere, as the prose means them). */
export const SEASONS: Readonly<Record<string, [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

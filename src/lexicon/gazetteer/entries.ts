/**
 * Reading the gazetteer files that scripts/build-gazetteer.mjs writes. The stored shape is compact
 * (the file gives the type, "phoenix" is the default source, dated codes are one string each);
 * this module turns it back into the full entry shape.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LinkageError } from "../../errors.js";
import type { EntityType } from "../../types.js";

/** A CAMEO code, with the period it applied in when Phoenix gives one (ISO dates, null = open). */
export interface DatedCode {
  code: string;
  start: string | null;
  end: string | null;
}

export interface GazetteerEntry {
  /** Stable id: "org:hamas", "per:osama-bin-laden", "loc:pakistan". */
  id: string;
  /** Display name: "Islamic Movement of Uzbekistan", "al-Qaeda", "Bashar al-Assad". */
  name: string;
  type: EntityType;
  /**
   * organization: armed-group, security-force, state-body, party, opposition, international, ngo,
   * criminal, media, education, religious, company, other. location: country, city, region,
   * province, feature, place. Absent for people.
   */
  kind?: string;
  /** Other surface forms, one spelling per normal form. */
  aliases: readonly string[];
  /** ISO 3166 alpha-3 (or a former state's code: SUN, YUG) of the country the actor belongs to or the place lies in. */
  country?: string;
  /** Countries only: their own code. */
  iso3?: string;
  /** Countries only: a state is an actor as well as a place. */
  actor?: boolean;
  /** Former states (Soviet Union, Yugoslavia). */
  former?: boolean;
  capital?: boolean;
  /** Countries only: adjectives and nationality nouns with their plurals ("Pakistani", "Pakistanis"). */
  demonyms?: readonly string[];
  /** Organizations: CAMEO actor codes from Phoenix. */
  codes?: readonly DatedCode[];
  /** People: the offices Phoenix records, as CAMEO codes with their dates ("SYRGOV" from 2000-07-17). */
  roles?: readonly DatedCode[];
  /** People: ids of organizations they led or belonged to. */
  affiliations?: readonly string[];
  /** Where it came from: "phoenix", "supplement", "hand", or a "+"-joined mix. */
  source: string;
}

/** One category file as stored. */
interface StoredFile {
  caseSensitive: string[];
  entries: StoredEntry[];
}

type StoredEntry = Omit<GazetteerEntry, "type" | "aliases" | "codes" | "roles" | "source"> & {
  aliases?: string[];
  codes?: string[];
  roles?: string[];
  source?: string;
};

export const CATEGORY_FILES: ReadonlyArray<readonly [file: string, type: EntityType]> = [
  ["organizations.json", "organization"],
  ["people.json", "person"],
  ["places.json", "location"],
];

/** "SYRGOV 2000-07-17/.." → { code: "SYRGOV", start: "2000-07-17", end: null }. */
export function parseDatedCode(stored: string): DatedCode {
  const space = stored.indexOf(" ");
  if (space < 0) return { code: stored, start: null, end: null };
  const slash = stored.indexOf("/", space);
  const start = stored.slice(space + 1, slash);
  const end = stored.slice(slash + 1);
  return { code: stored.slice(0, space), start: start === ".." ? null : start, end: end === ".." ? null : end };
}

export interface CategoryData {
  entries: GazetteerEntry[];
  caseSensitive: string[];
}

/** Read one category file from `dir`; a missing file is a packaging bug, reported with its path. */
export function readCategory(dir: URL, file: string, type: EntityType): CategoryData {
  const url = new URL(file, dir);
  let stored: StoredFile;
  try {
    stored = JSON.parse(readFileSync(url, "utf8")) as StoredFile;
  } catch (err) {
    const path = fileURLToPath(url);
    const what = (err as NodeJS.ErrnoException).code === "ENOENT" ? "found nothing" : "found unreadable JSON";
    throw new LinkageError(
      "INPUT_NOT_FOUND",
      `expected the gazetteer data built by scripts/build-gazetteer.mjs, ${what} (the build must copy src/lexicon/gazetteer/*.json)`,
      path,
      { cause: err },
    );
  }
  // Completed in place: copying ~30k parsed objects would double the load time.
  const entries = stored.entries as unknown as GazetteerEntry[];
  for (const e of stored.entries) {
    const full = e as unknown as { -readonly [K in keyof GazetteerEntry]: GazetteerEntry[K] };
    full.type = type;
    full.aliases = e.aliases ?? [];
    if (e.codes) full.codes = e.codes.map(parseDatedCode);
    if (e.roles) full.roles = e.roles.map(parseDatedCode);
    full.source = e.source ?? "phoenix";
  }
  return { entries, caseSensitive: stored.caseSensitive };
}

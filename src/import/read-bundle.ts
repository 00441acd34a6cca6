/**
 * Reading a STIX bundle: the file within the size limit, as UTF-8 JSON, checked object by object
 * before anything is stored. Objects of the types linkage reads must be well formed (an error
 * names the file, the object's index and id, and the property); objects of other types are
 * counted and left alone.
 */
import type { z } from "zod";
import { LinkageError } from "../errors.js";
import { EXTENSION_ID } from "../export/stix-extension.js";
import { readFileLimited } from "../ingest/read-file.js";
import {
  ACTOR_TYPES,
  ActorExtension,
  ActorObject,
  AssertionExtension,
  NoteObject,
  RelationshipObject,
  ReportExtension,
  ReportObject,
} from "./stix-objects.js";

/** An object with linkage's extension, when it has one. */
export interface Read<O, E> {
  object: O;
  ext?: E;
}

export interface ParsedBundle {
  id: string | null;
  /** How many objects the bundle holds, of every type. */
  total: number;
  actors: Read<ActorObject, ActorExtension>[];
  reports: Read<ReportObject, ReportExtension>[];
  relationships: Read<RelationshipObject, AssertionExtension>[];
  notes: NoteObject[];
  /** Objects of other types, counted by type. */
  skipped: Record<string, number>;
}

/** Read and check the bundle in `path` (see parseBundle). */
export async function readBundle(path: string, maxBytes: number): Promise<ParsedBundle> {
  const bytes = await readFileLimited(path, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new LinkageError("INPUT_MALFORMED", "expected UTF-8 JSON, found bytes that are not UTF-8", path);
  }
  return parseBundle(text, path);
}

/**
 * Check a bundle's text. When an id occurs more than once (versions of one object), the latest
 * `modified` wins, as STIX says.
 * @throws LinkageError INPUT_MALFORMED naming `input`, and the object at fault.
 */
export function parseBundle(text: string, input: string): ParsedBundle {
  const fail = (message: string): never => {
    throw new LinkageError("INPUT_MALFORMED", message, input);
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    fail(`expected JSON, found a syntax error (${err instanceof Error ? err.message : String(err)})`);
  }
  const bundle = json as { type?: unknown; id?: unknown; objects?: unknown };
  if (typeof json !== "object" || json === null || bundle.type !== "bundle" || !Array.isArray(bundle.objects)) {
    fail('expected a STIX bundle: an object with "type": "bundle" and an "objects" list');
  }
  const parsed: ParsedBundle = {
    id: typeof bundle.id === "string" ? bundle.id : null,
    total: (bundle.objects as unknown[]).length,
    actors: [],
    reports: [],
    relationships: [],
    notes: [],
    skipped: {},
  };
  // Versions of one object share its id: the latest `modified` wins, in the place of the first.
  const byId = new Map<string, { kind: Kind; value: unknown; modified: string }>();
  const skipped = new Map<string, number>();
  (bundle.objects as unknown[]).forEach((raw, i) => {
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof raw !== "object" || raw === null || typeof type !== "string") {
      fail(`objects[${i}]: expected an object with a "type", found ${JSON.stringify(raw)?.slice(0, 60)}`);
    }
    const read = readObject(raw as Record<string, unknown>, type as string, (message) =>
      fail(`objects[${i}] (${describe(raw)}): ${message}`),
    );
    if (!read) {
      // Counted under a name safe to print and to use as a key ("__proto__" is no type either).
      const name = STIX_TYPE.test(type as string) ? (type as string) : "(not a STIX type)";
      skipped.set(name, (skipped.get(name) ?? 0) + 1);
      return;
    }
    const { id, modified = "" } = raw as { id: string; modified?: string };
    const seen = byId.get(id);
    if (!seen || modified >= seen.modified) byId.set(id, { ...read, modified });
  });
  for (const { kind, value } of byId.values()) (parsed[kind] as unknown[]).push(value);
  parsed.skipped = Object.fromEntries(skipped);
  return parsed;
}

type Kind = "actors" | "reports" | "relationships" | "notes";

/** A STIX type name: lower-case letters, digits and hyphens (the schemas' own pattern is stricter). */
const STIX_TYPE = /^[a-z0-9][a-z0-9-]{0,249}$/;
// Control characters and bidirectional overrides: an id is echoed in error messages.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** An object of a type linkage reads, checked; null for other types. */
function readObject(
  raw: Record<string, unknown>,
  type: string,
  fail: (message: string) => never,
): { kind: Kind; value: unknown } | null {
  const check = <T>(schema: z.ZodType<T>, value: unknown, where = ""): T => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const path = [where, ...(issue?.path ?? []).map(String)].filter(Boolean).join(".");
    return fail(`${path || "object"}: ${issue?.message ?? "invalid"}`);
  };
  const ext = <T>(schema: z.ZodType<T>): T | undefined => {
    const value = (raw.extensions as Record<string, unknown> | undefined)?.[EXTENSION_ID];
    return value === undefined ? undefined : check(schema, value, `extensions.${EXTENSION_ID}`);
  };
  const known = (ACTOR_TYPES as readonly string[]).includes(type) || ["report", "relationship", "note"].includes(type);
  if (!known) return null;
  // PostgreSQL text cannot hold NUL; JSON writes it as \u0000.
  if (JSON.stringify(raw).includes("\\u0000")) fail("a text contains NUL characters");
  if (type === "report")
    return { kind: "reports", value: { object: check(ReportObject, raw), ext: ext(ReportExtension) } };
  if (type === "relationship") {
    return { kind: "relationships", value: { object: check(RelationshipObject, raw), ext: ext(AssertionExtension) } };
  }
  if (type === "note") return { kind: "notes", value: check(NoteObject, raw) };
  return { kind: "actors", value: { object: check(ActorObject, raw), ext: ext(ActorExtension) } };
}

/** "relationship--1f2…" or the type when the id is missing, cut short and safe to print on a terminal. */
function describe(raw: unknown): string {
  const { id, type } = raw as { id?: unknown; type?: unknown };
  return (typeof id === "string" ? id : String(type)).slice(0, 80).replace(UNPRINTABLE, "?");
}

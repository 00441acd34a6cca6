/**
 * Validate STIX 2.1 bundles against the OASIS JSON schemas copied into test/fixtures, and check
 * the spec rules those schemas cannot express.
 *
 * bundle.json lists the object types it validates by $ref; location, note, opinion, grouping,
 * incident and extension-definition are not among them, and its branch for other objects
 * rejects any object that fits both core.json and cyber-observable-core.json (which every
 * domain object does). So the bundle is validated against bundle.json with the objects it lists,
 * and every object, listed or not, against the schema of its own type.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

export const STIX_FIXTURES = resolve(import.meta.dirname, "../fixtures/stix2-json-schemas");
const SCHEMAS = join(STIX_FIXTURES, "schemas");
const BASE = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

/** Object types and the schema file each is validated against. */
const TYPE_SCHEMAS: Readonly<Record<string, string>> = {
  "threat-actor": "sdos/threat-actor.json",
  "intrusion-set": "sdos/intrusion-set.json",
  identity: "sdos/identity.json",
  location: "sdos/location.json",
  report: "sdos/report.json",
  note: "sdos/note.json",
  relationship: "sros/relationship.json",
  "extension-definition": "common/extension-definition.json",
};

let validators: { bundle: ValidateFunction; byType: Map<string, ValidateFunction>; listed: Set<string> } | undefined;

function load() {
  if (validators) return validators;
  // The schemas predate ajv's strict mode (unknown keywords such as "definitions" at odd places),
  // and some patterns escape "-" outside a class, which unicode-mode regular expressions refuse.
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  // Only observables (domain names) use it and ajv-formats has no check for it: accept, quietly.
  ajv.addFormat("idn-hostname", true);
  for (const file of walk(SCHEMAS)) ajv.addSchema(JSON.parse(readFileSync(file, "utf8")));
  const get = (path: string) => ajv.getSchema(BASE + path) as ValidateFunction;
  // "../sdos/threat-actor.json" → "threat-actor": the types bundle.json validates itself.
  const refs = readFileSync(join(SCHEMAS, "common/bundle.json"), "utf8").matchAll(
    /"\$ref": "[^"]*\/([a-z0-9-]+)\.json"/g,
  );
  validators = {
    bundle: get("common/bundle.json"),
    byType: new Map(Object.entries(TYPE_SCHEMAS).map(([type, path]) => [type, get(path)])),
    listed: new Set([...refs].map((m) => m[1])),
  };
  return validators;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every problem found in `bundle`, as readable lines; empty when it is valid. */
export function stixProblems(bundle: unknown): string[] {
  const { bundle: validateBundle, byType, listed } = load();
  const problems: string[] = [];
  const report = (where: string, v: ValidateFunction) =>
    problems.push(...(v.errors ?? []).map((e) => `${where}${e.instancePath}: ${e.message}`));
  const objects = (bundle as { objects?: Record<string, unknown>[] }).objects ?? [];
  const envelope = { ...(bundle as object), objects: objects.filter((o) => listed.has(String(o.type))) };
  if (!validateBundle(envelope)) report("bundle", validateBundle);
  const ids = new Set<string>();
  for (const o of objects) {
    const where = String(o.id);
    if (ids.has(where)) problems.push(`${where}: id used twice`);
    ids.add(where);
    const validate = byType.get(String(o.type));
    if (!validate) problems.push(`${where}: no schema for type ${String(o.type)}`);
    else if (!validate(o)) report(where, validate);
    // Rules of the specification the schemas leave out.
    if (typeof o.modified === "string" && typeof o.created === "string" && o.modified < o.created)
      problems.push(`${where}: modified before created`);
    if (typeof o.start_time === "string" && typeof o.stop_time === "string" && !(o.stop_time > o.start_time))
      problems.push(`${where}: stop_time not later than start_time`);
  }
  return problems;
}

/**
 * The four dev documents ingested together with the real extractor: every real actor named in
 * more than one of them is exactly one actor of its type, whatever each document's spelling.
 * The extractor keeps improving, so this checks the resolution, not counts of entities.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeName } from "../src/resolve/actor-matching.js";
import { ingestPaths } from "../src/services/ingest-service.js";
import { type ActorRecord, openStore, type Store } from "../src/store/index.js";
import type { EntityType } from "../src/types.js";

const CORPUS = resolve(import.meta.dirname, "../../shared/corpus/dev");

/** Real actors named in two or more dev documents: their type and the spellings the documents use. */
const SHARED_ACTORS: ReadonlyArray<[name: string, type: EntityType, spellings: string[]]> = [
  ["al-Qaeda", "organization", ["al-Qa`ida", "al-Qaeda", "al Qaeda", "Al Qaeda", "AL QAEDA", "al-Qaida"]],
  ["Usama bin Ladin", "person", ["Usama bin Ladin", "Usama Bin Ladin", "Osama bin Laden", "Bin Ladin", "Bin Laden"]],
  ["Ayman al-Zawahiri", "person", ["Ayman al-Zawahiri", "Ayman al Zawahiri", "al-Zawahiri", "Zawahiri"]],
  ["Taliban", "organization", ["Taliban", "the Taliban"]],
  ["Pakistan", "organization", ["Pakistan"]],
  ["Pakistan", "location", ["Pakistan"]],
  ["United States", "organization", ["United States", "U.S.", "US"]],
  ["Afghanistan", "location", ["Afghanistan"]],
  ["Saudi Arabia", "organization", ["Saudi Arabia"]],
  ["Sudan", "organization", ["Sudan"]],
  ["Sudan", "location", ["Sudan"]],
  ["Hezbollah", "organization", ["Hezbollah", "Hizbullah", "Hizballah"]],
  ["Abdullah Azzam", "person", ["Abdullah Azzam", "Abdullah Yusuf Azzam"]],
  ["Hassan al-Turabi", "person", ["Hassan al Turabi", "Hassan al-Turabi"]],
  ["Islamic State", "organization", ["Islamic State", "ISIS", "ISIL"]],
  ["Soviet Union", "organization", ["Soviet Union", "Soviets"]],
];

/** Actors of `type` known by one of `spellings`, as `linkage actors` shows them. */
function named(actors: readonly ActorRecord[], type: EntityType, spellings: readonly string[]): ActorRecord[] {
  const keys = new Set(spellings.map(normalizeName));
  return actors.filter((a) => a.type === type && [a.name, ...a.aliases].some((n) => keys.has(normalizeName(n))));
}

describe.skipIf(!existsSync(CORPUS))("resolution across the dev documents", () => {
  let dir: string;
  let store: Store;
  let actors: ActorRecord[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "linkage-dev-"));
    store = await openStore({ db: join(dir, "db") });
    const summary = await ingestPaths(store, [CORPUS], { maxBytes: 20 * 1024 * 1024, user: "test" });
    expect(summary.failed).toEqual([]);
    actors = await store.listActors();
  }, 300_000);
  afterAll(async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(SHARED_ACTORS)("%s (%s) is one actor", (name, type, spellings) => {
    const found = named(actors, type, spellings);
    const shown = found.map((a) => `#${a.id} ${a.name} [${a.aliases.join("; ")}]`);
    expect(shown.length, `${name}: ${shown.join(" | ") || "not found"}`).toBe(1);
  });

  it("keeps apart people who share a name part", () => {
    const libi = actors.filter((a) => a.type === "person" && /al-Libi$/.test(a.name)).map((a) => a.name);
    expect(libi).toEqual(expect.arrayContaining(["Abu al-Layth al-Libi", "Abu Yahya al-Libi"]));
  });

  it("lists a merged actor's spellings from every document among its aliases", async () => {
    const [qaeda] = named(actors, "organization", ["al-Qa`ida"]);
    const detail = await store.getActor(qaeda.id);
    const documents = new Set(detail?.aliases.map((a) => a.document?.id).filter(Boolean));
    expect(documents.size).toBeGreaterThanOrEqual(3);
  });
});

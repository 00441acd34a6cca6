/**
 * Curation on both engines: merge, split, rename and aliases, each undone; stale versions
 * refused; every change in the history.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../src/store/index.js";
import { ENGINES } from "./helpers/engines.js";
import { entity, extraction, makeDoc, relation, time } from "./helpers/extraction.js";
import { rejectionCode } from "./helpers/rejection.js";

const ONE = "Abu Abdallah led the Base from 1988. The Base fought the Soviets in 1989.";
const TWO = "Usama bin Ladin praised the Taliban in 1998. Bin Ladin was a rival of the Saudis.";

function docOne() {
  const ents = [
    entity(ONE, "aa", "person", "Abu Abdallah"),
    entity(ONE, "base", "organization", "the Base"),
    entity(ONE, "sov", "organization", "Soviets"),
  ];
  const rels = [
    relation(ONE, "aa", "leader_of", "base", "Abu Abdallah led the Base from 1988.", { time: time("1988") }),
    relation(ONE, "base", "fought", "sov", "The Base fought the Soviets in 1989.", { time: time("1989") }),
  ];
  return { doc: makeDoc(ONE, { source: "one.txt", published: "2001" }), ex: extraction(ents, rels) };
}

function docTwo() {
  const ents = [
    entity(TWO, "ubl", "person", "Usama bin Ladin", ["Bin Ladin"]),
    entity(TWO, "tal", "organization", "Taliban"),
    entity(TWO, "sau", "organization", "Saudis"),
  ];
  const rels = [
    relation(TWO, "ubl", "praised", "tal", "Usama bin Ladin praised the Taliban in 1998.", { time: time("1998") }),
    relation(TWO, "ubl", "rival_of", "sau", "Bin Ladin was a rival of the Saudis."),
  ];
  return { doc: makeDoc(TWO, { source: "two.txt", published: "2004" }), ex: extraction(ents, rels) };
}

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`curation on ${engine.name}`, () => {
    let db: string;
    let store: Store;
    let abu: number;
    let ubl: number;
    const user = "analyst";
    beforeAll(async () => {
      db = await engine.create();
      store = await openStore({ db });
      for (const { doc, ex } of [docOne(), docTwo()]) await store.ingestDocument(doc, ex);
      abu = await store.resolveActor("Abu Abdallah");
      ubl = await store.resolveActor("Usama bin Ladin");
    });
    afterAll(async () => {
      await store?.close();
      await engine.drop(db);
    });

    it("merges two actors, moving aliases with their documents, mentions and assertions, and undoes it", async () => {
      const before = await store.listActors();
      const relationsBefore = await store.listRelations();
      const seen = (await store.getActor(ubl))?.version as number;
      const merged = await store.mergeActors(ubl, abu, { user, expected: { keep: seen } });
      expect(merged.actor.version).toBeGreaterThan(seen);
      expect(merged.actor.aliases.map((a) => [a.alias, a.document?.id ?? null])).toEqual(
        expect.arrayContaining([
          ["Abu Abdallah", 1],
          ["Usama bin Ladin", 2],
          ["Bin Ladin", 2],
        ]),
      );
      expect(await store.getActor(abu)).toBeNull();
      expect((await store.listRelations({ actor: "Abu Abdallah" })).map((r) => r.subject.id)).toEqual([ubl, ubl, ubl]);
      expect((await store.getDocument(1))?.mentions.filter((m) => m.text === "Abu Abdallah")[0].actor.id).toBe(ubl);

      await store.undoChange(merged.change, { user });
      expect(await store.listActors()).toEqual(before);
      expect(await store.listRelations()).toEqual(relationsBefore);
      expect(await rejectionCode(store.undoChange(merged.change, { user }))).toBe("CONFLICT");
    });

    it("refuses a change made against a stale version, and keeps the change that won", async () => {
      const seen = (await store.getActor(ubl))?.version as number;
      await store.addAlias(ubl, "Shaykh Usama", { user: "first", expectedVersion: seen });
      expect(
        await rejectionCode(store.renameActor(ubl, "Osama bin Laden", { user: "second", expectedVersion: seen })),
      ).toBe("CONFLICT");
      expect(await rejectionCode(store.mergeActors(ubl, abu, { user, expected: { keep: seen } }))).toBe("CONFLICT");
      const now = await store.getActor(ubl);
      expect(now?.name).toBe("Usama bin Ladin");
      expect(now?.aliases.find((a) => a.alias === "Shaykh Usama")).toMatchObject({ document: null, added_by: "first" });
    });

    it("renames, adds and removes aliases, each undoable and each in the history", async () => {
      const renamed = await store.renameActor(ubl, "Osama bin Laden", { user });
      expect((await store.findActors("Osama bin Laden")).map((a) => a.id)).toEqual([ubl]);
      const removed = await store.removeAlias(ubl, "Bin Ladin", { user });
      expect(removed.actor.aliases.map((a) => a.alias)).not.toContain("Bin Ladin");
      expect(removed.actor.excluded_aliases).toEqual(["bin ladin"]);
      await store.undoChange(removed.change, { user });
      expect((await store.getActor(ubl))?.aliases.find((a) => a.alias === "Bin Ladin")?.document?.id).toBe(2);
      await store.undoChange(renamed.change, { user });
      expect((await store.getActor(ubl))?.name).toBe("Usama bin Ladin");
      const history = await store.listChanges({ actor: ubl });
      expect(history.map((c) => c.action)).toEqual(
        expect.arrayContaining(["undo", "alias.remove", "actor.rename", "alias.add", "actor.merge"]),
      );
      expect(history.find((c) => c.id === renamed.change)?.undone_by).toEqual(expect.any(Number));
      expect(await rejectionCode(store.removeAlias(ubl, "Usama bin Ladin", { user }))).toBe("BAD_ARGUMENT");
    });

    it("splits an actor by alias, with the mentions and assertions of documents it leaves, and undoes it", async () => {
      const merged = await store.mergeActors(ubl, abu, { user });
      const split = await store.splitActor(ubl, { aliases: ["Abu Abdallah"] }, { user });
      const created = split.created?.id as number;
      expect(split.created).toMatchObject({ name: "Abu Abdallah", type: "person" });
      expect((await store.listRelations({ actor: "Abu Abdallah" })).map((r) => [r.subject.id, r.type])).toEqual([
        [created, "leader_of"],
      ]);
      expect((await store.listRelations({ actor: "Usama bin Ladin" })).map((r) => r.type)).toEqual([
        "praised",
        "rival_of",
      ]);
      await store.undoChange(split.change, { user });
      expect(await store.getActor(created)).toBeNull();
      expect((await store.listRelations({ actor: "Abu Abdallah" })).map((r) => r.subject.id)).toEqual([ubl, ubl, ubl]);
      await store.undoChange(merged.change, { user });
      expect(await store.resolveActor("Abu Abdallah")).toBe(abu);
    });

    it("refuses merges that make no sense, naming the problem", async () => {
      const taliban = await store.resolveActor("Taliban");
      expect(await rejectionCode(store.mergeActors(ubl, taliban, { user }))).toBe("BAD_ARGUMENT");
      expect(await rejectionCode(store.mergeActors(ubl, ubl, { user }))).toBe("BAD_ARGUMENT");
      expect(await rejectionCode(store.mergeActors(ubl, 99_999, { user }))).toBe("NOT_FOUND");
      expect(await rejectionCode(store.splitActor(ubl, {}, { user }))).toBe("BAD_ARGUMENT");
      expect(await rejectionCode(store.undoChange(1, { user }))).toBe("BAD_ARGUMENT");
    });
  });
}

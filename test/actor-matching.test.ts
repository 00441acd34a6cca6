import { describe, expect, it } from "vitest";
import { type ActorCandidate, entityKeys, matchActor, normalizeName } from "../src/resolve/actor-matching.js";
import type { EntityType } from "../src/types.js";

describe("normalizeName", () => {
  it("ignores case, diacritics, apostrophe marks, hyphens and a leading 'the'", () => {
    expect(normalizeName("al-Qa`ida")).toBe("al qaida");
    expect(normalizeName("Al Qaʿida")).toBe("al qaida");
    expect(normalizeName("The Islamic State")).toBe("islamic state");
    expect(normalizeName("Ḥizbullāh")).toBe("hizbullah");
    expect(normalizeName("  ")).toBe("");
  });

  it("gives distinct keys, name first", () => {
    expect(entityKeys({ name: "Islamic State", aliases: ["the Islamic State", "ISIS"] })).toEqual([
      "islamic state",
      "isis",
    ]);
  });
});

describe("matchActor", () => {
  const actor = (actorId: number, name: string, aliases: string[] = [], type: EntityType = "organization") =>
    ({ actorId, type, name, aliases }) satisfies ActorCandidate;
  const org = (name: string, aliases: string[] = []) => ({ type: "organization" as const, name, aliases });
  const person = (name: string, aliases: string[] = []) => ({ type: "person" as const, name, aliases });

  it("links transliterations of one name across documents", () => {
    expect(matchActor(org("al-Qaeda"), [actor(1, "al-Qa`ida")])).toBe(1);
    expect(matchActor(org("al Qaida"), [actor(1, "AL QAEDA")])).toBe(1);
    expect(matchActor(person("Osama bin Laden"), [actor(2, "Usama Bin Ladin", ["Bin Ladin"], "person")])).toBe(2);
    expect(matchActor(person("Mullah Omar"), [actor(3, "Mullah `Umar", [], "person")])).toBe(3);
    expect(matchActor(person("Ayman al Zawahiri"), [actor(4, "Ayman al-Zawahiri", [], "person")])).toBe(4);
  });

  it("links an acronym to the name it abbreviates, and a short form of a person to the full name", () => {
    expect(matchActor(org("TTP"), [actor(5, "Tehrik-i-Taliban Pakistan")])).toBe(5);
    expect(matchActor(person("Zawahiri"), [actor(4, "Ayman al-Zawahiri", [], "person")])).toBe(4);
  });

  it("keeps types apart: the state Pakistan is not the place Pakistan", () => {
    expect(matchActor(org("Pakistan"), [actor(6, "Pakistan", [], "location")])).toBeNull();
    expect(
      matchActor({ type: "location", name: "Pakistan", aliases: [] }, [actor(6, "Pakistan", [], "location")]),
    ).toBe(6);
  });

  it("never links people who share only a name part", () => {
    const libi = [actor(7, "Abu Yahya al-Libi", ["al-Libi"], "person")];
    expect(matchActor(person("Abu al-Layth al-Libi", ["al-Libi"]), libi)).toBeNull();
    expect(matchActor(person("`Atiyyatullah al-Libi", ["al-Libi"]), libi)).toBeNull();
    expect(matchActor(person("Hamza bin Ladin"), [actor(2, "Usama bin Ladin", [], "person")])).toBeNull();
    expect(
      matchActor(person("Tahir Yuldashev", ["Tahir"]), [actor(8, "Muhammad Tahir Faruq", ["Tahir"], "person")]),
    ).toBeNull();
  });

  it("keeps an organization and its branch apart", () => {
    expect(matchActor(org("al-Qaeda in the Arabian Peninsula"), [actor(1, "al-Qaeda")])).toBeNull();
    expect(matchActor(org("Pakistani Taliban"), [actor(9, "Taliban")])).toBeNull();
  });

  it("takes an actor already linked in the document only when the entity's name is one of its names", () => {
    expect(matchActor(org("Jabhat al-Furqan"), [actor(1, "Jabhat al-Furqaan")])).toBe(1);
    expect(matchActor(org("Jabhat al-Furqan"), [actor(1, "Jabhat al-Furqaan")], new Set([1]))).toBeNull();
    expect(matchActor(org("Base"), [actor(1, "al-Qaeda", ["Base"])], new Set([1]))).toBe(1);
  });

  it("breaks ties toward the oldest actor", () => {
    expect(matchActor(org("Hizballah"), [actor(9, "Hezbollah"), actor(4, "Hezbollah")])).toBe(4);
  });
});

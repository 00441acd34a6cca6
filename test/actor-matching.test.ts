import { describe, expect, it } from "vitest";
import { type ActorCandidate, entityKeys, matchActor, normalizeName } from "../src/resolve/actor-matching.js";

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
  const c = (actorId: number, normalized: string, isName: boolean, type: ActorCandidate["type"] = "organization") => ({
    actorId,
    type,
    normalized,
    isName,
  });
  const is = { type: "organization" as const, name: "Islamic State", aliases: ["ISIS", "IS"] };

  it("prefers the actor whose name is the entity's name over one sharing only an alias", () => {
    expect(matchActor(is, [c(1, "is", false), c(2, "islamic state", true)])).toBe(2);
  });

  it("matches through aliases, only within the same type, and never an actor already taken", () => {
    expect(matchActor(is, [c(5, "isis", false)])).toBe(5);
    expect(matchActor(is, [c(5, "isis", false, "person")])).toBeNull();
    expect(matchActor(is, [c(5, "isis", false)], new Set([5]))).toBeNull();
  });

  it("breaks ties toward the oldest actor", () => {
    expect(matchActor(is, [c(9, "isis", false), c(4, "isis", false)])).toBe(4);
  });
});

import { describe, expect, it } from "vitest";
import { facts, run } from "./extract-helpers.js";

describe("relations", () => {
  it("reads appositive, possessive and prenominal roles", () => {
    expect(facts(run("Hamid Karzaiwal, the leader of the Dawn Brigades, spoke."))).toContain(
      "Hamid Karzaiwal leader_of Dawn Brigades",
    );
    expect(facts(run("The Dawn Brigades' spokesman Omar Faris denied it."))).toContain(
      "Omar Faris member_of Dawn Brigades",
    );
    expect(facts(run("Dawn Brigades commander Omar Faris was killed."))).toContain(
      "Omar Faris member_of Dawn Brigades",
    );
  });

  it("reads active and passive support with the right direction", () => {
    expect(facts(run("The Red Hand Front funded the Harbour Militia in 1991."))).toContain(
      "Red Hand Front supported Harbour Militia",
    );
    expect(facts(run("The Harbour Militia was armed by the Red Hand Front."))).toContain(
      "Red Hand Front supported Harbour Militia",
    );
  });

  it("relates every member of a coordinated subject", () => {
    const f = facts(run("The Red Hand Front and the Harbour Militia fought against the Coastal Army in 2004."));
    expect(f).toEqual(
      expect.arrayContaining(["Red Hand Front fought Coastal Army", "Harbour Militia fought Coastal Army"]),
    );
  });

  it("reads a succession in a relative clause", () => {
    expect(facts(run("Walid Tamimi, who succeeded Nabil Qasim in 2009, reorganized the movement."))).toContain(
      "Walid Tamimi succeeded Nabil Qasim",
    );
  });

  it("reads splits and mergers", () => {
    expect(facts(run("In 2002 the Sons of the River Front split from the Eastern Liberation Army."))).toContain(
      "Sons of the River Front split_from Eastern Liberation Army",
    );
    expect(facts(run("The Coastal Army and the Harbour Militia merged in 2010."))).toContain(
      "Coastal Army merged_with Harbour Militia",
    );
  });

  it("reads no leadership into 'led to'", () => {
    expect(
      facts(run("The murder of Kamal Haddad led to the expulsion of the Harbour Militia from the city.")),
    ).not.toContain("Kamal Haddad leader_of Harbour Militia");
    expect(facts(run("Kamal Haddad led the Harbour Militia until 2004."))).toContain(
      "Kamal Haddad leader_of Harbour Militia",
    );
  });

  it("takes no verb for an adjective before a title", () => {
    const f = facts(run("The Harbour Militia commander Kamal Haddad criticized President Omar Faris in 2023."));
    expect(f).toEqual(
      expect.arrayContaining(["Kamal Haddad member_of Harbour Militia", "Kamal Haddad criticized Omar Faris"]),
    );
    expect(f).not.toContain("Omar Faris leader_of Kamal Haddad");
  });

  it("finds nothing when no cue links two actors", () => {
    expect(run("The Coastal Army and the Harbour Militia both operate in the north.").relations).toEqual([]);
    expect(run("The Coastal Army published a magazine; the Harbour Militia did not.").relations).toEqual([]);
  });

  it("dates a relation by the nearest time expression, or the paragraph's last one", () => {
    const x = run("In 1987 the Coastal Army appeared. Two months on, the Harbour Militia attacked the Coastal Army.");
    expect(x.relations.map((r) => r.time?.start)).toEqual(["1987"]);
  });
});

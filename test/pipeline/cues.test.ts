import { describe, expect, it } from "vitest";
import { facts, run } from "./extract-helpers.js";

const polarity = (r: { polarity: string }) => ` ${r.polarity}`;
const modality = (r: { modality: string }) => ` ${r.modality}`;

describe("negation", () => {
  it("negates with refusal, never and no interest", () => {
    expect(facts(run("The Coastal Army refused to support the Harbour Militia."), polarity)).toContain(
      "Coastal Army supported Harbour Militia negated",
    );
    expect(facts(run("The Coastal Army never allied with the Harbour Militia."), polarity)).toContain(
      "Coastal Army allied_with Harbour Militia negated",
    );
    expect(facts(run("Salim Darwish showed no interest in funding the Harbour Militia."), polarity)).toContain(
      "Salim Darwish supported Harbour Militia negated",
    );
  });

  it("negates when what is given is nothing", () => {
    expect(
      facts(run("The Harbour Militia received little or no assistance from the Red Hand Front."), polarity),
    ).toContain("Red Hand Front supported Harbour Militia negated");
    expect(facts(run("The Harbour Militia received weapons from the Red Hand Front."), polarity)).toContain(
      "Red Hand Front supported Harbour Militia affirmed",
    );
  });

  it("leaves a relation affirmed when the negation belongs to another verb", () => {
    const f = facts(
      run("The Coastal Army refused to side with the Harbour Militia in its war against the Red Hand Front."),
      polarity,
    );
    expect(f).toContain("Harbour Militia fought Red Hand Front affirmed");
    // A negating verb with its own object leaves the verb coordinated after it alone.
    expect(
      facts(run("Salim Darwish rejected the ruling and accused Omar Faris of treason in 2016."), polarity),
    ).toContain("Salim Darwish criticized Omar Faris affirmed");
  });
});

describe("hedging", () => {
  it("hedges with reportedly, appears to and accusations", () => {
    expect(facts(run("The Coastal Army reportedly funded the Harbour Militia."), modality)).toContain(
      "Coastal Army supported Harbour Militia hedged",
    );
    expect(facts(run("Salim Darwish appears to have met Omar Faris."), modality)).toContain(
      "Salim Darwish met Omar Faris hedged",
    );
  });

  it("leaves plain statements asserted", () => {
    expect(facts(run("The Coastal Army funded the Harbour Militia."), modality)).toContain(
      "Coastal Army supported Harbour Militia asserted",
    );
    // An accusation is the criticism itself, not a hedge on it.
    expect(facts(run("Salim Darwish accused Omar Faris of treason."), modality)).toContain(
      "Salim Darwish criticized Omar Faris asserted",
    );
    // A hedge in the main clause does not reach a relative clause after it.
    expect(
      facts(
        run(
          "The Coastal Army reportedly raided the port in 2001, which the Dawn Brigades blamed on the Harbour Militia.",
        ),
        modality,
      ),
    ).toContain("Dawn Brigades criticized Harbour Militia asserted");
  });

  it("hedges what others believe and what one is accused of", () => {
    expect(facts(run("Analysts believe that the Coastal Army funds the Harbour Militia."), modality)).toContain(
      "Coastal Army supported Harbour Militia hedged",
    );
    expect(facts(run("Omar Faris accused the Coastal Army of arming the Harbour Militia."), modality)).toContain(
      "Coastal Army supported Harbour Militia hedged",
    );
  });
});

describe("attribution", () => {
  it("credits a claim to its source", () => {
    const x = run("According to Salim Darwish, the Coastal Army funded the Harbour Militia.");
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const r = x.relations.find((q) => q.type === "supported");
    expect(r && name.get(r.attributed_to ?? "")).toBe("Salim Darwish");
  });

  it("credits a speaker and negates what a speaker denies", () => {
    const x = run("Salim Darwish denied that the Coastal Army funded the Harbour Militia.");
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const r = x.relations.find((q) => q.type === "supported");
    expect(r?.polarity).toBe("negated");
    expect(name.get(r?.attributed_to ?? "")).toBe("Salim Darwish");
  });

  it("credits a claim to each of two coordinated sources", () => {
    const x = run("Salim Darwish and Omar Faris claimed that the Coastal Army funded the Harbour Militia.");
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const sources = x.relations.filter((q) => q.type === "supported").map((r) => name.get(r.attributed_to ?? ""));
    expect(sources.sort()).toEqual(["Omar Faris", "Salim Darwish"]);
  });

  it("credits the source nearest the claim", () => {
    const x = run(
      "In 2014 the Evening Courier reported that Kamal Haddad (a former Coastal Army officer) accused the Dawn Brigades of arming the Harbour Militia.",
    );
    const r = x.relations.find((rel) => rel.type === "supported");
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name;
    expect(name(r?.object ?? null)).toBe("Harbour Militia");
    expect(name(r?.attributed_to ?? null)).toBe("Kamal Haddad");
  });

  it("credits a titled source, and hedges what 'it was reported' says", () => {
    const x = run("The Coastal Army killed Kamal Haddad in 2021, according to President Ion Vlasenko.");
    const r = x.relations.find((rel) => rel.type === "fought");
    expect(x.entities.find((e) => e.id === r?.attributed_to)?.name).toBe("Ion Vlasenko");
    expect(
      facts(
        run(
          "The Harbour Militia was founded in 1990. In 2012 it was reported that Kamal Haddad had funded the Coastal Army.",
        ),
        modality,
      ),
    ).toContain("Kamal Haddad supported Coastal Army hedged");
  });

  it("does not credit the subject's own statement as a source", () => {
    const x = run("The Coastal Army announced its alliance with the Harbour Militia.");
    expect(x.relations.every((r) => r.attributed_to === null)).toBe(true);
  });
});

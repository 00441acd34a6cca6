import { describe, expect, it } from "vitest";
import { entityNames, facts, run } from "./extract-helpers.js";

describe("names", () => {
  it("finds organizations by the shape of their names", () => {
    const x = run(
      "The Popular Front for the Liberation of Arabia clashed with the Southern Tribes Movement near the coast.",
    );
    expect(entityNames(x)).toEqual(
      expect.arrayContaining([
        "organization:Popular Front for the Liberation of Arabia",
        "organization:Southern Tribes Movement",
      ]),
    );
  });

  it("finds people with Arabic kunya, nisba and filiation", () => {
    const x = run("Abu Sulayman al-Jazairi met Khalid bin Rashid in Tunis.");
    expect(entityNames(x)).toEqual(
      expect.arrayContaining(["person:Abu Sulayman al-Jazairi", "person:Khalid bin Rashid"]),
    );
  });

  it("takes no dates or events for names", () => {
    const names = entityNames(
      run(
        "The Coastal War (March 1990 – June 1994) ended badly. Veterans of the Coastal Invasion joined the Harbour Militia.",
      ),
    );
    expect(names).toEqual(["organization:Harbour Militia"]);
  });

  it("joins one name spelled two ways in one document, and keeps look-alikes apart", () => {
    const names = entityNames(
      run(
        "Khalid Mahmoud trained the recruits of the Coastal Army. Later Khaled Mahmud left for Yemen, and Khalid Hamud took his place.",
      ),
    ).filter((n) => n.startsWith("person:"));
    expect(names).toHaveLength(2);
    expect(names).toContain("person:Khalid Hamud");
  });

  it("ends a name at an English 'at the'", () => {
    const names = entityNames(run("The recruits gathered at the Al Noor Relief Committee at the Bilal Mosque."));
    expect(names).toContain("organization:Al Noor Relief Committee");
    expect(names.some((n) => n.includes("Relief Committee at"))).toBe(false);
  });

  it("joins an acronym defined in parentheses to its organization", () => {
    const x = run("The Northern Resistance Front (NRF) was formed in 1998. Later the NRF grew.");
    const nrf = x.entities.filter((e) => e.name === "Northern Resistance Front");
    expect(nrf).toHaveLength(1);
    expect(nrf[0]?.aliases).toContain("NRF");
    expect(nrf[0]?.mentions).toHaveLength(3);
  });

  it("joins a nickname in quotes and a family name to the full name", () => {
    const x = run("Karim Haddad “The Engineer” led the cell. Later Haddad fled to Amman.");
    const karim = x.entities.find((e) => e.name === "Karim Haddad");
    expect(karim?.aliases).toContain("Haddad");
    expect(karim?.aliases.some((a) => /Engineer/.test(a))).toBe(true);
  });

  it("keeps two people who share a nisba apart", () => {
    const x = run("Abu Layla al-Masri trained recruits. Abu Hamza al-Masri preached in London.");
    const people = x.entities.filter((e) => e.type === "person").map((e) => e.name);
    expect(people).toEqual(["Abu Layla al-Masri", "Abu Hamza al-Masri"]);
  });

  it("does not take headings, months or creeds for actors", () => {
    const x = run("A Difficult Decade\n\nIn December 1999 many Islamist preachers spoke.");
    expect(x.entities).toEqual([]);
  });

  it("tells a country as a place from the state as an actor", () => {
    const x = run("The envoy travelled to Jordan. Jordan expelled the envoy's group, the Dawn Brigades.");
    expect(entityNames(x)).toEqual(expect.arrayContaining(["location:Jordan", "organization:Jordan"]));
  });

  it("reads a group named for what it is against as one organization", () => {
    const names = entityNames(run("Farmers Against Mining marched on the capital with Mothers Against Violence."));
    expect(names).toEqual(
      expect.arrayContaining(["organization:Farmers Against Mining", "organization:Mothers Against Violence"]),
    );
  });

  it("keeps a region inside an organization's name whole, and no place of its own", () => {
    const names = entityNames(run("The Police Service of Northern Ireland arrested two men in Newry."));
    expect(names).toContain("organization:Police Service of Northern Ireland");
    expect(names).not.toContain("location:Ireland");
    expect(names).not.toContain("location:Northern Ireland");
  });

  it("takes a single word after a lower-case title for a person, not after an adjective", () => {
    const x = run(
      "In 1999 an attempt to kill Moldovan president Vlasenko failed. A major Harbour Militia raid followed.",
    );
    expect(entityNames(x)).toContain("person:Vlasenko");
    expect(entityNames(x)).not.toContain("person:Harbour Militia");
    expect(facts(x)).toContain("Vlasenko leader_of Moldova");
  });

  it("knows a famous name with its particle in lower case", () => {
    expect(entityNames(run("In May 1996 bin Laden left Sudan for Afghanistan."))).toContain("person:bin Laden");
  });

  it("reads wings and forces whose names hold a verb or 'and'", () => {
    const names = entityNames(
      run("The Research and Analysis Wing armed the rebels, who later fought the Coastal Peace Keeping Force."),
    );
    expect(names).toEqual(
      expect.arrayContaining(["organization:Research and Analysis Wing", "organization:Coastal Peace Keeping Force"]),
    );
  });

  it("keeps 'wal-' inside an Arabic name", () => {
    expect(entityNames(run("Jama'at Nasr al-Islam wal-Muslimin attacked the base in 2019."))).toContain(
      "organization:Jama'at Nasr al-Islam wal-Muslimin",
    );
  });

  it("leaves 'suspected' and offices out of names", () => {
    const names = entityNames(
      run(
        "Suspected Harbour Militia fighters raided the town. The president met the Chief of Army Staff, General Omar Faris.",
      ),
    );
    expect(names).toContain("organization:Harbour Militia");
    expect(names.some((n) => /Suspected|of Army Staff/u.test(n))).toBe(false);
  });

  it("reads a possessive inside an organization's name", () => {
    const names = entityNames(
      run("The Coastal Workers' Party was founded in 1978. The People's Harbour Units attacked the port in 2012."),
    );
    expect(names).toEqual(
      expect.arrayContaining(["organization:Coastal Workers' Party", "organization:People's Harbour Units"]),
    );
  });
});

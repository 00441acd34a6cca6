import { describe, expect, it } from "vitest";
import { entityNames, facts, run } from "./extract-helpers.js";

const polarity = (r: { polarity: string }) => ` ${r.polarity}`;

describe("constructions", () => {
  it("reads an agentless oath to a named leader as allegiance to the leader's organization", () => {
    const f = facts(
      run(
        "The Southern Tribes Movement released a video in which an oath of allegiance was given to Karim Haddad, the leader of the Dawn Brigades.",
      ),
    );
    expect(f).toContain("Southern Tribes Movement pledged_allegiance_to Dawn Brigades");
    expect(f).not.toContain("Southern Tribes Movement pledged_allegiance_to Karim Haddad");
  });

  it("reads acting on an organization's behalf as membership, not leadership", () => {
    const f = facts(run("Salim Darwish, who led the raid on the Dawn Brigades' behalf, was captured."));
    expect(f).toContain("Salim Darwish member_of Dawn Brigades");
    expect(f).not.toContain("Salim Darwish leader_of Dawn Brigades");
  });

  it("reads cutting ties as a denied alliance", () => {
    expect(facts(run("In 2015 the Coastal Army cut all ties with the Harbour Militia."), polarity)).toContain(
      "Coastal Army allied_with Harbour Militia negated",
    );
  });

  it("reads support from the beneficiary's side", () => {
    expect(facts(run("The Harbour Militia relied on funds raised by the Red Hand Front."))).toContain(
      "Red Hand Front supported Harbour Militia",
    );
    expect(facts(run("The Harbour Militia enjoyed the Red Hand Front's protection."))).toContain(
      "Red Hand Front supported Harbour Militia",
    );
  });

  it("reads a possessor as a leader and a ruler of a country", () => {
    expect(facts(run("Karim Haddad's Dawn Brigades attacked the port."))).toContain(
      "Karim Haddad leader_of Dawn Brigades",
    );
    expect(facts(run("King Faisal of Jordan received the envoy."))).toContain("King Faisal leader_of Jordan");
  });

  it("reads a country's title before a name as leadership of the state", () => {
    expect(facts(run("Egyptian President Karim Haddad condemned the Dawn Brigades."))).toEqual(
      expect.arrayContaining(["Karim Haddad leader_of Egypt", "Karim Haddad criticized Dawn Brigades"]),
    );
  });

  it("reads 'the two groups' and 'both groups' as the pair last named", () => {
    const f = facts(
      run(
        "The Kano Brigade and the Delta Front fought for years. The two groups merged in 2010. Eritrea allegedly supplied weapons to both groups.",
      ),
    );
    expect(f).toEqual(
      expect.arrayContaining([
        "Kano Brigade merged_with Delta Front",
        "Eritrea supported Kano Brigade",
        "Eritrea supported Delta Front",
      ]),
    );
  });

  it("reads help an actor acts with as support from its giver, to the actor", () => {
    const f = facts(
      run("The Coastal Army has fought the Harbour Militia since 2007 with support from the Red Hand Front."),
    );
    expect(f).toContain("Red Hand Front supported Coastal Army");
    expect(f).not.toContain("Red Hand Front supported Harbour Militia");
  });

  it("reads a denial of links as a denied alliance", () => {
    expect(facts(run("The Coastal Army has denied any links to the Harbour Militia."), polarity)).toContain(
      "Coastal Army allied_with Harbour Militia negated",
    );
  });

  it("reads an agreement mediated by a third party as mediation for both, and a peace deal as no alliance", () => {
    const f = facts(
      run("The Coastal Army signed a peace agreement with the Harbour Militia in 2014, mediated by Norway."),
    );
    expect(f).toEqual(expect.arrayContaining(["Norway mediated Coastal Army", "Norway mediated Harbour Militia"]));
    expect(f).not.toContain("Coastal Army allied_with Harbour Militia");
  });

  it("reads a possessive role in apposition as membership", () => {
    expect(
      facts(run("Walid Tamimi, the Coastal Army's former quartermaster general, was arrested in 2004.")),
    ).toContain("Walid Tamimi member_of Coastal Army");
  });

  it("gives a second verb after 'and' the first one's subject, and 'it' the organization named last", () => {
    const f = facts(
      run("Walid Tamimi, the Coastal Army's treasurer, founded the Red Hand Front in 2004 and led it until 2009."),
    );
    expect(f).toEqual(
      expect.arrayContaining(["Walid Tamimi founded Red Hand Front", "Walid Tamimi leader_of Red Hand Front"]),
    );
    expect(f).not.toContain("Walid Tamimi leader_of Coastal Army");
    // A new subject after "and" is no shared subject.
    expect(facts(run("Omar Faris founded the Red Hand Front, and Walid Tamimi led the Coastal Army."))).not.toContain(
      "Omar Faris leader_of Coastal Army",
    );
  });

  it("reads a founder named among coordinated roles, and never an organization as one", () => {
    const f = facts(run("Omar Faris, a Coastal Army commander and founder of the Red Hand Front, was killed."));
    expect(f).toContain("Omar Faris founded Red Hand Front");
    expect(f).not.toContain("Coastal Army founded Red Hand Front");
  });

  it("reads someone's leadership of an organization as leadership", () => {
    expect(facts(run("Walid Tamimi challenged Omar Faris's leadership of the Coastal Army in 1999."))).toContain(
      "Omar Faris leader_of Coastal Army",
    );
  });

  it("reads support received in a relative clause after an apposition", () => {
    expect(
      facts(run("The raid was led by the Red Hand Front, an organization that had received support from Norway.")),
    ).toContain("Norway supported Red Hand Front");
  });

  it("reads examples of a plural role as members, and an ally of a state's government as an ally of the state", () => {
    expect(facts(run("Some Coastal Army commanders, like Walid Tamimi, opposed the truce."))).toContain(
      "Walid Tamimi member_of Coastal Army",
    );
    expect(facts(run("The Harbour Militia has long been an ally of the military government of Chad."))).toContain(
      "Harbour Militia allied_with Chad",
    );
  });

  it("reads help to find or capture someone as no support for them", () => {
    const f = facts(
      run("Walid Tamimi said the Coastal Army had helped locate Omar Faris, a Red Hand Front commander."),
    );
    expect(f).not.toContain("Coastal Army supported Omar Faris");
    expect(f).toContain("Omar Faris member_of Red Hand Front");
    expect(facts(run("The Coastal Army helped the Red Hand Front in 2004."))).toContain(
      "Coastal Army supported Red Hand Front",
    );
  });

  it("reads a spokesman for a group named after the role", () => {
    expect(facts(run("A spokesman for the Harbour Militia, Sami Haddad, denied the claim."))).toContain(
      "Sami Haddad member_of Harbour Militia",
    );
  });

  it("reads a group formed by another's defectors, or breaking with it, as a split", () => {
    expect(facts(run("The Harbour Militia was formed by disaffected members of the Coastal Army in 1998."))).toContain(
      "Harbour Militia split_from Coastal Army",
    );
    expect(facts(run("In 2003 the Red Hand Front broke with the Coastal Army."))).toContain(
      "Red Hand Front split_from Coastal Army",
    );
    // A person who breaks with a group has not split from it: splits are organizations'.
    expect(facts(run("Walid Tamimi broke with the Coastal Army in 2005."))).not.toContain(
      "Walid Tamimi split_from Coastal Army",
    );
  });

  it("reads a pair named rivals or allies, and a group acting under someone's leadership", () => {
    expect(facts(run("The Red Hand Front and the Coastal Army are bitter rivals."))).toContain(
      "Red Hand Front rival_of Coastal Army",
    );
    expect(facts(run("The Red Hand Front and the Coastal Army have long been allies."))).toContain(
      "Red Hand Front allied_with Coastal Army",
    );
    expect(facts(run("Under the leadership of Omar Faris, the Coastal Army expanded south."))).toContain(
      "Omar Faris leader_of Coastal Army",
    );
    expect(facts(run("The Coastal Army, then under the command of Omar Faris, took the port."))).toContain(
      "Omar Faris leader_of Coastal Army",
    );
  });

  it("reads claiming an attack on a group as fighting it", () => {
    expect(
      facts(run("The Harbour Militia claimed responsibility for the suicide attack on the Coastal Army in 2016.")),
    ).toContain("Harbour Militia fought Coastal Army");
    expect(facts(run("The Harbour Militia carried out several raids against the Coastal Army."))).toContain(
      "Harbour Militia fought Coastal Army",
    );
  });

  it("reads 'the new group' as the group the last sentence was about", () => {
    const f = facts(
      run(
        "The Red Hand Front split from the Coastal Army in 1997. Walid Tamimi, the Coastal Army's former treasurer, founded the new group and led it until 2001.",
      ),
    );
    expect(f).toEqual(
      expect.arrayContaining(["Walid Tamimi founded Red Hand Front", "Walid Tamimi leader_of Red Hand Front"]),
    );
    expect(f).not.toContain("Walid Tamimi founded Coastal Army");
    expect(f).not.toContain("Walid Tamimi leader_of Coastal Army");
  });

  it("reads 'the militia' after a person's clause as the group that clause named", () => {
    const f = facts(
      run(
        "The Coastal Army took the port in 1989. Kamal Haddad founded the Cedar Brigade in 1990, and the militia fought the Coastal Army near the port.",
      ),
    );
    expect(f).toContain("Cedar Brigade fought Coastal Army");
  });

  it("reads condemning an attack as criticizing whoever carried it out", () => {
    expect(
      facts(run("The Harbour Militia shelled the market in 2011, and the Red Hand Front condemned the attack.")),
    ).toContain("Red Hand Front criticized Harbour Militia");
    expect(
      facts(
        run("The Harbour Militia ambushed a convoy near the border. The killings were denounced by the Coastal Army."),
      ),
    ).toContain("Coastal Army criticized Harbour Militia");
    // No author named: the victim is no author, and a pair of attackers leaves the author open.
    expect(
      facts(run("The Harbour Militia was attacked near the port, and the Red Hand Front condemned the attack.")),
    ).toEqual([]);
    expect(
      facts(
        run("The Harbour Militia and the Dawn Brigades raided the port. The Red Hand Front condemned the raid."),
      ).filter((f) => f.includes("criticized")),
    ).toEqual([]);
  });

  it("reads what a pair does to each other, past the acronyms of their names", () => {
    expect(
      facts(run("The Coastal Army (CA) and the Harbour Militia (HM) fought each other near the port in 2006.")),
    ).toContain("Coastal Army fought Harbour Militia");
    expect(facts(run("The Coastal Army and the Harbour Militia have clashed repeatedly since 2010."))).toContain(
      "Coastal Army fought Harbour Militia",
    );
    expect(facts(run("The Coastal Army and the Harbour Militia cooperated in the 2001 raid."))).toContain(
      "Coastal Army allied_with Harbour Militia",
    );
    // A third party named after the verb is whom the pair acted on.
    const f = facts(run("The Coastal Army and the Harbour Militia clashed with the Dawn Brigades."));
    expect(f).not.toContain("Coastal Army fought Harbour Militia");
    expect(f).toContain("Coastal Army fought Dawn Brigades");
  });

  it("reads 'him' past a person named in an aside and past its own clause's subject", () => {
    const f = facts(
      run(
        "Kamal Haddad, a former aide of Walid Tamimi, led the Harbour Militia until the Coastal Army killed him in 2009; Omar Faris succeeded him.",
      ),
    );
    expect(f).toEqual(
      expect.arrayContaining(["Coastal Army fought Kamal Haddad", "Omar Faris succeeded Kamal Haddad"]),
    );
    expect(f).not.toContain("Coastal Army fought Walid Tamimi");
    expect(f).not.toContain("Omar Faris succeeded Walid Tamimi");
  });

  it("does not join two names across ', and' into one list", () => {
    const f = facts(run("Walid Tamimi praised the Harbour Militia, and the Coastal Army arrested him in 2019."));
    expect(f).toContain("Walid Tamimi praised Harbour Militia");
    expect(f).not.toContain("Walid Tamimi praised Coastal Army");
  });

  it("reads a passive after an aside as the subject's, and an armed wing as an affiliate", () => {
    const f = facts(run("The Dawn Brigades, the armed wing of the Cedar Party, were founded by Omar Faris in 1990."));
    expect(f).toEqual(
      expect.arrayContaining(["Omar Faris founded Dawn Brigades", "Dawn Brigades affiliate_of Cedar Party"]),
    );
    expect(f).not.toContain("Omar Faris founded Cedar Party");
    expect(facts(run("The Harbour Militia emerged as the armed wing of the Cedar Party in 1990."))).toContain(
      "Harbour Militia affiliate_of Cedar Party",
    );
  });

  it("reads 'both groups' as the pair a note is about", () => {
    const f = facts(
      run(
        "The Coastal Army and the Harbour Militia\n\nThe Coastal Army split from the Harbour Militia in 2004. Its fighters receive money from the Dawn Brigades' central leadership. The Red Hand Front has fought both groups since 2015.",
      ),
    );
    expect(f).toEqual(
      expect.arrayContaining(["Red Hand Front fought Coastal Army", "Red Hand Front fought Harbour Militia"]),
    );
    expect(f).not.toContain("Red Hand Front fought Dawn Brigades");
  });

  it("reads an object relative clause with 'which', unless the verb has an object of its own", () => {
    expect(
      facts(run("The Harbour Militia fought the Ridge Front group, which the Coastal Army has armed and trained.")),
    ).toContain("Coastal Army supported Ridge Front");
    expect(
      facts(run("The Harbour Militia, which the Coastal Army used to arm the Dawn Brigades, seized the port.")),
    ).not.toContain("Coastal Army supported Harbour Militia");
  });

  it("reads retaliation and coalitions against a group as fighting it", () => {
    expect(facts(run("The Harbour Militia retaliated against the Dawn Brigades in 2003."))).toContain(
      "Harbour Militia fought Dawn Brigades",
    );
    expect(facts(run("The Coastal Army led a military coalition against the Dawn Brigades from 2015."))).toContain(
      "Coastal Army fought Dawn Brigades",
    );
  });

  it("reads announcing a group's creation as founding it, past an aside before the verb", () => {
    expect(
      facts(
        run(
          "Kamal Haddad, a former Harbour Militia negotiator, later announced the creation of the Dawn Brigades, a new faction.",
        ),
      ),
    ).toEqual(expect.arrayContaining(["Kamal Haddad founded Dawn Brigades", "Kamal Haddad member_of Harbour Militia"]));
  });

  it("reads 'the mujahideen' as the one country's mujahideen the text names, emphasis marks aside", () => {
    const f = facts(
      run(
        "The Coastal Army armed the Afghan _mujahideen_ in 1985. Omar Faris later became a financier of the _mujahideen_. Kamal Haddad backed the insurgents in Kashmir.",
      ),
    );
    expect(f).toEqual(
      expect.arrayContaining(["Coastal Army supported Afghan mujahideen", "Omar Faris supported Afghan mujahideen"]),
    );
    expect(f).not.toContain("Kamal Haddad supported Afghan mujahideen");
    expect(facts(run("In 1996 Omar Faris defected and became a star informant for the Coastal Army."))).toContain(
      "Omar Faris supported Coastal Army",
    );
  });

  it("reads an attack on places another holds as fighting the holder", () => {
    expect(
      facts(run("The Harbour Militia attacked three villages controlled by the Dawn Brigades in 2013.")),
    ).toContain("Harbour Militia fought Dawn Brigades");
  });

  it("reads a role under a person as membership of what that person leads", () => {
    const f = facts(
      run(
        "Walid Tamimi, the leader of the Harbour Militia, trusted few men. Kamal Haddad would in fact become Walid Tamimi's deputy some years later.",
      ),
    );
    expect(f).toContain("Kamal Haddad member_of Harbour Militia");
    // Without a leadership the document states, no membership is guessed.
    expect(facts(run("Kamal Haddad became Walid Tamimi's deputy in 1999."))).toEqual([]);
  });

  it("gives an apposition after coordinated names to the last name only", () => {
    const f = facts(run("In 1998 Omar Faris and Walid Tamimi, a leader of the Harbour Militia, signed the statement."));
    expect(f).toContain("Walid Tamimi leader_of Harbour Militia");
    expect(f).not.toContain("Omar Faris leader_of Harbour Militia");
  });

  it("reads brokering an agreement about a party as mediating for it", () => {
    expect(
      facts(run("Hassan Karim brokered an agreement that Omar Faris would stop attacking the Coastal Army.")),
    ).toContain("Hassan Karim mediated Omar Faris");
  });

  it("never reads 'the group' as a state", () => {
    const f = facts(
      run(
        "The Harbour Militia was founded by Omar Faris in 1990. India accuses the Coastal Army of supporting the group, a charge Pakistan denies.",
      ),
    );
    expect(f).toContain("Coastal Army supported Harbour Militia");
    expect(f).not.toContain("Coastal Army supported India");
  });

  it("reads progressive verbs after 'were' as active", () => {
    expect(facts(run("By 2020 the Coastal Army and the Harbour Militia were fighting in the north."))).toContain(
      "Coastal Army fought Harbour Militia",
    );
  });

  it("reads a country's strikes, fire and junta as the state acting", () => {
    const f = facts(
      run(
        "An Israeli drone strike killed Kamal Haddad in 2024. The Harbour Militia has exchanged fire with Israeli forces since October. The Dawn Brigades have supported the Malian junta since 2021.",
      ),
    );
    expect(f).toEqual(
      expect.arrayContaining([
        "Israel fought Kamal Haddad",
        "Harbour Militia fought Israel",
        "Dawn Brigades supported Mali",
      ]),
    );
  });

  it("reads training received as what the giver gave", () => {
    const f = facts(run("In the 1980s the Harbour Militia received arms and training from the Coastal Army."));
    expect(f).toContain("Coastal Army supported Harbour Militia");
    expect(f).not.toContain("Harbour Militia supported Coastal Army");
  });

  it("tells a deputy from a head and a prime minister from a minister", () => {
    const f = facts(
      run(
        "Kamal Haddad, the deputy head of the Harbour Militia's political bureau, met Moldovan Prime Minister Ion Vlasenko.",
      ),
    );
    expect(f).toContain("Kamal Haddad member_of Harbour Militia");
    expect(f).not.toContain("Kamal Haddad leader_of Harbour Militia");
    expect(f).toContain("Ion Vlasenko leader_of Moldova");
    expect(f).not.toContain("Ion Vlasenko member_of Moldova");
  });

  it("reads two-word demonyms and the office holder after a country", () => {
    const f = facts(
      run(
        "Norway mediated between the Harbour Militia and the Sri Lankan government in 2002. In 1991 the Harbour Militia assassinated former Indian prime minister Rajiv Gandhi.",
      ),
    );
    expect(f).toEqual(expect.arrayContaining(["Norway mediated Sri Lanka", "Harbour Militia fought Rajiv Gandhi"]));
    expect(f).not.toContain("Harbour Militia fought India");
  });

  it("reads 'its leader' after a sentence about a group as that group's, never a state's", () => {
    const f = facts(
      run(
        "The Dawn Brigades were created in 2017 by the merger of the Harbour Militia and the Coastal Army. Its leader, Kamal Haddad, pledged allegiance to Omar Faris.",
      ),
    );
    expect(f).toEqual(
      expect.arrayContaining(["Kamal Haddad leader_of Dawn Brigades", "Kamal Haddad pledged_allegiance_to Omar Faris"]),
    );
    expect(f).not.toContain("Kamal Haddad leader_of Coastal Army");
    const g = facts(
      run("The Dawn Brigades were created in 2017. In 2019 Pakistan arrested its commander Walid Tamimi."),
    );
    expect(g).toContain("Walid Tamimi member_of Dawn Brigades");
    expect(g).not.toContain("Walid Tamimi member_of Pakistan");
  });

  it("reads launching an insurgency as fighting, and an agent after 'by' as no later subject", () => {
    const f = facts(
      run(
        "The Harbour Militia was founded in 1978 by Kamal Haddad and launched an armed insurgency against the Coastal Army in 1984.",
      ),
    );
    expect(f).toEqual(
      expect.arrayContaining(["Kamal Haddad founded Harbour Militia", "Harbour Militia fought Coastal Army"]),
    );
    expect(f).not.toContain("Kamal Haddad founded Coastal Army");
    expect(f).not.toContain("Kamal Haddad fought Coastal Army");
    // …but the agent of a relative clause is its subject, and help comes from the possessed agency.
    const g = facts(
      run(
        "The Harbour Militia was founded in 1976 by Kamal Haddad, who led it until 2009. It received arms from Moldova's Coastal Intelligence Service.",
      ),
    );
    expect(g).toEqual(
      expect.arrayContaining([
        "Kamal Haddad leader_of Harbour Militia",
        "Coastal Intelligence Service supported Harbour Militia",
      ]),
    );
  });

  it("reads a proclamation as founding, and arming a group led by another as arming it", () => {
    const f = facts(
      run(
        "The Mountain Emirate was proclaimed in 2007 by Kamal Haddad. The Coastal Army armed the Cedar Front-led Harbour Militia in 2015.",
      ),
    );
    expect(f).toEqual(
      expect.arrayContaining(["Kamal Haddad founded Mountain Emirate", "Coastal Army supported Harbour Militia"]),
    );
  });

  it("reads 'became emir' as leading the organization last named", () => {
    const f = facts(
      run(
        "The Mountain Emirate was proclaimed in 2007 by Kamal Haddad, a former officer of the Coastal Army. The emirate's fighters raided the capital in 2010. After Kamal Haddad's death in 2013, Omar Faris became emir.",
      ),
    );
    expect(f).toContain("Omar Faris leader_of Mountain Emirate");
    expect(f).not.toContain("Omar Faris leader_of Coastal Army");
  });

  it("reads 'the front' as the organization whose name it heads", () => {
    const f = facts(
      run(
        "The Harbour Front was formed in 1990. Omar Faris, a commander of the Coastal Army, later denounced the front.",
      ),
    );
    expect(f).toContain("Omar Faris criticized Harbour Front");
    expect(f).not.toContain("Omar Faris criticized Coastal Army");
  });

  it("finds a sentence's subject after an opening subordinate clause, for 'the group' and 'its' after it", () => {
    const f = facts(
      run(
        "After Coastal Army troops routed the Cedar Front in 2006, the Harbour Militia broke away from the Cedar Front. The group courted the Dawn Brigades for years. Its leader Kamal Haddad pledged allegiance to Omar Faris in 2012.",
      ),
    );
    expect(f).toContain("Kamal Haddad leader_of Harbour Militia");
    expect(f).not.toContain("Kamal Haddad leader_of Dawn Brigades");
    expect(f).not.toContain("Kamal Haddad leader_of Cedar Front");
  });

  it("attaches a participle after a clause to the clause's subject, and one after a name to the name", () => {
    const f = facts(
      run(
        "The Coastal Army fought the Harbour Militia in the port throughout 2011, backed by funding from the Dawn Brigades. The Cedar Front was allied with the government of Moldova, led by the Vlasenko family.",
      ),
    );
    expect(f).toContain("Dawn Brigades supported Coastal Army");
    expect(f).not.toContain("Dawn Brigades supported Harbour Militia");
    expect(f.filter((x) => x.includes("leader_of Cedar Front"))).toEqual([]);
  });

  it("reads 'He and the cleric X' as a pair, the title no separate person", () => {
    const f = facts(
      run(
        "Kamal Haddad arrived in Peshawar in 1984. He and the cleric Omar Faris had joined in creating the Bureau of Services.",
      ),
    );
    expect(f).toEqual(
      expect.arrayContaining(["Kamal Haddad founded Bureau of Services", "Omar Faris founded Bureau of Services"]),
    );
    expect(f.filter((x) => x.includes("member_of"))).toEqual([]);
  });

  it("keeps countries in a list after a preposition as places", () => {
    const x = run("The group recruited fighters from Egypt, Jordan and Libya.");
    expect(entityNames(x)).toEqual(["location:Egypt", "location:Jordan", "location:Libya"]);
  });
});

describe("inferences", () => {
  it("gives a successor the leadership of his predecessor's organization", () => {
    const f = facts(
      run("Omar Faris founded the Dawn Brigades in 1990. Walid Tamimi, who succeeded Omar Faris in 2004, expanded it."),
    );
    expect(f).toContain("Walid Tamimi leader_of Dawn Brigades");
  });

  it("reads a schism that created a group as a split", () => {
    expect(
      facts(run("The schism within the Coastal Army which led to the creation of the Harbour Militia came in 1999.")),
    ).toContain("Harbour Militia split_from Coastal Army");
  });
});

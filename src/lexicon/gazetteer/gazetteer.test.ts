import { describe, expect, it } from "vitest";
import { isLinkageError } from "../../errors.js";
import { CATEGORY_FILES, parseDatedCode, readCategory } from "./entries.js";
import { type GazetteerEntry, loadGazetteer, loadGazetteerFrom, normalizeName } from "./index.js";

const g = loadGazetteer();
const ids = (text: string) => g.find(text).map((e) => e.id);

describe("organizations", () => {
  it.each([
    ["al-Qaeda", "org:al-qaeda"],
    ["al-Qaida", "org:al-qaeda"],
    ["al-Qa`ida", "org:al-qaeda"],
    ["Al Qaeda", "org:al-qaeda"],
    ["AL-QAIDA", "org:al-qaeda"],
    ["Hezbollah", "org:hezbollah"],
    ["Hizballah", "org:hezbollah"],
    ["Hizbullah", "org:hezbollah"],
    ["Taliban", "org:taliban"],
    ["Taleban", "org:taliban"],
    ["Islamic State", "org:islamic-state"],
    ["ISIS", "org:islamic-state"],
    ["ISIL", "org:islamic-state"],
    ["Daesh", "org:islamic-state"],
    ["al-Shabab", "org:al-shabaab"],
    ["Harakat al-Shabaab al-Mujahideen", "org:al-shabaab"],
    ["Boko Haram", "org:boko-haram"],
    ["Islamic Movement of Uzbekistan", "org:imu"],
    ["IMU", "org:imu"],
    ["FARC", "org:farc"],
    ["Autodefensas Unidas de Colombia", "org:auc"],
    ["Provisional IRA", "org:pira"],
    ["Ulster Volunteer Force", "org:uvf"],
    ["Moro Islamic Liberation Front", "org:milf"],
    ["Abu Sayyaf", "org:abu-sayyaf"],
    ["Tamil Tigers", "org:ltte"],
    ["Lashkar-e-Toiba", "org:let"],
    ["Tehreek-e-Taliban Pakistan", "org:ttp"],
    ["Ansar Allah", "org:houthis"],
    ["Kata'ib Hizballah", "org:kataib-hezbollah"],
  ])("finds %s", (spelling, id) => {
    expect(ids(spelling)).toContain(id);
  });

  it("gives armed groups a kind and a country from their CAMEO codes", () => {
    const hamas = g.byId("org:hamas");
    expect(hamas?.kind).toBe("armed-group");
    expect(hamas?.country).toBe("PSE");
    const un = g.byId("org:united-nations");
    expect(un?.kind).toBe("international");
  });

  it("keeps Phoenix organizations with readable names", () => {
    const names = g.entries.filter((e) => e.type === "organization").map((e) => e.name);
    expect(names).toContain("Democratic Front for the Liberation of Palestine");
    expect(names).toContain("Anti-Imperialist Territorial Nuclei for the Construction of the Fighting Communist Party");
    expect(names.filter((n) => n === n.toUpperCase() && n.length > 12)).toEqual([]);
  });
});

describe("people", () => {
  it.each([
    ["Osama bin Laden", "per:osama-bin-laden"],
    ["Usama bin Ladin", "per:osama-bin-laden"],
    ["Ayman al-Zawahri", "per:ayman-al-zawahiri"],
    ["Abu Bakr al-Baghdadi", "per:abu-bakr-al-baghdadi"],
    ["Abu Mohammed al-Jolani", "per:abu-mohammad-al-julani"],
    ["Hassan Nasrallah", "per:hassan-nasrallah"],
    ["Abdullah Ocalan", "per:abdullah-ocalan"],
    ["Abdullah Öcalan", "per:abdullah-ocalan"],
    ["Velupillai Prabhakaran", "per:velupillai-prabhakaran"],
  ])("finds %s", (spelling, id) => {
    expect(ids(spelling)).toContain(id);
  });

  it("carries Phoenix's dated offices as roles", () => {
    const assad = g.byId("per:bashar-al-assad");
    expect(assad?.roles).toContainEqual({ code: "SYRGOV", start: "2000-07-17", end: null });
  });

  it("strips office titles from Phoenix names", () => {
    const names = new Set(g.entries.filter((e) => e.type === "person").map((e) => e.name));
    expect(names.has("Boris Yeltsin")).toBe(true);
    expect([...names].filter((n) => /^(President|Prime Minister|Secretary|Mr\.?) /.test(n))).toEqual([]);
  });

  it("points affiliations at organizations that exist", () => {
    const dangling = g.entries.flatMap((e) =>
      (e.affiliations ?? []).filter((id) => g.byId(id)?.type !== "organization"),
    );
    expect(dangling).toEqual([]);
    expect(g.byId("per:osama-bin-laden")?.affiliations).toContain("org:al-qaeda");
  });
});

describe("places", () => {
  it("treats states as places and actors", () => {
    const pakistan = g.find("Pakistan")[0];
    expect(pakistan).toMatchObject({ id: "loc:pakistan", type: "location", kind: "country", iso3: "PAK", actor: true });
  });

  it.each([
    ["pakistani", "Pakistan"],
    ["pakistanis", "Pakistan"],
    ["saudi", "Saudi Arabia"],
    ["uzbek", "Uzbekistan"],
    ["afghans", "Afghanistan"],
    ["somali", "Somalia"],
    ["iraqis", "Iraq"],
    ["chinese", "China"],
    ["british", "United Kingdom"],
    ["filipino", "Philippines"],
  ])("resolves the demonym %s", (demonym, country) => {
    expect(g.demonyms.get(demonym)?.name).toBe(country);
  });

  it("leaves ambiguous demonyms out", () => {
    expect(g.demonyms.get("korean")).toBeUndefined();
    expect(g.demonyms.get("congolese")).toBeUndefined();
  });

  it.each([
    ["Kabul", "AFG", "city"],
    ["Peshawar", "PAK", "city"],
    ["Mosul", "IRQ", "city"],
    ["Mogadishu", "SOM", "city"],
    ["Sana'a", "YEM", "city"],
    ["North Waziristan", "PAK", "region"],
    ["Iraqi Kurdistan", "IRQ", "region"],
  ])("places %s in %s", (name, country, kind) => {
    expect(g.find(name)).toContainEqual(expect.objectContaining({ country, kind }));
  });

  it("knows the regions analysts name", () => {
    for (const region of [
      "Middle East",
      "North Africa",
      "Central Asia",
      "Sahel",
      "Horn of Africa",
      "Maghreb",
      "Levant",
    ]) {
      expect(g.find(region).map((e) => e.kind)).toContain("region");
    }
  });
});

describe("surface forms", () => {
  const forms = (e: GazetteerEntry) => [e.name, ...e.aliases].map(normalizeName);

  it("has no alias that is a lone generic word", () => {
    const generic = new Set([
      "army",
      "front",
      "group",
      "party",
      "movement",
      "council",
      "government",
      "forces",
      "people",
    ]);
    const hits = g.entries.filter((e) => forms(e).some((f) => generic.has(f) || f === "the" || f === ""));
    expect(hits.map((e) => e.id)).toEqual([]);
  });

  it("keeps forms shorter than three letters only for curated acronyms", () => {
    const short = g.entries.filter((e) => e.aliases.some((a) => normalizeName(a).replace(/ /g, "").length < 3));
    expect(short.length).toBeGreaterThan(0);
    expect(short.filter((e) => e.source === "phoenix").map((e) => e.id)).toEqual([]);
  });

  it("matches forms made of common words only with their casing", () => {
    expect(ids("US")).toContain("loc:united-states");
    expect(ids("U.S.")).toContain("loc:united-states");
    expect(ids("us")).toEqual([]);
    expect(ids("IS")).toContain("org:islamic-state");
    expect(ids("is")).toEqual([]);
    expect(ids("Turkey")).toContain("loc:turkey");
    expect(ids("turkey")).toEqual([]);
    expect(g.isCaseSensitive("us")).toBe(true);
    expect(g.isCaseSensitive("hamas")).toBe(false);
    expect(ids("hamas")).toContain("org:hamas");
  });

  it("agrees with the build's copy of normalizeName on every form the build flagged", () => {
    const dir = new URL(".", import.meta.url);
    const flagged = CATEGORY_FILES.flatMap(([file, type]) => readCategory(dir, file, type).caseSensitive);
    expect(flagged.length).toBeGreaterThan(100);
    expect(flagged.filter((f) => g.lookup(f).length === 0)).toEqual([]);
  });

  it("gives every entry a unique id", () => {
    expect(new Set(g.entries.map((e) => e.id)).size).toBe(g.entries.length);
  });
});

describe("loading", () => {
  it("loads each category in sensible numbers", () => {
    expect(g.counts.organization).toBeGreaterThan(2000);
    expect(g.counts.person).toBeGreaterThan(15000);
    expect(g.counts.location).toBeGreaterThan(2500);
    expect(g.entries.filter((e) => e.kind === "country").length).toBeGreaterThanOrEqual(195);
    expect(g.maxFormWords).toBeGreaterThan(5);
    expect(loadGazetteer()).toBe(g);
  });

  it("names the missing file when the data was not copied", () => {
    let error: unknown;
    try {
      loadGazetteerFrom(new URL("file:///nonexistent-linkage-gazetteer/"));
    } catch (err) {
      error = err;
    }
    expect(isLinkageError(error) && error.code).toBe("INPUT_NOT_FOUND");
    expect(String(error)).toMatch(/organizations\.json/);
  });

  it("reads dated codes", () => {
    expect(parseDatedCode("SYRGOV 2000-07-17/..")).toEqual({ code: "SYRGOV", start: "2000-07-17", end: null });
    expect(parseDatedCode("HTIOPP ../2006-12-31")).toEqual({ code: "HTIOPP", start: null, end: "2006-12-31" });
    expect(parseDatedCode("TUNELI")).toEqual({ code: "TUNELI", start: null, end: null });
  });
});

describe("normalizeName", () => {
  it.each([
    ["al-Qa`ida", "al qaida"],
    ["al-Qaʿida", "al qaida"],
    ["Ḥarakat al-Shabāb", "harakat al shabab"],
    ["Abdullah Öcalan", "abdullah ocalan"],
    ["Murat Karayılan", "murat karayilan"],
    ["  U.S.  ", "u s"],
    ["People’s Protection Units", "peoples protection units"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

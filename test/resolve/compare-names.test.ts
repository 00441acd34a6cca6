import { describe, expect, it } from "vitest";
import { compareNames, type Verdict } from "../../src/resolve/compare-names.js";
import { parseName } from "../../src/resolve/name-form.js";
import type { EntityType } from "../../src/types.js";

const verdict = (a: string, b: string, type: EntityType | null = null): Verdict =>
  compareNames(parseName(a), parseName(b), type).verdict;

describe("compareNames", () => {
  it.each([
    ["al-Qa`ida", "al-Qaeda"],
    ["al Qaida", "AL-QA'IDA"],
    ["Hizballah", "Hezbollah"],
    ["Hizb Allah", "Hizbullah"],
    ["Tehrik-e-Taliban Pakistan", "Tehreek-i-Taliban Pakistan"],
    ["Lashkar-e-Tayyiba", "Lashkar-i-Taiba"],
    ["Jabhat al-Nusrah", "Jabhet al-Nusra"],
    ["Asbat al-Ansar", "Esbat al-Ansar"],
    ["Haqqani Network", "Haqqani"],
    ["TTP", "Tehrik-i-Taliban Pakistan"],
    ["LeT", "Lashkar-e-Tayyiba"],
  ])("reads %s and %s as one organization", (a, b) => {
    expect(verdict(a, b, "organization")).toBe("same");
  });

  it.each([
    ["Usama bin Ladin", "Osama bin Laden"],
    ["BIN LADIN, Usama bin Muhammad bin Awad", "Usama bin Ladin"],
    ["Bin Ladin", "Usama bin Ladin"],
    ["Ayman al-Zawahiri", "Dr. Ayman al-Zawahri"],
    ["Zawahiri", "Ayman al-Zawahiri"],
    ["Mullah `Umar", "Mullah Omar"],
    ["`Uthman Ghazi", "Usman Ghazi"],
    ["Abu Dhar al-Pakistani", "Abu Zar al-Pakistani"],
    ["Hassan Nasr Allah", "Hasan Nasrallah"],
    ["Siraj al-Din Haqqani", "Sirajuddin Haqqani"],
    ["Abdullah Azzam", "Abd Allah Azzam"],
  ])("reads %s and %s as one person", (a, b) => {
    expect(verdict(a, b, "person")).toBe("same");
  });

  it("tells apart people who share a name part", () => {
    expect(verdict("Abu Yahya al-Libi", "Abu al-Layth al-Libi", "person")).toBe("different");
    expect(verdict("`Atiyyatullah al-Libi", "Abu Yahya al-Libi", "person")).not.toBe("same");
    expect(verdict("al-Libi", "Abu Yahya al-Libi", "person")).not.toBe("same");
    expect(verdict("Hamza bin Ladin", "Usama bin Ladin", "person")).toBe("different");
    expect(verdict("Abu Bakr al-Baghdadi", "Abu Omar al-Baghdadi", "person")).toBe("different");
    expect(verdict("Abu Musab al-Zarqawi", "Abu Musab Abdel Wadoud", "person")).not.toBe("same");
    expect(verdict("Muhammad", "Muhammad Tahir Faruq", "person")).not.toBe("same");
  });

  it("tells an organization from its branches and look-alikes", () => {
    expect(verdict("al-Qaeda", "al-Qaeda in the Arabian Peninsula")).not.toBe("same");
    expect(verdict("Taliban", "Pakistani Taliban")).not.toBe("same");
    expect(verdict("Hizballah", "Kata'ib Hizballah")).not.toBe("same");
    expect(verdict("Lashkar-e-Tayyiba", "Lashkar-e-Jhangvi")).not.toBe("same");
    expect(verdict("Islamic State", "Islamic Army")).not.toBe("same");
    expect(verdict("Usama Bin Laden Network", "Usama bin Ladin")).not.toBe("same");
  });

  it("keeps places with different qualifiers apart", () => {
    expect(verdict("North Waziristan", "South Waziristan", "location")).toBe("different");
  });
});

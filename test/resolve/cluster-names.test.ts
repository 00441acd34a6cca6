/**
 * Clustering lists of names, as `linkage names` does: quality measured with B-cubed F1 on alias
 * groups of designated organizations and individuals (test/fixtures/designated-aliases.json),
 * and throughput on generated names. Times are printed, not asserted: machines differ.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clusterNames } from "../../src/resolve/cluster-names.js";
import { hasGazetteer } from "../../src/resolve/gazetteer-links.js";
import { bCubedOfClusters } from "../helpers/b-cubed.js";
import { generateNames } from "../helpers/generated-names.js";

const { groups } = JSON.parse(
  readFileSync(new URL("../fixtures/designated-aliases.json", import.meta.url), "utf8"),
) as {
  groups: string[][];
};
const names = groups.flat();

describe("clusterNames", () => {
  it("puts every input line in exactly one cluster, repeated lines included", () => {
    const input = [
      "al-Qaeda",
      "al-Qaeda",
      "Hizballah",
      "al-Qa`ida",
      "Hezbollah",
      "Abu Yahya al-Libi",
      "Abu al-Layth al-Libi",
    ];
    const clusters = clusterNames(input);
    expect(clusters.flat().sort()).toEqual([...input].sort());
    expect(clusters).toEqual([
      ["al-Qaeda", "al-Qaeda", "al-Qa`ida"],
      ["Hizballah", "Hezbollah"],
      ["Abu Yahya al-Libi"],
      ["Abu al-Layth al-Libi"],
    ]);
  });

  it("does not chain two people through a name part they share", () => {
    const clusters = clusterNames([
      "Abu Yahya al-Libi",
      "al-Libi",
      "Abu al-Layth al-Libi",
      "`Atiyyatullah al-Libi",
      "Usama bin Ladin",
      "Bin Ladin",
      "Hamza bin Ladin",
    ]);
    const together = (a: string, b: string) => clusters.some((c) => c.includes(a) && c.includes(b));
    expect(together("Abu Yahya al-Libi", "Abu al-Layth al-Libi")).toBe(false);
    expect(together("Abu Yahya al-Libi", "`Atiyyatullah al-Libi")).toBe(false);
    expect(together("Usama bin Ladin", "Hamza bin Ladin")).toBe(false);
    expect(together("Usama bin Ladin", "Bin Ladin")).toBe(true);
  });

  it("groups alias lists of designated organizations and people well above identical-string grouping", () => {
    const identical = bCubedOfClusters(
      groups,
      [...new Set(names)].map((n) => names.filter((m) => m === n)),
    );
    const spelling = bCubedOfClusters(groups, clusterNames(names, { gazetteer: false }));
    const full = bCubedOfClusters(groups, clusterNames(names));
    const show = (s: { precision: number; recall: number; f1: number }) =>
      `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
    console.log(
      `B-cubed on ${names.length} names in ${groups.length} groups — identical strings: ${show(identical)}; ` +
        `spelling only: ${show(spelling)}; with gazetteer: ${show(full)}`,
    );
    expect(spelling.f1).toBeGreaterThan(identical.f1 + 0.3);
    expect(spelling.precision).toBeGreaterThan(0.95);
    if (hasGazetteer()) expect(full.f1).toBeGreaterThanOrEqual(0.85);
  });

  it("clusters 10,000 generated names (time printed)", () => {
    const input = generateNames(10_000);
    const started = performance.now();
    const clusters = clusterNames(input);
    const seconds = (performance.now() - started) / 1000;
    console.log(`clustered ${input.length} names into ${clusters.length} clusters in ${seconds.toFixed(1)} s`);
    expect(clusters.flat()).toHaveLength(input.length);
  }, 120_000);
});

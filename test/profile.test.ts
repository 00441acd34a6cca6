/**
 * Cited profiles from a hand-made dossier: every statement footnoted to its sentence, hedged and
 * credited claims worded as such, conflicting sources side by side, and document text escaped.
 */
import { describe, expect, it } from "vitest";
import { buildProfile, escapeHtml, renderHtml, renderMarkdown } from "../src/profile/index.js";
import { aggregateRecords } from "../src/store/aggregate.js";
import { dossierSections, periodsOf } from "../src/store/dossier-sections.js";
import type { ActorDossier, AggregateRelation, RelationRecord, SupportRecord } from "../src/store/index.js";

const HOSTILE = `<script>alert("x")</script> [click](javascript:alert(1)) *bold*`;
const docs = new Map([
  [1, { id: 1, title: "Report <one>", published: "2012", source: "one.txt" }],
  [2, { id: 2, title: "Second", published: "2015", source: "two.txt" }],
]);

let nextId = 1;
function rel(
  type: RelationRecord["type"],
  subject: [number, string],
  object: [number, string],
  doc: number,
  text: string,
  extra: Partial<RelationRecord> = {},
): RelationRecord {
  return {
    id: nextId++,
    subject: { id: subject[0], name: subject[1] },
    type,
    object: { id: object[0], name: object[1] },
    polarity: "affirmed",
    modality: "asserted",
    attributed_to: null,
    time: { start: null, end: null },
    evidence: { document: doc, start: nextId * 100, end: nextId * 100 + text.length, text },
    confidence: 0.9,
    status: "pending",
    ...extra,
  };
}

const IMU: [number, string] = [1, "Islamic Movement of Uzbekistan"];
const TAL: [number, string] = [2, "Taliban"];
const records = [
  rel("leader_of", [3, "Tahir Yuldashev"], IMU, 1, "Tahir led the IMU from 1998.", {
    time: { start: "1998", end: null },
  }),
  rel("allied_with", IMU, TAL, 1, "The IMU was allied with the Taliban.", { time: { start: "2001", end: "2010" } }),
  rel("allied_with", TAL, IMU, 2, "The Taliban never allied with the IMU.", { polarity: "negated" }),
  rel("supported", [4, "Al-Qaeda"], IMU, 2, "Al-Qaeda appears to have funded the IMU.", {
    modality: "hedged",
    time: { start: "2003", end: null },
  }),
  rel("criticized", TAL, IMU, 2, `According to al-Bahraini, the Taliban scolded the IMU. ${HOSTILE}`, {
    attributed_to: "al-Bahraini",
    time: { start: "2012", end: null },
  }),
];

function dossier(): ActorDossier {
  const relations: AggregateRelation[] = aggregateRecords(records, docs);
  const others = relations.filter((r) => r.type !== "leader_of");
  const mention = {
    document: docs.get(1) as SupportRecord["document"],
    start: 0,
    end: 5,
    text: "IMU",
    sentence: "The IMU was founded.",
  };
  return {
    actor: {
      id: 1,
      name: `IMU ${HOSTILE}`,
      type: "organization",
      version: 3,
      created_at: "",
      updated_at: "",
      aliases: [],
      excluded_aliases: [],
    },
    names: [
      { alias: "IMU", mention, added_by: null },
      { alias: `O'zbekiston ${HOSTILE}`, mention: null, added_by: "analyst" },
    ],
    documents: [...docs.values()].map((d) => ({ ...d, mentions: 2 })),
    first_mention: mention,
    last_mention: { ...mention, document: docs.get(2) as SupportRecord["document"], sentence: "Second mention." },
    relations,
    sections: dossierSections(1, relations),
    periods: periodsOf(others),
    as_of: null,
  };
}

describe("cited profiles", () => {
  const profile = buildProfile(dossier());
  const md = renderMarkdown(profile);

  it("has the sections of a militant-organization profile", () => {
    expect(profile.sections.map((s) => s.heading)).toEqual([
      "Overview",
      "Names",
      "Leadership",
      "Relations by period",
      "Conflicting accounts",
    ]);
  });

  it("footnotes every statement to a document and sentence", () => {
    for (const line of md.split("\n").filter((l) => l.startsWith("- ") && !l.includes("added by"))) {
      expect(line, line).toMatch(/\[\^\d+\]/);
    }
    expect(md).toMatch(/\[\^\d+\]: Document 1, “Report &lt;one&gt;”, 2012: “Tahir led the IMU from 1998\.”/);
  });

  it("words hedged and credited claims as such, and denials as denials", () => {
    expect(md).toContain("Al-Qaeda reportedly supported Islamic Movement of Uzbekistan in 2003.");
    expect(md).toContain("According to al-Bahraini, Taliban criticized Islamic Movement of Uzbekistan in 2012.");
    expect(md).toContain("Tahir Yuldashev (from 1998): Tahir Yuldashev led");
  });

  it("shows conflicting sources side by side", () => {
    const table = md.split("\n").find((l) => l.startsWith("| Islamic Movement"));
    expect(table).toContain("affirms: “The IMU was allied with the Taliban.”");
    expect(table).toContain("denies: “The Taliban never allied with the IMU.”");
  });

  it("escapes document text in Markdown and HTML", () => {
    expect(md).not.toContain("<script>");
    expect(md).not.toMatch(/(?<!\\)\[click\]/);
    const html = renderHtml(profile);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("O&#39;zbekiston");
    expect(html).toContain(`default-src 'none'`);
    expect(escapeHtml(`"'<>&`)).toBe("&quot;&#39;&lt;&gt;&amp;");
  });
});

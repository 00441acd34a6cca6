/**
 * The pure parts of exports and imports, on hand-made values: STIX times, id assignment,
 * actor classification, evidence layout, and XML escaping.
 */
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { ActorHints } from "../src/export/actor-hints.js";
import { classifyActors } from "../src/export/stix-actor-types.js";
import { assignGraphIds, stixUuid } from "../src/export/stix-ids.js";
import { stixSpan } from "../src/export/stix-time.js";
import { xmlDocument } from "../src/export/xml-writer.js";
import { layoutText } from "../src/import/document-text.js";
import { relationTypeOf } from "../src/import/stix-to-linkage.js";
import type { GraphActor, GraphAssertion, GraphRecords } from "../src/store/index.js";

const actor = (id: number, name: string, type: GraphActor["type"], stix_id: string | null = null): GraphActor => ({
  id,
  name,
  type,
  aliases: [],
  created: "2026-01-01T00:00:00.000Z",
  modified: "2026-01-01T00:00:00.000Z",
  stix_id,
});

function assertion(id: number, subject: number, type: GraphAssertion["type"], object: number): GraphAssertion {
  return {
    id,
    document_id: 1,
    subject_id: subject,
    type,
    object_id: object,
    polarity: "affirmed",
    modality: "asserted",
    attributed_to_id: null,
    time_start: null,
    time_end: null,
    time_precision: null,
    valid_from: null,
    valid_to: null,
    evidence_start: id * 10,
    evidence_end: id * 10 + 5,
    evidence_text: "x",
    confidence: 0.5,
    status: "pending",
    reviewed_by: null,
    extractor: "t",
    created: "2026-01-01T00:00:00.000Z",
    modified: "2026-01-01T00:00:00.000Z",
    stix_id: null,
  };
}

const document = {
  id: 1,
  sha256: "a".repeat(64),
  title: null,
  published: null,
  author: null,
  source: "x.txt",
  media_type: "text/plain",
  created: "2026-01-01T00:00:00.000Z",
  stix_id: null,
};

describe("stixSpan", () => {
  it("starts at the first instant of the stated start and stops after the last day stated", () => {
    expect(stixSpan("fought", "2015-03-04", null, "day")).toEqual({
      start_time: "2015-03-04T00:00:00.000Z",
      stop_time: "2015-03-05T00:00:00.000Z",
    });
    expect(stixSpan("allied_with", "2001", "2010", "year")).toMatchObject({ stop_time: "2011-01-01T00:00:00.000Z" });
    expect(stixSpan("allied_with", "2001", "2010-05", "year")).toMatchObject({ stop_time: "2010-06-01T00:00:00.000Z" });
    expect(stixSpan("leader_of", "2009", null, "year")).toEqual({ start_time: "2009-01-01T00:00:00.000Z" });
    expect(stixSpan("met", "1990s", null, "decade")).toEqual({
      start_time: "1990-01-01T00:00:00.000Z",
      stop_time: "2000-01-01T00:00:00.000Z",
    });
  });

  it("never writes a stop_time that is not later than the start_time", () => {
    expect(stixSpan("allied_with", "2010", "2001", "year")).toEqual({ start_time: "2010-01-01T00:00:00.000Z" });
    expect(stixSpan("met", "not a date", null, null)).toEqual({});
  });
});

describe("assignGraphIds", () => {
  it("computes the same ids for the same keys, keeps imported ids, and never gives one id twice", () => {
    const imported = `identity--${stixUuid("actor:organization:al-qaeda")}`;
    const records: GraphRecords = {
      actors: [
        actor(1, "al-Qaeda", "organization", imported),
        actor(2, "Al-Qaeda ", "organization"),
        actor(3, "IMU", "organization"),
      ],
      documents: [document],
      assertions: [assertion(1, 2, "allied_with", 3)],
    };
    const ids = assignGraphIds(records);
    expect(ids.actors.get(1)).toBe(stixUuid("actor:organization:al-qaeda"));
    expect(ids.actors.get(2)).toBe(stixUuid("actor:organization:al-qaeda#2"));
    expect(ids.documents.get(1)).toBe(`report--${stixUuid(`document:${"a".repeat(64)}`)}`);
    expect(assignGraphIds(records)).toEqual(ids);
  });
});

describe("classifyActors", () => {
  const records: GraphRecords = {
    actors: [
      actor(1, "Group", "organization"),
      actor(2, "Country", "organization"),
      actor(3, "Charity", "organization"),
      actor(4, "Leader", "person"),
      actor(5, "Envoy", "person"),
      actor(6, "Town", "location"),
    ],
    documents: [document],
    assertions: [assertion(1, 1, "split_from", 3), assertion(2, 4, "leader_of", 1), assertion(3, 5, "met", 4)],
  };
  it("decides by gazetteer kind first, then by relations only armed groups have", () => {
    const hints: ActorHints = ({ name }) =>
      name === "Country" ? { state: true } : name === "Charity" ? { kind: "ngo" } : undefined;
    const classes = classifyActors(records, hints);
    expect(classes.get(1)).toEqual({ type: "threat-actor" });
    expect(classes.get(2)).toMatchObject({ type: "identity", sectors: ["government-national"] });
    // A split from an NGO does not make the NGO an armed group: the gazetteer said otherwise.
    expect(classes.get(3)).toMatchObject({ type: "identity", sectors: ["non-profit"] });
    expect(classes.get(4)).toEqual({ type: "threat-actor", roles: ["director"] });
    expect(classes.get(5)).toEqual({ type: "identity", identityClass: "individual" });
    expect(classes.get(6)).toEqual({ type: "location" });
  });
});

describe("layoutText", () => {
  it("lays out each sentence once, in original order, after the prelude, with spans into the text", () => {
    const { text, spans } = layoutText(
      ["About."],
      [
        { key: "b", text: "Second one.", order: 50 },
        { key: "a", text: "First one.", order: 10 },
        { key: "b", text: "Second one.", order: 50 },
      ],
    );
    expect(text).toBe("About.\n\nFirst one.\n\nSecond one.");
    const b = spans.get("b") as { start: number; end: number };
    expect(text.slice(b.start, b.end)).toBe("Second one.");
  });
});

describe("relationTypeOf", () => {
  it("reads lower-case hyphenated relationship types as linkage's, and nothing else", () => {
    expect(relationTypeOf("pledged-allegiance-to")).toBe("pledged_allegiance_to");
    expect(relationTypeOf("uses")).toBeNull();
  });
});

describe("xmlDocument", () => {
  it("keeps tabs, line breaks and carriage returns in attributes, and replaces characters XML cannot hold", () => {
    const value = 'a\tb\nc\rd "q" <&> \u0001 \ud800 end';
    const xml = xmlDocument({ name: "r", attrs: { v: value }, children: [{ name: "t", text: value }] });
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      trimValues: false,
      htmlEntities: true,
    }).parse(xml);
    const expected = 'a\tb\nc\rd "q" <&> \ufffd \ufffd end';
    expect(parsed.r["@v"]).toBe(expected);
    expect(parsed.r.t).toBe(expected);
  });
});

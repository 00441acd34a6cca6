/**
 * GEXF, GraphML, CSV and node-link JSON exports of the fixture graph: well-formed, read back by
 * a parser to the same names and sentences (commas, quotes, line breaks, <, & included), with
 * Gephi's dynamic intervals and GraphML's typed keys, and the same bytes on every export.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExportFormat, exportFiles } from "../src/export/index.js";
import { openStore, type Store } from "../src/store/index.js";
import { ENGINES } from "./helpers/engines.js";
import { AWKWARD_NAME, seedFixture } from "./helpers/graph-fixture.js";

const EVIDENCE = `In the 1990s the ${AWKWARD_NAME} fought the IMU, "with rifles, and <grenades> & mortars".`;

/**
 * Attributes under "@", text as "#text", character references decoded (as every XML parser does;
 * this one only when asked), and these elements always lists, whatever their count.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  htmlEntities: true,
  attributeNamePrefix: "@",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ["node", "edge", "key", "data", "attvalue", "attribute", "attributes"].includes(name),
});

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const field = /("((?:[^"]|"")*)"|[^,\r\n]*)(,|\r\n|$)/gy;
  let row: string[] = [];
  while (field.lastIndex < text.length) {
    const m = field.exec(text) as RegExpExecArray;
    row.push(m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]);
    if (m[3] !== ",") {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe.skipIf(!ENGINES[0].available)("graph exports", () => {
  const engine = ENGINES[0];
  let db: string;
  let store: Store;
  const content = async (format: ExportFormat, name?: string) => {
    const files = await exportFiles(store, { format });
    return (name ? files.find((f) => f.name === name) : files[0])?.content as string;
  };

  beforeAll(async () => {
    db = await engine.create();
    store = await openStore({ db });
    await seedFixture(store);
  });
  afterAll(async () => {
    await store?.close();
    await engine.drop(db);
  });

  it("writes GEXF 1.3 with dynamic intervals that a parser reads back unchanged", async () => {
    const xml = await content("gexf");
    expect(XMLValidator.validate(xml)).toBe(true);
    const { gexf } = parser.parse(xml);
    expect(gexf).toMatchObject({ "@xmlns": "http://gexf.net/1.3", "@version": "1.3" });
    expect(gexf.graph).toMatchObject({ "@mode": "dynamic", "@timeformat": "date", "@timerepresentation": "interval" });
    const nodes = gexf.graph.nodes.node as Record<string, string>[];
    const brigade = nodes.find((n) => n["@label"] === AWKWARD_NAME);
    expect(brigade).toMatchObject({ "@start": "1990-01-01", "@end": "1999-12-31" });
    const edges = gexf.graph.edges.edge as Record<string, unknown>[];
    const values = (e: Record<string, unknown>) =>
      Object.fromEntries(
        ((e.attvalues as { attvalue: Record<string, string>[] }).attvalue ?? []).map((v) => [v["@for"], v["@value"]]),
      );
    const fought = edges.find((e) => values(e).evidence === EVIDENCE);
    expect(fought).toMatchObject({
      "@type": "undirected",
      "@kind": "fought",
      "@start": "1990-01-01",
      "@end": "1999-12-31",
    });
    // Tahir Yuldashev's leadership ends the day before his successor's begins.
    const tahir = nodes.find((n) => n["@label"] === "Tahir Yuldashev")?.["@id"];
    const led = edges.find((e) => e["@source"] === tahir && e["@kind"] === "leader_of");
    expect(led).toMatchObject({ "@start": "1998-01-01", "@end": "2008-12-31", "@type": "directed" });
    // Undated: no interval, so Gephi shows it throughout.
    const supported = edges.find((e) => e["@kind"] === "supported");
    expect(supported).not.toHaveProperty("@start");
    expect(values(supported as Record<string, unknown>)).toMatchObject({ modality: "hedged", confidence: "0.9" });
    const declared = gexf.graph.attributes.find((a: Record<string, string>) => a["@class"] === "edge").attribute;
    expect(declared.find((a: Record<string, string>) => a["@id"] === "confidence")["@type"]).toBe("double");
  });

  it("writes GraphML with typed keys, undirected symmetric edges, and text read back unchanged", async () => {
    const xml = await content("graphml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const { graphml } = parser.parse(xml);
    const keys = graphml.key as Record<string, string>[];
    expect(keys.find((k) => k["@id"] === "edge.confidence")).toMatchObject({ "@for": "edge", "@attr.type": "double" });
    expect(keys.find((k) => k["@id"] === "node.actor_id")).toMatchObject({ "@attr.type": "int" });
    const data = (el: { data: Record<string, string>[] }, key: string) =>
      el.data.find((d) => d["@key"] === key)?.["#text"];
    const node = graphml.graph.node.find(
      (n: { data: Record<string, string>[] }) => data(n, "node.label") === AWKWARD_NAME,
    );
    expect(data(node, "node.stix_type")).toBe("threat-actor");
    const edge = graphml.graph.edge.find(
      (e: { data: Record<string, string>[] }) => data(e, "edge.evidence") === EVIDENCE,
    );
    expect(edge).toMatchObject({ "@directed": "false", "@source": node["@id"] });
    expect(graphml.graph["@edgedefault"]).toBe("directed");
  });

  it("writes nodes.csv and edges.csv in RFC 4180, names and sentences with commas, quotes and line breaks intact", async () => {
    const files = await exportFiles(store, { format: "csv" });
    expect(files.map((f) => f.name)).toEqual(["nodes.csv", "edges.csv"]);
    const [nodes, edges] = files.map((f) => parseCsv(f.content));
    expect(files[0].content.endsWith("\r\n")).toBe(true);
    expect(nodes[0].slice(0, 2)).toEqual(["id", "label"]);
    expect(edges[0].slice(0, 3)).toEqual(["id", "source", "target"]);
    expect(nodes.map((r) => r[1])).toContain(AWKWARD_NAME);
    const evidence = edges[0].indexOf("evidence");
    const row = edges.find((r) => r[evidence] === EVIDENCE) as string[];
    expect(row[edges[0].indexOf("source_label")]).toBe(AWKWARD_NAME);
    expect(row[edges[0].indexOf("valid_from")]).toBe("1990-01-01");
    expect(new Set(edges.slice(1).map((r) => r.length))).toEqual(new Set([edges[0].length]));
  });

  it("writes node-link JSON whose links name existing nodes", async () => {
    const graph = JSON.parse(await content("json"));
    expect(graph).toMatchObject({ directed: true, multigraph: true });
    const ids = new Set(graph.nodes.map((n: { id: string }) => n.id));
    expect(graph.links.every((l: { source: string; target: string }) => ids.has(l.source) && ids.has(l.target))).toBe(
      true,
    );
    expect(graph.links.find((l: { evidence: string }) => l.evidence === EVIDENCE)).toMatchObject({
      relation: "fought",
      directed: false,
    });
    expect(graph.documents).toHaveLength(2);
  });

  it("gives the same bytes and ids in every format on every export", async () => {
    for (const format of ["gexf", "graphml", "csv", "json"] as const) {
      const [first, second] = [await exportFiles(store, { format }), await exportFiles(store, { format })];
      expect(second).toEqual(first);
    }
    const stixIds = JSON.parse(await content("stix")).objects.map((o: { id: string }) => o.id);
    const nodeIds = JSON.parse(await content("json")).nodes.map((n: { id: string }) => n.id);
    expect(stixIds).toEqual(expect.arrayContaining(nodeIds));
  });
});

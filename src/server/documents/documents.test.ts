import { describe, expect, it } from "vitest";
import { multipart, useFixtureApp } from "../../../test/helpers/app-fixture.js";
import { ENGINES } from "../../../test/helpers/engines.js";
import { uploadName } from "./schema.js";

const REPORT = "In March 2014 the Nusra Front fought the Islamic State near Deir ez-Zor, according to local sources.";

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`documents API on ${engine.name}`, () => {
    const f = useFixtureApp(engine, { maxInputBytes: 100_000 });
    const upload = (files: Parameters<typeof multipart>[0], accept = "application/json") => {
      const { payload, headers } = multipart(files);
      return f.app.inject({ method: "POST", url: "/api/documents", payload, headers: { ...headers, accept } });
    };

    it("lists documents and gives one with its text, mentions and assertions as offsets", async () => {
      const [summary] = (await f.app.inject({ url: "/api/documents" })).json().documents;
      expect(summary).toMatchObject({ title: "The IMU and the Islamic State", assertions: 5 });
      expect(summary.text).toBeUndefined();
      const doc = (await f.app.inject({ url: `/api/documents/${summary.id}` })).json();
      for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      for (const r of doc.relations) expect(doc.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
      expect((await f.app.inject({ url: "/api/documents/99999" })).statusCode).toBe(404);
    });

    it("ingests uploaded files, names each failure, and stores the rest", async () => {
      const res = await upload([
        { name: "report.txt", content: REPORT },
        { name: "empty.txt", content: "" },
        { name: "huge.txt", content: "word ".repeat(30_000) },
        { name: "../../etc/passwd", content: "root:x:0:0" },
      ]);
      expect(res.statusCode).toBe(200);
      const results = res.json().results;
      expect(results.map((r: { name: string; outcome: string }) => [r.name, r.outcome])).toEqual([
        ["report.txt", "added"],
        ["empty.txt", "failed"],
        ["huge.txt", "failed"],
        ["passwd", "added"],
      ]);
      expect(results[1].error).toMatchObject({ code: "INPUT_EMPTY", message: expect.stringMatching(/^empty\.txt: /) });
      expect(results[2].error).toMatchObject({
        code: "INPUT_TOO_LARGE",
        message: expect.stringMatching(/^huge\.txt: expected at most 100000 bytes/),
      });
      const doc = (await f.app.inject({ url: `/api/documents/${results[0].documentId}` })).json();
      expect(doc.source).toBe("report.txt");
      expect(doc.relations.length).toBeGreaterThan(0);
    });

    it("streams progress as one JSON event a line when asked to", async () => {
      const res = await upload(
        [
          { name: "again.txt", content: `${REPORT} Again.` },
          { name: "report.txt", content: REPORT },
        ],
        "application/x-ndjson",
      );
      expect(res.headers["content-type"]).toMatch(/^application\/x-ndjson/);
      const events = res.body
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(events[0]).toEqual({ event: "received", files: ["again.txt", "report.txt"] });
      expect(events.filter((e) => e.event === "stage").map((e) => e.stage)).toEqual([
        "reading",
        "extracting",
        "storing",
        "reading",
        "extracting",
        "storing",
      ]);
      expect(events.filter((e) => e.event === "result").map((e) => e.outcome)).toEqual(["added", "unchanged"]);
      expect(events.at(-1)).toMatchObject({ event: "done", results: [{ outcome: "added" }, { outcome: "unchanged" }] });
    });

    it("asks for multipart form data with at least one file", async () => {
      const json = await f.app.inject({ method: "POST", url: "/api/documents", payload: { text: "x" } });
      expect(json.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(json.statusCode).toBe(415);
      expect((await upload([])).json().error).toMatchObject({ code: "BAD_ARGUMENT" });
    });
  });
}

describe("uploadName", () => {
  it("keeps the last path segment, without control characters", () => {
    expect(uploadName("C:\\Users\\me\\report.pdf")).toBe("report.pdf");
    expect(uploadName("../../etc/passwd")).toBe("passwd");
    expect(uploadName("a\u0000b\nc.txt")).toBe("abc.txt");
    expect(uploadName("")).toBe("upload");
  });
});

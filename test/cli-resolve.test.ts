/**
 * The built CLI for resolution and curation: `names`, `actor` in every format, `aggregate`, and
 * `curate` changes with undo, history and stale versions.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/store/index.js";
import { type BuiltCli, buildCli } from "./helpers/built-cli.js";
import { entity, extraction, makeDoc, relation, time } from "./helpers/extraction.js";

const TEXT =
  "Tahir Yuldashev led the Islamic Movement of Uzbekistan (IMU) from 1998. The IMU <b>allied</b> with the Taliban in 2001.";

describe("linkage resolution and curation commands", () => {
  let cli: BuiltCli;
  let dir: string;
  let db: string;
  const linkage = (args: string[]) =>
    cli.run([...args, ...(args[0] === "names" ? [] : ["--db", db])], { LINKAGE_USER: "tester" });

  beforeAll(async () => {
    cli = await buildCli("cli-resolve");
    dir = await mkdtemp(join(tmpdir(), "linkage-cli-resolve-"));
    db = join(dir, "store");
    const store = await openStore({ db });
    const ents = [
      entity(TEXT, "tahir", "person", "Tahir Yuldashev"),
      entity(TEXT, "imu", "organization", "Islamic Movement of Uzbekistan", ["IMU"]),
      entity(TEXT, "tal", "organization", "Taliban"),
    ];
    const rels = [
      relation(
        TEXT,
        "tahir",
        "leader_of",
        "imu",
        "Tahir Yuldashev led the Islamic Movement of Uzbekistan (IMU) from 1998.",
        { time: time("1998") },
      ),
      relation(TEXT, "imu", "allied_with", "tal", "The IMU <b>allied</b> with the Taliban in 2001.", {
        time: time("2001"),
      }),
    ];
    await store.ingestDocument(
      makeDoc(TEXT, { source: "imu.txt", title: "The <IMU>", published: "2015" }),
      extraction(ents, rels),
    );
    const other = "Usmon Ghazi praised the Taleban.";
    await store.ingestDocument(
      makeDoc(other, { source: "ghazi.txt" }),
      extraction(
        [entity(other, "g", "person", "Usmon Ghazi"), entity(other, "t", "organization", "Taleban")],
        [relation(other, "g", "praised", "t", other)],
      ),
    );
    await store.close();
    await writeFile(
      join(dir, "names.txt"),
      "al-Qa`ida\r\nal-Qaeda\n\nHizballah\nHezbollah\nAbu Yahya al-Libi\nAbu al-Layth al-Libi\n",
    );
  }, 300_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("clusters names from a file, each line once, as JSON", async () => {
    const out = await linkage(["names", join(dir, "names.txt"), "--format", "json"]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({
      clusters: [
        ["al-Qa`ida", "al-Qaeda"],
        ["Hizballah", "Hezbollah"],
        ["Abu Yahya al-Libi"],
        ["Abu al-Layth al-Libi"],
      ],
    });
    const missing = await linkage(["names", join(dir, "none.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^linkage: .*none\.txt: no such file/);
  });

  it("links the same actor spelled two ways across documents", async () => {
    const actors = JSON.parse((await linkage(["actors", "--format", "json"])).stdout) as {
      name: string;
      aliases: string[];
    }[];
    expect(actors.find((a) => a.name === "Taliban")?.aliases).toEqual(["Taleban"]);
  });

  it("prints an actor's profile as JSON, a table, cited Markdown and escaped HTML", async () => {
    const json = JSON.parse((await linkage(["actor", "IMU", "--format", "json"])).stdout);
    expect(json.sections.leaders[0]).toMatchObject({ leader: { name: "Tahir Yuldashev" }, from: "1998" });
    const table = await linkage(["actor", "IMU"]);
    expect(table.stdout).toContain("leaders: Tahir Yuldashev (1998–)");
    const md = (await linkage(["actor", "IMU", "--format", "md"])).stdout;
    expect(md).toMatch(/^# Islamic Movement of Uzbekistan/);
    expect(md).toContain("Tahir Yuldashev led Islamic Movement of Uzbekistan from 1998.[^");
    const html = (await linkage(["actor", "IMU", "--format", "html"])).stdout;
    expect(html).toContain("&lt;b&gt;allied&lt;/b&gt;");
    expect(html).not.toContain("<b>allied");
    const bad = await linkage(["actor", "IMU", "--format", "pdf"]);
    expect(bad.stderr).toMatch(/--format: expected one of table, json, csv, md, html; found "pdf"/);
  });

  it("aggregates relations with corroboration", async () => {
    const facts = JSON.parse((await linkage(["aggregate", "--actor", "Taliban", "--format", "json"])).stdout);
    expect(facts.map((f: { type: string; corroboration: number }) => [f.type, f.corroboration])).toEqual([
      ["allied_with", 1],
      ["praised", 1],
    ]);
  });

  it("renames with a version check, undoes, and shows the history", async () => {
    const stale = await linkage(["curate", "rename", "IMU", "Islamic Party of Turkestan", "--expect-version", "99"]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/is at version 1, not 99/);
    const renamed = await linkage(["curate", "rename", "IMU", "Islamic Party of Turkestan", "--format", "json"]);
    const { change, actor } = JSON.parse(renamed.stdout);
    expect(actor).toMatchObject({ name: "Islamic Party of Turkestan", version: 2 });
    expect((await linkage(["curate", "undo", String(change)])).stdout).toMatch(/^change \d+: undid change \d+/);
    const history = JSON.parse((await linkage(["curate", "history", "--actor", "IMU", "--format", "json"])).stdout);
    expect(history.map((c: { action: string; performed_by: string }) => [c.action, c.performed_by])).toEqual([
      ["undo", "tester"],
      ["actor.rename", "tester"],
    ]);
  });

  it("merges and splits actors, and decides on assertions", async () => {
    const merged = await linkage(["curate", "merge", "Tahir Yuldashev", "Usmon Ghazi"]);
    expect(merged.stdout).toMatch(/^change \d+: merged #\d+ into #\d+ Tahir Yuldashev/);
    const split = await linkage(["curate", "split", "Tahir Yuldashev", "--alias", "Usmon Ghazi"]);
    expect(split.stdout).toMatch(/split #\d+ Usmon Ghazi/);
    const listed = await linkage(["relations", "--format", "json"]);
    expect(listed.stderr).toBe("");
    const rels = JSON.parse(listed.stdout) as { id: number; type: string }[];
    const alliance = rels.find((r) => r.type === "allied_with")?.id as number;
    const corrected = await linkage([
      "curate",
      "correct",
      String(alliance),
      "--type",
      "rival_of",
      "--time-start",
      "2002",
    ]);
    expect(corrected.stdout).toMatch(/assertion \d+ corrected: Islamic Movement of Uzbekistan rival_of Taliban/);
    const rejected = await linkage(["curate", "reject", String(alliance), "--expect-version", "1"]);
    expect(rejected.stderr).toMatch(/CONFLICT|at version 2, not 1/);
  });
});
